import XCTest
@testable import FairifyModel

/// The parser counts ASCII columns eight bytes at a time; positions and strings must not
/// depend on where quotes, escapes and multi-byte characters fall.
final class JSONParserWordScanTests: XCTestCase {
    func testStringsAndColumnsAtEveryAlignment() throws {
        let pieces = ["a", "é", "\\\"", "\\\\", "\\n", "\\u00e9", "€", "𝄞", "bcdefgh", " "]
        let decoded = ["a", "é", "\"", "\\", "\n", "é", "€", "𝄞", "bcdefgh", " "]
        var state: UInt64 = 42
        func next() -> UInt64 {  // a linear congruential sequence: repeatable cases
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<500 {
            var source = "", expected = ""
            for _ in 0..<Int(next() % 12) {
                let pick = Int(next() % UInt64(pieces.count))
                source += pieces[pick]
                expected += decoded[pick]
            }
            let key = "k" + String(repeating: "é", count: Int(next() % 3))
            let padding = String(repeating: " ", count: Int(next() % 9))
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
