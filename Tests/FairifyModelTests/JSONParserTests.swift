import FairifyModel
import XCTest

final class JSONParserTests: XCTestCase {
    func testKeepsKeyOrderAndLexicalNumbers() throws {
        let result = try JSONParser.parse(#"{"b": 1.0, "a": true, "c": 1}"#)
        let object = try XCTUnwrap(result.value.objectValue)
        XCTAssertEqual(object.keys, ["b", "a", "c"])
        XCTAssertEqual(object["b"]?.numberValue?.lexical, "1.0")
        XCTAssertEqual(object["a"]?.boolValue, true)
        XCTAssertNil(object["c"]?.boolValue, "1 must not read as true")
        XCTAssertEqual(JSONWriter.compact.string(result.value), #"{"b":1.0,"a":true,"c":1}"#)
    }

    func testPositionsAreOneBasedLineAndColumn() throws {
        let text = "{\n  \"title\": \"Über\",\n  \"n\": [1, 2]\n}"
        let value = try JSONParser.parse(text).value
        let object = try XCTUnwrap(value.objectValue)
        XCTAssertEqual(object.member("title")?.keyPosition.line, 2)
        XCTAssertEqual(object.member("title")?.keyPosition.column, 3)
        XCTAssertEqual(object["title"]?.position.column, 12)
        let second = try XCTUnwrap(object["n"]?.arrayValue?[1])
        XCTAssertEqual(second.position.line, 3)
        XCTAssertEqual(second.position.column, 12)
        XCTAssertEqual(second.sourceRange.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }, "2")
    }

    func testErrorsNameLineAndColumn() {
        XCTAssertThrowsError(try JSONParser.parse("{\n  \"a\": 1\n  \"b\": 2\n}", file: "x.json")) { error in
            XCTAssertEqual("\(error)", "x.json:3:3: error: unexpected character '\"'; expected ',' or '}'")
        }
        XCTAssertThrowsError(try JSONParser.parse("[1,]", file: "t.json")) { error in
            XCTAssertTrue("\(error)".hasPrefix("t.json:1:4: error: trailing comma"), "\(error)")
        }
    }

    func testDeepNestingIsBoundedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep, file: "deep.json")) { error in
            XCTAssertTrue("\(error)".contains("nesting is deeper than 512 levels"), "\(error)")
        }
    }

    func testDuplicateKeysWarn() throws {
        let result = try JSONParser.parse(#"{"id": 1, "id": 2}"#)
        XCTAssertEqual(result.value["id"]?.numberValue?.intValue, 2)
        XCTAssertEqual(result.warnings.first?.code, "duplicate-key")
    }

    func testEncodings() {
        XCTAssertThrowsError(try JSONParser.parse(bytes: [0xFE, 0xFF, 0, 0x7B], file: "u16.json")) { error in
            XCTAssertTrue("\(error)".contains("UTF-16"), "\(error)")
        }
        XCTAssertThrowsError(try JSONParser.parse(bytes: Array("\"a\u{0}".utf8) + [0xC3, 0x28, 0x22], file: "bad.json"))
        let bom = try? JSONParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8), file: "bom.json")
        XCTAssertEqual(bom?.warnings.first?.code, "bom")
    }

    func testEscapesRoundTrip() throws {
        let value = try JSONParser.parse(#""a\"b\\c\n\u00e9\ud83d\ude00""#).value
        XCTAssertEqual(value.stringValue, "a\"b\\c\né😀")
        XCTAssertEqual(JSONWriter.compact.string(value), #""a\"b\\c\né😀""#)
    }
}
