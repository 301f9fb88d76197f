import FairifyMetrics
import XCTest

final class EngineTests: XCTestCase {
    private func record(_ facts: [Fact], dialect: Dialect = .schemaOrg, format: DocumentFormat = .jsonLD, vocabularies: [String] = ["http://schema.org/"]) -> Record {
        Record(file: "memory.jsonld", format: format, dialect: dialect, location: SourceLocation(file: "memory.jsonld", line: 1, column: 1),
               types: ["http://schema.org/Dataset"], facts: facts, vocabularies: vocabularies)
    }

    private func fact(_ kind: FactKind, _ value: String, _ attributes: [String: String] = [:], line: Int = 2) -> Fact {
        Fact(kind, value, attributes: attributes, property: "http://schema.org/\(kind.rawValue)", location: SourceLocation(file: "memory.jsonld", line: line, column: 3))
    }

    private func fsf() throws -> MetricPack { try MetricPack.builtIn("fsf-0.5") }

    private func metric(_ assessment: PackAssessment, _ id: String) throws -> MetricResult {
        try XCTUnwrap(assessment.metrics.first { $0.id == id })
    }

    func testPlainURLGetsNoPersistencePoints() throws {
        let result = MetricEngine.assess(record: record([fact(.identifier, "http://example.org/data/1")]), packs: [try fsf()])[0]
        let unique = try metric(result, "FsF-F1-01D")
        XCTAssertEqual(unique.status, .pass)
        XCTAssertEqual(unique.earned, 1)
        let persistent = try metric(result, "FsF-F1-02D")
        XCTAssertEqual(persistent.status, .fail)
        XCTAssertEqual(persistent.earned, 0)
        XCTAssertEqual(persistent.tests[0].recipes.isEmpty, false)
        XCTAssertEqual(persistent.tests[0].evidence.first?.location?.line, 2)
    }

    func testFailedPresenceCheckNamesTheRecipesThatAddWhatIsMissing() throws {
        let facts = [fact(.creator, "Ada Lovelace"), fact(.title, "Tides"), fact(.identifier, "https://doi.org/10.1234/abc"),
                     fact(.publisher, "Zenodo"), fact(.dateIssued, "2020-01-01"), fact(.description, "Hourly tides.")]
        let additions: [String: Set<FactKind>] = ["add-description": [.description], "add-publisher": [.publisher],
                                                  "add-keywords": [.keyword, .subject], "add-identifier": [.identifier]]
        let engine = MetricEngine(packs: [try fsf()], recipeAdditions: additions)
        let core = try metric(engine.assess(record(facts))[0], "FsF-F2-01M")
        XCTAssertEqual(core.tests.first { $0.id == "FsF-F2-01M-3" }?.recipes, ["add-keywords"])
        let unfiltered = try metric(MetricEngine.assess(record: record(facts), packs: [try fsf()])[0], "FsF-F2-01M")
        XCTAssertEqual(unfiltered.tests.first { $0.id == "FsF-F2-01M-3" }?.recipes.count, 4)
    }

    func testNotAssessedIsApartFromTotals() throws {
        let result = MetricEngine.assess(record: record([fact(.identifier, "https://doi.org/10.1234/abc")]), packs: [try fsf()])[0]
        let persistent = try metric(result, "FsF-F1-02D")
        XCTAssertEqual(persistent.tests.map(\.status), [.pass, .notAssessed])
        XCTAssertEqual(persistent.earned, 0.5)
        XCTAssertEqual(persistent.assessableTotal, 0.5)
        XCTAssertEqual(persistent.status, .pass)
        XCTAssertEqual(persistent.maturity, 1)
        let f = try XCTUnwrap(result.areas.first { $0.key == "F" })
        XCTAssertLessThan(f.assessableTotal, f.total)
    }

