import FairifyFormats
import XCTest

final class YAMLReaderTests: XCTestCase {
    func testKeepsOrderPositionsAndCoreSchemaScalars() throws {
        let yaml = """
        title: Lakes
        version: 1.0
        count: 007
        open: true
        quoted: "42"
        date: 2024-01-02
        empty:
        list:
          - a
          - 2.5e3
        """
        let value = try YAMLReader.parse(yaml, file: "t.yaml")
        XCTAssertEqual(value.objectValue?.keys, ["title", "version", "count", "open", "quoted", "date", "empty", "list"])
        XCTAssertEqual(value["version"]?.numberValue?.lexical, "1.0")
        XCTAssertEqual(value["count"]?.numberValue?.intValue, 7)
        XCTAssertEqual(value["open"]?.boolValue, true)
        XCTAssertEqual(value["quoted"]?.stringValue, "42")
        XCTAssertEqual(value["date"]?.stringValue, "2024-01-02")
        XCTAssertTrue(value["empty"]?.isNull ?? false)
        XCTAssertEqual(value["list"]?.arrayValue?[1].numberValue?.double, 2500)
        let title = try XCTUnwrap(value["title"])
        XCTAssertEqual(title.position.line, 1)
        XCTAssertEqual(title.position.column, 8)
        XCTAssertEqual(title.position.offset, 7)
        XCTAssertEqual(value["list"]?.arrayValue?[0].position.line, 9)
    }

    func testAliasBombIsRefused() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        XCTAssertThrowsError(try YAMLReader.parse(yaml, file: "bomb.yaml")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.code, "yaml-alias")
            XCTAssertTrue(diagnostic?.description.hasPrefix("bomb.yaml:") ?? false)
        }
    }

    func testSmallAliasesExpand() throws {
        let value = try YAMLReader.parse("base: &b {name: x}\ncopy: *b\n", file: "a.yaml")
        XCTAssertEqual(value["copy"]?["name"]?.stringValue, "x")
    }

    func testErrorsCarryLineAndColumn() {
        XCTAssertThrowsError(try YAMLReader.parse("a: 1\nb: \"unterminated\n", file: "e.yaml")) { error in
            XCTAssertTrue((error as? Diagnostic)?.description.hasPrefix("e.yaml:") ?? false)
        }
        XCTAssertThrowsError(try YAMLReader.parse("a: 1\n---\nb: 2\n", file: "m.yaml")) { error in
            XCTAssertTrue((error as? Diagnostic)?.message.contains("several YAML documents") ?? false)
        }
        XCTAssertThrowsError(try YAMLReader.parse("*big : 1\n&big x: 2\n", file: "k.yaml"))
    }
}

final class YAMLByteOrderMarkTests: XCTestCase {
    func testOffsetsCountTheByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: x\n".utf8)
        let value = try YAMLReader.parse(bytes: bytes, file: "b.yaml")
        XCTAssertEqual(value["title"]?.position.offset, 10)
        XCTAssertEqual(value["title"]?.position.column, 8)
    }
}
