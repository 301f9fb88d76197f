import Foundation
import XCTest
@testable import FairifyFormats

/// Serves https://w3c.github.io/json-ld-api/tests/ from the suite's local folder.
struct SuiteDocumentLoader: JSONLDDocumentLoader {
    static let remotePrefix = "https://w3c.github.io/json-ld-api/tests/"
    let folder: URL

    var cacheKey: String { "suite|" + folder.path }

    func loadDocument(url: String) throws -> RemoteDocument {
        guard url.hasPrefix(Self.remotePrefix) else { throw JSONLDError("loading document failed", url) }
        var relative = String(url.dropFirst(Self.remotePrefix.count))
        if let hash = relative.firstIndex(of: "#") { relative = String(relative[..<hash]) }
        let file = folder.appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: file.path) else { throw JSONLDError("loading document failed", url) }
        do {
            return RemoteDocument(documentURL: url, document: try JSONParser.parse(bytes: [UInt8](data), file: relative).value)
        } catch {
            throw JSONLDError("loading document failed", "\(url): \(error)")
        }
    }
}

/// One entry of a W3C manifest.
struct SuiteTest {
    let id: String
    let types: [String]
    let input: String
    let expect: String?
    let context: String?
    let expectErrorCode: String?
    let option: JSONObject

    var isNegative: Bool { types.contains("jld:NegativeEvaluationTest") }
    var kind: String {
        for t in ["jld:ExpandTest", "jld:CompactTest", "jld:ToRDFTest", "jld:FlattenTest"] where types.contains(t) { return t }
        return types.last ?? ""
    }

    init?(_ value: JSONValue) {
        guard let object = value.objectValue, let id = object["@id"]?.stringValue, let input = object["input"]?.stringValue else { return nil }
        self.id = id
        types = object["@type"]?.asList.compactMap(\.stringValue) ?? []
        self.input = input
        expect = object["expect"]?.stringValue
        context = object["context"]?.stringValue
        expectErrorCode = object["expectErrorCode"]?.stringValue
        option = object["option"]?.objectValue ?? JSONObject()
    }
}

enum SuiteLocation {
    static var folder: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let override = ProcessInfo.processInfo.environment["FAIRIFY_SHARED"].map { URL(fileURLWithPath: $0) }
        let shared = override ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        let url = shared.appendingPathComponent("conformance/json-ld-api")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

/// JSON-LD object comparison: member order ignored, arrays compared as multisets except
/// the values of `@list`, blank node labels compared up to a consistent renaming.
enum JSONLDComparison {
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        var mapping: [String: String] = [:]
        return equal(a, b, inList: false, &mapping)
    }

    private static func equal(_ a: JSONValue, _ b: JSONValue, inList: Bool, _ mapping: inout [String: String]) -> Bool {
        switch (a.kind, b.kind) {
        case let (.string(x), .string(y)):
            if x.hasPrefix("_:") && y.hasPrefix("_:") {
                if let mapped = mapping[x] { return mapped == y }
                if mapping.values.contains(y) { return false }
                mapping[x] = y
                return true
            }
            return x == y
        case let (.array(x), .array(y)):
            guard x.count == y.count else { return false }
            if inList { return zip(x, y).allSatisfy { equal($0, $1, inList: false, &mapping) } }
            var remaining = y
            for item in x {
                var matched = false
                for (index, candidate) in remaining.enumerated() {
                    var trial = mapping
                    if equal(item, candidate, inList: false, &trial) {
                        mapping = trial
                        remaining.remove(at: index)
                        matched = true
                        break
                    }
                }
                if !matched { return false }
            }
            return true
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            for member in x.members {
                guard let other = y[member.key] else { return false }
                if !equal(member.value, other, inList: member.key == "@list", &mapping) { return false }
            }
            return true
        default:
            return a == b
        }
    }
}

/// Compares N-Quads documents as sets of lines, blank nodes up to renaming (by signature).
enum NQuadsComparison {
    static func equal(_ actual: String, _ expected: String) -> Bool {
        let a = lines(actual), b = lines(expected)
        guard a.count == b.count else { return false }
        if Set(a) == Set(b) { return true }
        return canonical(a) == canonical(b)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Relabels blank nodes by the sorted list of lines they occur in (with blank nodes masked).
    private static func canonical(_ lines: [String]) -> [String] {
        var signatures: [String: [String]] = [:]
        for line in lines {
            let masked = mask(line)
            for label in blankNodes(in: line) { signatures[label, default: []].append(masked) }
        }
        var names: [String: String] = [:]
        for (label, sigs) in signatures { names[label] = "_:c" + String(sigs.sorted().joined(separator: "|").hashValue, radix: 36) }
        return lines.map { line in
            var out = line
            for label in blankNodes(in: line).sorted(by: { $0.count > $1.count }) {
                out = out.replacingOccurrences(of: label + " ", with: (names[label] ?? label) + " ")
            }
            return out
        }.sorted()
    }

    private static func blankNodes(in line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { $0.hasPrefix("_:") }
    }

    private static func mask(_ line: String) -> String {
        line.split(separator: " ").map { $0.hasPrefix("_:") ? "_:" : String($0) }.joined(separator: " ")
    }
}