    func testAllValuesCount() throws {
        let facts = [fact(.license, "see the README"), fact(.license, "https://creativecommons.org/licenses/by/4.0/", ["iri": "https://creativecommons.org/licenses/by/4.0/"], line: 5)]
        let result = MetricEngine.assess(record: record(facts), packs: [try fsf()])[0]
        let license = try metric(result, "FsF-R1.1-01M")
        XCTAssertEqual(license.status, .pass)
        XCTAssertEqual(license.earned, 2)
        XCTAssertEqual(license.maturity, 3)
        XCTAssertEqual(license.tests[1].evidence.first?.location?.line, 5)
    }

    func testDefaultNamespacesDoNotCountForI2() throws {
        let plain = MetricEngine.assess(record: record([], vocabularies: ["http://schema.org/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"]), packs: [try fsf()])[0]
        XCTAssertEqual(try metric(plain, "FsF-I2-01M").status, .fail)
        let rich = MetricEngine.assess(record: record([], vocabularies: ["http://schema.org/", "http://purl.obolibrary.org/obo/"]), packs: [try fsf()])[0]
        XCTAssertEqual(try metric(rich, "FsF-I2-01M").status, .pass)
    }

    func testAlternativeScoringTakesBestTest() throws {
        let facts = [fact(.accessRights, "Open Access", ["iri": "info:eu-repo/semantics/openAccess"])]
        let result = MetricEngine.assess(record: record(facts), packs: [try fsf()])[0]
        let access = try metric(result, "FsF-A1-01M")
        XCTAssertEqual(access.earned, 1)
        XCTAssertEqual(access.maturity, 3)
    }

    func testFujiMaturityRounding() throws {
        let result = MetricEngine.assess(record: record([]), packs: [try fsf()])[0]
        XCTAssertNotNil(result.total.maturityScore)
        for area in result.areas { XCTAssertNotNil(area.maturity, area.key) }
        XCTAssertEqual(result.areas.map(\.key), ["F", "A", "I", "R"])
        XCTAssertEqual(result.principles.first?.key, "F1")
        XCTAssertEqual(result.principles.last?.key, "R1.3")
    }

    func testIgnoredMetricLeavesTheTotals() throws {
        let pack = try fsf()
        let full = MetricEngine(packs: [pack]).assess(record([]))[0]
        let ignoring = MetricEngine(packs: [pack], ignored: ["FsF-F4-01M": "not public"]).assess(record([]))[0]
        XCTAssertEqual(ignoring.total.total, full.total.total - 2)
        XCTAssertEqual(try metric(ignoring, "FsF-F4-01M").ignored, "not public")
    }

    func testLocalFilesAreChecked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-local-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("a,b\n1,2\n".utf8).write(to: dir.appendingPathComponent("data.csv"))
        let file = dir.appendingPathComponent("meta.jsonld").path
        func assess(size: String) throws -> MetricResult {
            var r = record([fact(.distribution, "data.csv", ["url": "data.csv", "size": size, "mediaType": "text/csv"])])
            r.file = file
            return try metric(MetricEngine.assess(record: r, packs: [try fsf()])[0], "FsF-R1-01MD")
        }
        XCTAssertEqual(try assess(size: "8").tests.first { $0.id == "FsF-R1-01MD-3" }?.status, .pass)
        XCTAssertEqual(try assess(size: "9").tests.first { $0.id == "FsF-R1-01MD-3" }?.status, .fail)
    }

    func testGate() throws {
        let pack = try fsf()
        let assessment = RecordAssessment(record: RecordSummary(record([])), inputSHA256: "", packs: MetricEngine(packs: [pack]).assess(record([])))
        XCTAssertFalse(Gate(minScore: 0.9).failures(assessment).isEmpty)
        XCTAssertTrue(Gate(minScore: 0).failures(assessment).isEmpty)
        XCTAssertFalse(Gate(minimums: ["F": 0.5]).failures(assessment).isEmpty)
        XCTAssertFalse(Gate(required: ["FsF-R1.1-01M"]).failures(assessment).isEmpty)
        XCTAssertTrue(Gate(required: ["FsF-R1.1-01M"]).unknownRequirements(in: [pack]).isEmpty)
        XCTAssertEqual(Gate(required: ["Nope"]).unknownRequirements(in: [pack]), ["Nope"])
    }
}
