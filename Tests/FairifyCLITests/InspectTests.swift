import Foundation
import XCTest

final class InspectTests: XCTestCase {
    func testInspectShowsDialectFactsAndLocations() throws {
        let result = try CLI.run(["inspect", "Examples/datacite.json", "Examples/CITATION.cff"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Examples/datacite.json: json, datacite-json, 1 record"))
        XCTAssertTrue(result.stdout.contains("@ Examples/datacite.json:6:14 /data/attributes/doi"))
        XCTAssertTrue(result.stdout.contains("Examples/CITATION.cff: yaml, cff, 1 record"))
    }

    func testJSONOutputIsStableAndParsable() throws {
        let first = try CLI.run(["inspect", "--format", "json", "Examples/datapackage.json"])
        let second = try CLI.run(["inspect", "--format", "json", "Examples/datapackage.json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, second.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        let inputs = object?["inputs"] as? [[String: Any]]
        XCTAssertEqual(inputs?.first?["dialect"] as? String, "datapackage")
        XCTAssertEqual((inputs?.first?["records"] as? [Any])?.count, 1)
    }

    func testStandardInput() throws {
        let result = try CLI.run(["inspect", "-"], stdin: "cff-version: 1.2.0\ntitle: From stdin\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("-: yaml, cff, 1 record"))
        XCTAssertTrue(result.stdout.contains("From stdin"))
    }

    func testFolderIsExpandedAndBadInputsGiveOneLineEach() throws {
        let result = try CLI.run(["inspect", "Examples", "missing.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("Examples/tabular/datapackage.yaml: yaml, datapackage"))
        XCTAssertTrue(result.stdout.contains("Examples/records.jsonl: json, datacite-json, 2 records"))
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertTrue(errors.contains { $0.hasPrefix("Examples/bad/truncated.json:6:") }, result.stderr)
        XCTAssertTrue(errors.contains { $0 == "missing.json: error: no such file" }, result.stderr)
        XCTAssertEqual(errors.count, 2, "only the malformed example and the missing file fail: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("Fatal error"))
    }

    func testHostileInputs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (previous, name) in zip(["a", "b", "c", "d", "e", "f", "g", "h"], ["b", "c", "d", "e", "f", "g", "h", "i"]) {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        try Data(deep.utf8).write(to: folder.appendingPathComponent("deep.json"))
        try Data(bomb.utf8).write(to: folder.appendingPathComponent("bomb.yaml"))
        try Data([0xFE, 0xFF, 0x00, 0x7B]).write(to: folder.appendingPathComponent("utf16.json"))
        try Data().write(to: folder.appendingPathComponent("empty.json"))
        try Data("cff-version: 1.2.0\ntitle: fine\n".utf8).write(to: folder.appendingPathComponent("good.cff"))
        let result = try CLI.run(["inspect", folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count, 4, result.stderr)
        XCTAssertTrue(result.stdout.contains("good.cff: yaml, cff, 1 record"))
    }

    func testSizeLimitAndUnknownDialect() throws {
        let limited = try CLI.run(["inspect", "--max-input-size", "1K", "Examples/datacite.json"])
        XCTAssertEqual(limited.status, 2)
        XCTAssertTrue(limited.stderr.contains("larger than the limit"))
        let unknown = try CLI.run(["inspect", "--dialect", "nope", "Examples/datacite.json"])
        XCTAssertEqual(unknown.status, 2)
    }

    func testContextMapReplacesAnUnknownRemoteContext() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-ctx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("contexts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"@context": {"@vocab": "http://schema.org/", "titel": "http://schema.org/name"}}"#.utf8).write(to: folder.appendingPathComponent("contexts/ctx.jsonld"))
        try Data(#"{"@context": "https://example.org/my/ctx.jsonld", "@type": "Dataset", "titel": "Mapped"}"#.utf8).write(to: folder.appendingPathComponent("rec.jsonld"))
        let unmapped = try CLI.run(["inspect", "rec.jsonld"], cwd: folder)
        XCTAssertEqual(unmapped.status, 0)
        XCTAssertTrue(unmapped.stderr.contains("https://example.org/my/ctx.jsonld"), unmapped.stderr)
        let mapped = try CLI.run(["inspect", "--context-map", "https://example.org/my/=contexts/", "rec.jsonld"], cwd: folder)
        XCTAssertEqual(mapped.status, 0, mapped.stderr)
        XCTAssertTrue(mapped.stdout.contains("Mapped  @ rec.jsonld:1:"), mapped.stdout)
        XCTAssertFalse(mapped.stderr.contains("warning"), mapped.stderr)
    }
}
