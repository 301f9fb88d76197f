import XCTest
@testable import FairifyModel

/// The parser counts ASCII columns eight bytes at a time; positions and strings must not
/// depend on where quotes, escapes and multi-byte characters fall.
final class JSONParserWordScanTests: XCTestCase {
    func testStringsAndColumnsAtEveryAlignment() throws {
        let pieces = ["a", "é", "\\\"", "\\\\", "\\n", "\\u00e9", "€", "𝄞", "bcdefgh", " "]
        let decoded = ["a", "é", "\"", "\\", "\n", "é", "€", "𝄞", "bcdefgh", " "]
        var generator = SplitMix(seed: 42)
        for _ in 0..<500 {
            var source = "", expected = ""
            for _ in 0..<Int(generator.next() % 12) {
                let pick = Int(generator.next() % UInt64(pieces.count))
                source += pieces[pick]
                expected += decoded[pick]
            }
            let key = "k" + String(repeating: "é", count: Int(generator.next() % 3))
            let padding = String(repeating: " ", count: Int(generator.next() % 9))
            let json = "{\"" + key + "\":" + padding + "\"" + source + "\", \"n\": 1}"
            let value = try JSONParser.parse(json).value
            XCTAssertEqual(value[key]?.stringValue, expected, json)
            let prefix = "{\"" + key + "\":" + padding
            XCTAssertEqual(value[key]?.position.column, prefix.count + 1, json)
            let beforeN = json[..<json.range(of: "\"n\"")!.lowerBound]
            XCTAssertEqual(value.objectValue?.member("n")?.keyPosition.column, beforeN.count + 1, json)
        }
    }

    func testControlCharacterAfterALongPlainRunIsStillRejected() {
        XCTAssertThrowsError(try JSONParser.parse("[\"abcdefghijklmnop\u{01}q\"]"))
        XCTAssertThrowsError(try JSONParser.parse("[\"abcdefghijklmnopqrstuvw"))
    }
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
