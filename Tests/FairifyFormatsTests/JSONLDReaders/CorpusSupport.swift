import XCTest
import FairifyFormats
import FairifyModel

/// Locates ../shared/corpus relative to the package root and reads its JSON-LD files.
enum JSONLDCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static let folders = ["schemaorg", "rocrate", "codemeta", "croissant", "dcat", "dats", "other"]

    static func requireCorpus() throws -> URL {
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw XCTSkip("../shared not present: the JSON-LD corpus tests need ../shared/corpus")
        }
        return root
    }

    /// Every JSON file in the JSON-LD folders that has an `@context`, sorted by path.
    static func files() throws -> [String] {
        let base = try requireCorpus()
        var found: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: base.appendingPathComponent(folder).path) else { continue }
            for case let path as String in walker where path.hasSuffix(".json") || path.hasSuffix(".jsonld") {
                let full = base.appendingPathComponent(folder).appendingPathComponent(path).path
                if let text = try? String(contentsOfFile: full, encoding: .utf8), text.contains("\"@context\"") { found.append(full) }
            }
        }
        return found.sorted()
    }

    static func read(_ path: String) throws -> ReadResult {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let document = try JSONParser.parse(bytes: bytes, file: path).value
        return try JSONLDMetadataReader.read(document: document, file: path, format: .jsonLD, options: ReaderOptions())
    }

    static func read(relative: String) throws -> ReadResult {
        try read(try requireCorpus().appendingPathComponent(relative).path)
    }
}
