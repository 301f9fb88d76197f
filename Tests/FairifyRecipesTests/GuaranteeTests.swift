@testable import FairifyRecipes
import FairifyFormats
import FairifyModel
import Foundation
import XCTest

/// The promises every recipe keeps, checked on every example and on ../shared/corpus:
/// idempotent, no fact lost that the recipe does not name, output parses, named indicators
/// never lose points, bad parameters change nothing.
final class GuaranteeTests: XCTestCase {
    static var packageRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    func testExamplesKeepFactsAndScores() throws {
        var checked = 0
        for recipe in try RecipeCatalog.all() {
            for example in recipe.examples {
                let after = Array(example.after.utf8)
                let before = Array(example.before.utf8)
                let extensions = ["datacite-xml": "xml", "yaml-ld": "yaml", "datacite-json": "json", "cff": "cff", "json-ld": "jsonld",
                                  "dublin-core": "xml", "eml": "xml", "iso19139": "xml", "rdf-dcat": "rdf", "turtle": "ttl"]
                let name = example.format == "cff" ? "CITATION.cff" : example.format == "datapackage" ? "datapackage.json" : "example." + (extensions[example.format] ?? "json")
                guard let old = Self.facts(before, name), let new = Self.facts(after, name) else { continue }
                XCTAssertEqual(Self.lost(old, new, touched: recipe.touchedFacts), [], "\(recipe.source):\(example.line) lost facts")
                Self.assertScores(before, after, name: name, recipe: recipe, label: "\(recipe.source):\(example.line)")
                checked += 1
            }
        }
        if checked == 0 { throw XCTSkip("no reader handles the example formats yet; fact checks skipped") }
    }

