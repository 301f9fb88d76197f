import XCTest
@testable import FairifyFormats
import FairifyModel

/// Whole path: a compact document through the processor, the graph and the crosswalk.
final class CompactDocumentTests: XCTestCase {
    func read(_ text: String) throws -> ReadResult {
        let document = try JSONParser.parse(text, file: "doc.jsonld").value
        return try JSONLDMetadataReader.read(document: document, file: "doc.jsonld", format: .jsonLD, options: ReaderOptions())
    }

    func testHTTPAndHTTPSchemaOrgReadAlike() throws {
        for context in ["http://schema.org/", "https://schema.org"] {
            let result = try read(#"{"@context": "\#(context)", "@type": "Dataset", "name": "T", "license": "https://spdx.org/licenses/MIT"}"#)
            XCTAssertEqual(result.records.first?.types, ["http://schema.org/Dataset"], context)
            XCTAssertEqual(result.records.first?.first(.title)?.value, "T", context)
            XCTAssertEqual(result.records.first?.first(.license)?[FactAttribute.spdx], "MIT", context)
        }
    }

    func testFactPositionsPointIntoTheOriginal() throws {
        let text = """
        {
          "@context": "https://schema.org/",
          "@type": "Dataset",
          "creator": [{"@type": "Person", "name": "A. Author", "@id": "https://orcid.org/0000-0002-1825-0097"}],
          "keywords": "a, b"
        }
        """
        let record = try XCTUnwrap(read(text).records.first)
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator.location.line, 4)
        XCTAssertEqual(creator.location.path, "/creator/0")
        XCTAssertEqual(record.facts(.keyword).map(\.value), ["a", "b"])
        XCTAssertEqual(record.first(.keyword)?.location.path, "/keywords")
        XCTAssertEqual(record.first(.resourceType)?.location.line, 3)
    }

    func testUnknownContextWarnsAndFallsBackToSchemaOrgTerms() throws {
        let text = """
        {"@context": "https://example.org/unknown-context.jsonld",
         "@type": "Dataset", "name": "Still read"}
        """
        let result = try read(text)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.first(.title)?.value, "Still read")
        let warning = try XCTUnwrap(record.diagnostics.first { $0.code == "loading remote context failed" })
        XCTAssertTrue(warning.message.contains("https://example.org/unknown-context.jsonld"))
        XCTAssertEqual(warning.location?.line, 1)
        XCTAssertEqual(warning.location?.column, 14)
    }

    func testGraphWithSeveralDatasets() throws {
        let text = """
        {"@context": "https://schema.org/", "@graph": [
          {"@type": "Dataset", "@id": "https://doi.org/10.1/a", "name": "A"},
          {"@type": "Dataset", "@id": "https://doi.org/10.1/b", "name": "B"}]}
        """
        let result = try read(text)
        XCTAssertEqual(result.records.map { $0.first(.identifier)?.value }, ["https://doi.org/10.1/a", "https://doi.org/10.1/b"])
        XCTAssertEqual(result.records.map { $0.location.line }, [2, 3])
    }

    func testInvalidJSONLDThrowsDiagnosticWithCode() throws {
        XCTAssertThrowsError(try read(#"{"@context": {"@vocab": 5}, "name": "x"}"#)) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.severity, .error)
            XCTAssertNotNil(diagnostic?.code)
            XCTAssertTrue(diagnostic?.description.hasPrefix("doc.jsonld:") == true)
        }
    }
}
