import FairifyFormats
import Foundation
import XCTest

enum ReadingFixtures {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    static var examples: URL { packageRoot.appendingPathComponent("Examples") }

    static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }

    /// ../shared/corpus, or a skip saying it is missing.
    static func corpus() throws -> URL {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared not present: corpus tests skipped")
        }
        return url
    }

    static func read(_ text: String, name: String = "test.json", options: ReaderOptions = ReaderOptions()) throws -> ReadResult {
        try MetadataReader.read(bytes: Array(text.utf8), name: name, options: options)
    }

    /// The diagnostic thrown by reading `bytes`, or a test failure.
    static func failure(_ bytes: [UInt8], name: String = "bad.json", options: ReaderOptions = ReaderOptions(), file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        do {
            _ = try MetadataReader.read(bytes: bytes, name: name, options: options)
            XCTFail("expected \(name) to fail", file: file, line: line)
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            XCTFail("expected a Diagnostic, got \(error)", file: file, line: line)
        }
        return nil
    }
}

extension Record {
    func readingValues(_ kind: FactKind) -> [String] { facts(kind).map(\.value) }
}