    func testCorpusAllSafeIsIdempotentAndKeepsFacts() throws {
        let corpus = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("../shared/corpus not present: corpus guarantees skipped") }
        let safe = try RecipeCatalog.all().filter { $0.safety == .safe }
        var patched = 0
        let files = FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String }.filter { !$0.hasPrefix("bad/") && !$0.hasSuffix(".md") && !$0.hasSuffix(".tsv") }.sorted() ?? []
        for path in files {
            let url = corpus.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let bytes = [UInt8](data)
            let kind = DocumentKind.detect(bytes)
            guard (try? RecipeRunner.checkSupported(bytes, kind: kind, file: path)) != nil else { continue }
            let requests = safe.filter { RecipeCatalog.supports($0, kind) }.map { RecipeRequest(recipe: $0, params: RecipeParameterValues()) }
            let once: RecipeOutcome
            do { once = try RecipeRunner.apply(requests, to: bytes, file: path, directory: url.deletingLastPathComponent()) } catch {
                XCTFail("\(path): \(error)"); continue
            }
            XCTAssertNoThrow(try RecipeOutputCheck.check(once.bytes, kind: kind, file: path, schema: nil), path)
            let twice = try RecipeRunner.apply(requests, to: once.bytes, file: path, directory: url.deletingLastPathComponent())
            XCTAssertEqual(String(decoding: twice.bytes, as: UTF8.self), String(decoding: once.bytes, as: UTF8.self), "\(path): --all-safe is not idempotent")
            if once.changed {
                patched += 1
                let touched = Set(requests.flatMap { $0.recipe.touchedFacts })
                if let old = Self.facts(bytes, path), let new = Self.facts(once.bytes, path) {
                    XCTAssertEqual(Self.lost(old, new, touched: touched), [], "\(path) lost facts")
                }
                for request in requests where once.changedBy.contains(request.recipe.id) {
                    Self.assertScores(bytes, once.bytes, name: url.path, recipe: request.recipe, label: path)
                }
            }
        }
        XCTAssertGreaterThan(patched, 0, "no corpus file was patched")
    }

    /// issue 4's "done when": --all-safe raises the score of every example, once and for all.
    func testAllSafeRaisesEveryExample() throws {
        let examples = Self.packageRoot.appendingPathComponent("Examples")
        let files = FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String }
            .filter { !$0.hasPrefix("bad/") && InputExpander.metadataExtensions.union(["ttl"]).contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }.sorted() ?? []
        let safe = try RecipeCatalog.all().filter { $0.safety == .safe }
        let scorer = try XCTUnwrap(MetricScoring.recordsScorer(packs: []))
        var unsupported: [String] = [], patched = 0
        for path in files {
            let url = examples.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            let bytes = [UInt8](data)
            if RecipeRunner.patchRefusal(bytes, file: path) != nil { unsupported.append(path); continue }
            let requests = safe.filter { RecipeRunner.applicable($0, to: bytes) }.map { RecipeRequest(recipe: $0, params: RecipeParameterValues()) }
            let directory = url.deletingLastPathComponent()
            let once = try RecipeRunner.apply(requests, to: bytes, file: path, directory: directory)
            XCTAssertTrue(once.changed, "\(path): --all-safe changes nothing")
            patched += 1
            XCTAssertNoThrow(try RecipeOutputCheck.check(once.bytes, kind: once.kind, file: path, schema: nil), path)
            let twice = try RecipeRunner.apply(requests, to: once.bytes, file: path, directory: directory)
            XCTAssertEqual(String(decoding: twice.bytes, as: UTF8.self), String(decoding: once.bytes, as: UTF8.self), "\(path): not idempotent")
            let touched = Set(requests.filter { once.changedBy.contains($0.recipe.id) }.flatMap { $0.recipe.touchedFacts })
            let before = try MetadataReader.read(bytes: bytes, name: path).records, after = try MetadataReader.read(bytes: once.bytes, name: path).records
            XCTAssertEqual(before.count, after.count, "\(path): record count changed")
            for (old, new) in zip(before, after) {
                XCTAssertEqual(Self.lost(old.facts, new.facts, touched: touched), [], "\(path) record \(old.index + 1) lost facts")
            }
            let earned = { (b: [UInt8]) in try scorer(b, path).map { $0.scores.first?.earned ?? 0 }.reduce(0, +) }
            XCTAssertGreaterThan(try earned(once.bytes), try earned(bytes), "\(path): --all-safe does not raise the fsf-0.5 score")
            for request in requests where once.changedBy.contains(request.recipe.id) {
                Self.assertScores(bytes, once.bytes, name: path, recipe: request.recipe, label: path)
            }
        }
        // A new example in a format without a writer is reported, not failed: other layers add examples.
        if !unsupported.isEmpty { print("examples fix cannot patch yet: \(unsupported.joined(separator: ", "))") }
        XCTAssertGreaterThanOrEqual(patched, 19, "fewer examples patched than the 19 of issue 4")
    }

    func testBadParametersFailBeforeAnythingChanges() throws {
        let documents = [
            ("r.jsonld", #"{"@context": "https://schema.org/", "@type": "Dataset", "name": "x", "creator": {"name": "A B"}}"#),
            ("datapackage.json", #"{"name": "x", "resources": [{"path": "a.csv"}], "contributors": [{"title": "A B"}]}"#),
            ("dc.xml", #"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>x</dc:title></oai_dc:dc>"#),
            ("d.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<https://example.org/d> a dcat:Dataset .\n"),
        ]
        let cases: [(String, [String: String], String)] = [
            ("add-orcid", ["orcid": "0000-0002-1825-0098"], "check digit"),
            ("add-orcid", ["orcid": "12345"], "not an ORCID"),
            ("add-license", ["license": "My Own Licence"], "not a licence"),
            ("add-ror-affiliation", ["ror": "05dxps056"], "ROR"),
            ("add-access-rights", ["access": "sometimes"], "open, embargoed"),
            ("add-license", [:], "needs --set license"),
        ]
        for (id, params, expected) in cases {
            let request = RecipeRequest(recipe: try RecipeCatalog.recipe(id), params: RecipeParameterValues(params))
            // A good recipe first: a bad parameter later in the list must still stop everything.
            let good = RecipeRequest(recipe: try RecipeCatalog.recipe("declare-conformsto"), params: RecipeParameterValues())
            for (name, text) in documents {
                XCTAssertThrowsError(try RecipeRunner.apply([good, request], to: Array(text.utf8), file: name)) { error in
                    let text = "\(error)"
                    XCTAssertTrue(text.contains(expected), "\(name) \(id): \(text)")
                    XCTAssertFalse(text.contains("\n"), "\(id): the error must be one line")
                }
            }
        }
    }

    // MARK: - helpers

    static func facts(_ bytes: [UInt8], _ name: String) -> [Fact]? {
        guard let result = try? MetadataReader.read(bytes: bytes, name: name), let record = result.records.first, !record.facts.isEmpty else { return nil }
        return record.facts
    }

    /// Facts of kinds the recipe does not name that are missing afterwards (location ignored).
    static func lost(_ before: [Fact], _ after: [Fact], touched: Set<FactKind>) -> [String] {
        func key(_ f: Fact) -> String { "\(f.kind.rawValue)|\(f.value)|\(f.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))" }
        let kept = Set(after.map(key))
        return before.filter { !touched.contains($0.kind) && !kept.contains(key($0)) }.map(key)
    }

    static func assertScores(_ before: [UInt8], _ after: [UInt8], name: String, recipe: Recipe, label: String) {
        guard let scorer = MetricScoring.scorer(packs: []), let old = try? scorer(before, name), let new = try? scorer(after, name) else { return }
        for (a, b) in zip(old, new) {
            let ids = recipe.indicators.filter { a.indicators[$0] != nil }
            XCTAssertGreaterThanOrEqual(b.earned(on: ids) + 1e-9, a.earned(on: ids), "\(label): \(a.packID) points on \(ids) dropped")
        }
    }
}
