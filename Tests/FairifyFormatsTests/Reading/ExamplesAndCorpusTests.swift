import FairifyFormats
import XCTest

final class ExamplesAndCorpusTests: XCTestCase {
    /// Every example, the dialects it may be read as, and how many records it holds.
    static let examples: [(file: String, dialects: [Dialect], records: Int)] = [
        ("datacite-rich.xml", [.dataCiteXML], 1),
        ("datacite-minimal.xml", [.dataCiteXML], 1),
        ("datacite.json", [.dataCiteJSON], 1),
        ("records.jsonl", [.dataCiteJSON], 2),
        ("schemaorg-rich.jsonld", [.schemaOrg], 1),
        ("schemaorg-poor.json", [.schemaOrg], 1),
        ("ro-crate/ro-crate-metadata.json", [.roCrate], 1),
        ("codemeta.json", [.codeMeta], 1),
        ("croissant.json", [.croissant], 1),
        ("landing-page.html", [.schemaOrg], 1),
        ("yaml-ld.yaml", [.schemaOrg], 1),
        ("dublin-core-oai.xml", [.dublinCore], 1),
        ("dcat-catalogue.rdf", [.dcat, .rdfXML], 2),
        ("dcat-dataset.ttl", [.dcat], 1),
        ("eml.xml", [.eml], 1),
        ("iso19139.xml", [.iso19115], 1),
        ("datapackage.json", [.dataPackage], 1),
        ("tabular/datapackage.yaml", [.dataPackage], 1),
        ("CITATION.cff", [.citationCFF], 1),
    ]

    /// Errors of readers still being written (JSON-LD stand-in, XML dialects not yet mapped).
    static let pendingCodes: Set<String> = ["unsupported"]

    func testEveryExampleReads() throws {
        var pending: [String] = []
        for example in Self.examples {
            let result: ReadResult
            do {
                result = try MetadataReader.read(path: ReadingFixtures.example(example.file))
            } catch let diagnostic as Diagnostic where Self.pendingCodes.contains(diagnostic.code ?? "") {
                pending.append(example.file)
                continue
            }
            XCTAssertTrue(example.dialects.contains(result.dialect), "\(example.file): read as \(result.dialect)")
            XCTAssertEqual(result.records.count, example.records, example.file)
            for record in result.records {
                XCTAssertTrue(record.has(.title) || record.has(.identifier), "\(example.file) record \(record.index) has neither title nor identifier")
                for fact in record.facts {
                    XCTAssertTrue(fact.location.line > 0, "\(example.file): \(fact.kind) without a line")
                }
            }
        }
        if !pending.isEmpty { print("examples waiting for their reader: \(pending.joined(separator: ", "))") }
    }

    func testMalformedExampleFailsWithOneLine() {
        XCTAssertThrowsError(try MetadataReader.read(path: ReadingFixtures.example("bad/truncated.json"))) { error in
            let text = (error as? Diagnostic)?.description ?? ""
            XCTAssertTrue(text.contains("bad/truncated.json:6:"), text)
            XCTAssertTrue(text.contains(": error: "), text)
        }
    }

    /// Corpus files that are well-formed but in a format fairify does not read, with why.
    static let knownUnsupported: [String: String] = [:]

    func testCorpus() throws {
        let corpus = try ReadingFixtures.corpus()
        let files = InputExpander.expand([corpus.path], include: ["**"], exclude: ["*.md", "*.tsv"]).paths
        XCTAssertGreaterThan(files.count, 50)
        let malformed = try malformedBadFiles(corpus)
        var read = 0, failed: [String] = [], pending = 0
        for path in files {
            let relative = String(path.dropFirst(corpus.path.count + 1))
            do {
                let result = try MetadataReader.read(path: path)
                read += 1
                if malformed.contains(relative) { failed.append("\(relative): malformed but read") }
                XCTAssertTrue(relative.hasPrefix("bad/") || !result.records.isEmpty, relative)
            } catch let diagnostic as Diagnostic {
                XCTAssertFalse(diagnostic.description.contains("\n"))
                if relative.hasPrefix("bad/") || Self.knownUnsupported[relative] != nil { continue }
                if Self.pendingCodes.contains(diagnostic.code ?? "") { pending += 1; continue }
                failed.append(diagnostic.description)
            }
        }
        print("corpus: \(files.count) files, \(read) read, \(pending) waiting for their reader, \(Self.knownUnsupported.count) known unsupported")
        XCTAssertEqual(failed, [])
    }

    /// bad/ files that NOTES.md's parser rejected only because the name gave the wrong syntax.
    static let misnamed: Set<String> = ["bad/schemaorg__odis_acma-catalogue.rdf"]

    /// The bad/ files that NOTES.md says a plain parser rejects (less the misnamed ones, read by content).
    private func malformedBadFiles(_ corpus: URL) throws -> Set<String> {
        let notes = try String(contentsOf: corpus.appendingPathComponent("bad/NOTES.md"), encoding: .utf8)
        var names = Set<String>()
        for line in notes.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count > 2, cells[2].hasPrefix("NO") { names.insert("bad/" + cells[0]) }
        }
        return names.subtracting(Self.misnamed)
    }
}
