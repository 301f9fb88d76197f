import FairifyFormats
import FairifyModel
import Foundation
import XCTest

enum XMLTestSupport {
    static func read(_ text: String, file: String = "test.xml") throws -> ReadResult {
        try XMLMetadataReader.read(bytes: Array(text.utf8), file: file, options: ReaderOptions())
    }

    static func record(_ text: String, file: String = "test.xml") throws -> Record {
        let result = try read(text, file: file)
        guard let record = result.records.first else { throw XCTSkip("no record read") }
        return record
    }

    /// The corpus folder `../shared/corpus/<folder>`, or a skip when ../shared is absent.
    static func corpus(_ folder: String) throws -> URL {
        var root = URL(fileURLWithPath: #filePath)
        while root.pathComponents.count > 1, !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let url = root.appendingPathComponent("../shared/corpus/\(folder)").standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared not present: \(url.path) is missing")
        }
        return url
    }

    static func corpusFiles(_ folder: String, suffix: String = ".xml") throws -> [URL] {
        let url = try corpus(folder)
        let names = (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(suffix) }.sorted()
        return names.map { url.appendingPathComponent($0) }
    }

    static func readFile(_ url: URL) throws -> ReadResult {
        let bytes = try [UInt8](Data(contentsOf: url))
        return try XMLMetadataReader.read(bytes: bytes, file: url.lastPathComponent, options: ReaderOptions())
    }
}

extension Record {
    func values(_ kind: FactKind) -> [String] { facts(kind).map(\.value) }
}
