import XCTest
@testable import FairifyFormats
import FairifyModel

/// The direct expansion into the graph must give exactly the graph the general processor's
/// output gives, or decline. Checked on the examples, the corpus and the W3C test inputs.
final class DirectExpansionTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testExamplesTakeTheDirectPathWithTheSameGraph() throws {
        let examples = ["schemaorg-rich.jsonld", "schemaorg-poor.json", "codemeta.json", "croissant.json"]
        var direct = 0
        for name in examples {
            let path = Self.packageRoot.appendingPathComponent("Examples/" + name).path
            if try compare(path) { direct += 1 }
        }
        XCTAssertGreaterThanOrEqual(direct, 2, "the common schema.org records should not need the general processor")
    }

    func testCorpusGraphsAreTheSame() throws {
        let files = try JSONLDCorpus.files()
        var direct = 0
        for path in files where try compare(path) { direct += 1 }
        XCTAssertGreaterThan(direct, 0)
        print("direct expansion: \(direct) of \(files.count) corpus files")
    }

    func testConformanceInputsGiveTheSameGraphOrDecline() throws {
        let suite = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance/json-ld-api")
        guard FileManager.default.fileExists(atPath: suite.path) else {
            throw XCTSkip("../shared not present: the W3C inputs are in ../shared/conformance")
        }
        var direct = 0, total = 0
        for folder in ["expand", "toRdf"] {
            let dir = suite.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix("-in.jsonld") {
                total += 1
                if try compare(dir.appendingPathComponent(name).path) { direct += 1 }
            }
        }
        print("direct expansion: \(direct) of \(total) W3C inputs")
    }

    /// End to end, every format that holds JSON-LD (JSON, YAML-LD, HTML script blocks): the
    /// records read with the direct path are the records read without it.
    func testReadingsAreTheSameWithoutTheDirectPath() throws {
        var paths: [String] = []
        let examples = Self.packageRoot.appendingPathComponent("Examples")
        if let walker = FileManager.default.enumerator(atPath: examples.path) {
            for case let name as String in walker where !name.hasPrefix("bad") { paths.append(examples.appendingPathComponent(name).path) }
        }
        let corpus = JSONLDCorpus.root
        if let walker = FileManager.default.enumerator(atPath: corpus.path) {
            for case let name as String in walker where !name.hasPrefix("bad") { paths.append(corpus.appendingPathComponent(name).path) }
        }
        var compared = 0
        for path in paths.sorted() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let direct = try? MetadataReader.read(path: path) else { continue }
            LDDirectExpansion.isEnabled = false
            defer { LDDirectExpansion.isEnabled = true }
            guard let general = try? MetadataReader.read(path: path) else {
                XCTFail("\(path): read only with the direct path")
                continue
            }
            XCTAssertEqual(direct.records.count, general.records.count, path)
            XCTAssertEqual(direct.dialect, general.dialect, path)
            XCTAssertEqual(direct.diagnostics.map(\.description), general.diagnostics.map(\.description), path)
            for (a, b) in zip(direct.records, general.records) {
                XCTAssertEqual(a.facts, b.facts, path)
                XCTAssertEqual(a.types, b.types, path)
                XCTAssertEqual(a.vocabularies, b.vocabularies, path)
                XCTAssertEqual(a.location, b.location, path)
                XCTAssertEqual(a.dialectVersion, b.dialectVersion, path)
                XCTAssertEqual(a.diagnostics.map(\.description), b.diagnostics.map(\.description), path)
            }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 10)
    }

    /// True when the direct path took the document (and then matched the general one).
    private func compare(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        guard let bytes = FileManager.default.contents(atPath: path),
              let document = try? JSONParser.parse(bytes: [UInt8](bytes), file: path).value else { return false }
        let options = ReaderOptions()
        guard let directGraph = LDDirectExpansion.graph(of: document, options: options) else { return false }
        guard let general = try? JSONLDExpansion.expand(document, file: path, options: options, dialectHint: nil) else {
            XCTFail("\(path): the direct path took a document the processor rejects", file: file, line: line)
            return true
        }
        XCTAssertTrue(general.warnings.isEmpty && general.notes.isEmpty, "\(path): warnings", file: file, line: line)
        let expected = Self.describe(LDGraph(expanded: general.expanded))
        let actual = Self.describe(directGraph)
        if expected != actual {
            XCTFail("\(path): graphs differ\n--- general\n\(expected)\n--- direct\n\(actual)", file: file, line: line)
        }
        return true
    }

    static func describe(_ graph: LDGraph) -> String {
        var number: [ObjectIdentifier: Int] = [:]
        for (index, node) in graph.nodes.enumerated() { number[ObjectIdentifier(node)] = index }
        func at(_ p: SourcePosition) -> String { "\(p.line):\(p.column):\(p.offset)" }
        var lines: [String] = []
        for (index, node) in graph.nodes.enumerated() {
            lines.append("n\(index) id=\(node.id ?? "-") at=\(at(node.position)) typeAt=\(at(node.typePosition)) types=\(node.types)")
            for key in node.order {
                guard let property = node.property(key) else { lines.append("  missing \(key)"); continue }
                lines.append("  \(key) as \(property.iri)")
                for term in property.values {
                    switch term {
                    case .literal(let l): lines.append("    \"\(l.text)\" ^\(l.datatype ?? "-") @\(l.language ?? "-") at=\(at(l.position))")
                    case .node(let n, let p): lines.append("    n\(number[ObjectIdentifier(n)] ?? -1) at=\(at(p))")
                    }
                }
            }
        }
        lines.append("top: \(graph.topLevel.map { number[ObjectIdentifier($0)] ?? -1 })")
        lines.append("used: \(graph.usedIRIs.sorted())")
        return lines.joined(separator: "\n")
    }
}
