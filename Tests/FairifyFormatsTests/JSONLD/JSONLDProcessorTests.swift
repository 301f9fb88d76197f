import Foundation
import XCTest
@testable import FairifyFormats

final class JSONLDProcessorTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(text).value }

    func testSchemaOrgExpandsOfflineWithPositions() throws {
        let doc = try parse("""
        {"@context": "https://schema.org/",
         "@type": "Dataset",
         "name": "Rainfall",
         "url": "https://example.org/rain"}
        """)
        let expanded = try JSONLDProcessor().expand(doc)
        let node = try XCTUnwrap(expanded.arrayValue?.first)
        XCTAssertEqual(node["@type"], ["http://schema.org/Dataset"])
        let name = try XCTUnwrap(node["http://schema.org/name"]?.arrayValue?.first)
        XCTAssertEqual(name["@value"], "Rainfall")
        XCTAssertEqual(name.position.line, 3)
        XCTAssertEqual(node.position.line, 1)
    }

    func testUnknownRemoteContextFailsWithSpecCode() throws {
        let doc = try parse(#"{"@context": "https://example.invalid/ctx.jsonld", "name": "x"}"#)
        XCTAssertThrowsError(try JSONLDProcessor().expand(doc)) { error in
            XCTAssertEqual((error as? JSONLDError)?.code, "loading remote context failed")
        }
    }

    func testLenientModeWarnsAndKeepsGoing() throws {
        let doc = try parse(#"{"@context": ["https://example.invalid/ctx.jsonld", {"@vocab": "http://ex.org/"}], "name": "x"}"#)
        let processor = JSONLDProcessor(options: JSONLDOptions(lenientRemoteContexts: true))
        let expanded = try processor.expand(doc)
        XCTAssertEqual(expanded.arrayValue?.first?["http://ex.org/name"]?.arrayValue?.first?["@value"], "x")
        XCTAssertTrue(processor.warnings.contains { $0.contains("https://example.invalid/ctx.jsonld") })
        // The second time comes from the cache and still warns.
        let again = JSONLDProcessor(options: JSONLDOptions(lenientRemoteContexts: true))
        _ = try again.expand(doc)
        XCTAssertEqual(again.warnings.count, 1)
    }

    func testContextMapPrefixAndExactEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jsonld-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"@context": {"title": "http://purl.org/dc/terms/title"}}"#.write(to: folder.appendingPathComponent("a.jsonld"), atomically: true, encoding: .utf8)
        let loader = OfflineDocumentLoader(contextMap: [("https://ctx.example/v1/", folder.path + "/"),
                                                        ("https://other.example/c", folder.appendingPathComponent("a.jsonld").path)])
        for url in ["https://ctx.example/v1/a.jsonld", "https://other.example/c"] {
            let doc = try parse(#"{"@context": "\#(url)", "title": "T"}"#)
            let expanded = try JSONLDProcessor(options: JSONLDOptions(documentLoader: loader)).expand(doc)
            XCTAssertNotNil(expanded.arrayValue?.first?["http://purl.org/dc/terms/title"], url)
        }
    }

    func testConcurrentExpansionSharesContexts() throws {
        let doc = try parse(#"{"@context": "http://schema.org", "@type": "Dataset", "name": "n"}"#)
        let processor = JSONLDProcessor()
        let failures = JSONLDWarnings()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            if (try? processor.expand(doc))?.arrayValue?.count != 1 { failures.add("failed") }
        }
        XCTAssertTrue(failures.messages.isEmpty)
    }
}
