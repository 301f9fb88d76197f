import FairifyFormats
import XCTest

final class BadInputTests: XCTestCase {
    private func assertOneLine(_ diagnostic: Diagnostic?, prefix: String, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let diagnostic else { return }
        let description = diagnostic.description
        XCTAssertEqual(diagnostic.severity, .error, file: file, line: line)
        XCTAssertTrue(description.hasPrefix(prefix), "\(description)", file: file, line: line)
        XCTAssertTrue(description.contains(text), "\(description)", file: file, line: line)
        XCTAssertFalse(description.contains("\n"), file: file, line: line)
    }

    func testEmptyAndWhitespace() {
        assertOneLine(ReadingFixtures.failure([], name: "e.json"), prefix: "e.json:1:1: error:", contains: "empty")
        assertOneLine(ReadingFixtures.failure(Array(" \n\t\n".utf8), name: "w.yaml"), prefix: "w.yaml:1:1: error:", contains: "empty")
    }

    func testEncodings() {
        assertOneLine(ReadingFixtures.failure([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]), prefix: "bad.json:1:1: error:", contains: "UTF-16")
        assertOneLine(ReadingFixtures.failure(Array(#"{"title": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)), prefix: "bad.json:1:", contains: "UTF-8")
        var binary: [UInt8] = Array("PK".utf8)
        binary += [0x03, 0x04, 0x00, 0x00, 0xFF]
        assertOneLine(ReadingFixtures.failure(binary, name: "data.zip"), prefix: "data.zip:1:", contains: "binary")
        let withBOM = [0xEF, 0xBB, 0xBF] + Array(#"{"cff-version": "1.2.0", "title": "t"}"#.utf8)
        let result = try? MetadataReader.read(bytes: withBOM, name: "bom.json")
        XCTAssertEqual(result?.diagnostics.first?.code, "bom")
        XCTAssertEqual(result?.records.first?.readingValues(.title), ["t"])
    }

    func testSyntaxErrorsAndDepth() {
        assertOneLine(ReadingFixtures.failure(Array("{\n  \"a\": [1, 2\n".utf8)), prefix: "bad.json:3:", contains: "expected")
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000)
        assertOneLine(ReadingFixtures.failure(deep), prefix: "bad.json:1:", contains: "nesting")
        assertOneLine(ReadingFixtures.failure(Array("a: [1, 2\nb: 3\n".utf8), name: "x.yaml"), prefix: "x.yaml:", contains: "invalid YAML")
    }

    func testUnrecognisedAndUnsupported() {
        assertOneLine(ReadingFixtures.failure(Array(#"{"a": 1}"#.utf8)), prefix: "bad.json:1:1: error:", contains: "unrecognised JSON metadata")
        assertOneLine(ReadingFixtures.failure(Array("a: 1\n".utf8), name: "x.yaml"), prefix: "x.yaml:1:1: error:", contains: "unrecognised YAML metadata")
        assertOneLine(ReadingFixtures.failure(Array("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n".utf8), name: "x.ttl"), prefix: "x.ttl:1:1: error:", contains: "Turtle document has no statements")
        assertOneLine(ReadingFixtures.failure(Array("station,depth\nA1,4.2\n".utf8), name: "data.csv"), prefix: "data.csv:1:1: error:", contains: "a CSV data file, not a metadata record")
    }

    func testHTMLWithoutJSONLDAndHostileXML() {
        let page = "<!DOCTYPE html>\n<html><body><p>No metadata here.</p></body></html>\n"
        assertOneLine(ReadingFixtures.failure(Array(page.utf8), name: "page.html"), prefix: "page.html:1:1: error:", contains: "no <script")
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <resource xmlns="http://datacite.org/schema/kernel-4"><titles><title>&lol3;</title></titles></resource>
        """
        // Either refused or read without expanding entities: never a crash or a memory blow-up.
        if let result = try? MetadataReader.read(bytes: Array(laughs.utf8), name: "lol.xml") {
            XCTAssertFalse(result.records.flatMap(\.facts).contains { $0.value.contains("lollollol") })
        }
    }

    func testSizeLimitAndFileErrors() throws {
        var options = ReaderOptions()
        options.maxInputBytes = 10
        XCTAssertThrowsError(try MetadataReader.read(path: ReadingFixtures.example("datacite.json"), options: options)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, "too-large")
        }
        XCTAssertThrowsError(try MetadataReader.read(path: ReadingFixtures.examples.path)) { error in
            XCTAssertTrue((error as? Diagnostic)?.message.contains("directory") ?? false)
        }
        XCTAssertThrowsError(try MetadataReader.read(path: "/nonexistent/x.json")) { error in
            XCTAssertEqual((error as? Diagnostic)?.description, "/nonexistent/x.json: error: no such file")
        }
    }
}
