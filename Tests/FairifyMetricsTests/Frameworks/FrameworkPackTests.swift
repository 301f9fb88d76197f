import XCTest
@testable import FairifyMetrics

/// The three framework packs: contents, levels wiring and the crosswalk.
final class FrameworkPackTests: XCTestCase {
    func testRDAPackHasAll41IndicatorsWithPriorities() throws {
        let pack = try MetricPack.builtIn("rda-fdmm")
        XCTAssertEqual(pack.metrics.count, 41)
        XCTAssertEqual(pack.levels, .rda)
        let priorities = Dictionary(grouping: pack.metrics, by: { $0.priority ?? "none" }).mapValues(\.count)
        XCTAssertEqual(priorities, ["Essential": 20, "Important": 14, "Useful": 7])
    }

    func testDSMPackCoversLevelsOneToFive() throws {
        let pack = try MetricPack.builtIn("fairplus-dsm")
        XCTAssertEqual(pack.levels, .dsm)
        XCTAssertEqual(pack.metrics.count, 72)
        let ids = pack.metrics.compactMap { DSMMaturity.IndicatorID($0.id) }
        XCTAssertEqual(ids.count, 72)
        XCTAssertEqual(Set(ids.map(\.level)), [1, 2, 3, 4, 5])
        XCTAssertEqual(Set(ids.map(\.category)), Set(DSMMaturity.Category.allCases))
    }

    func testGen2MarksOfflineEquivalents() throws {
        let pack = try MetricPack.builtIn("gen2")
        XCTAssertEqual(pack.metrics.count, 15)
        for id in ["Gen2_MI_F1A", "Gen2_MI_F1B", "Gen2_MI_F4", "Gen2_MI_A1.1", "Gen2_MI_I2A"] {
            XCTAssertNotNil(pack.metric(id)?.offlineEquivalent, id)
        }
        XCTAssertNil(pack.metric("Gen2_MI_I1B")?.offlineEquivalent)
    }

    func testCrosswalkIsSymmetric() throws {
        let packs = try MetricPack.builtIn()
        let crosswalk = Crosswalk(packs: packs)
        XCTAssertTrue(crosswalk.counterparts(of: "DSM-1-C0").contains("RDA-F1-02D"))
        XCTAssertTrue(crosswalk.counterparts(of: "RDA-F1-02D").contains("DSM-1-C0"))
        XCTAssertTrue(crosswalk.counterparts(of: "FsF-F1-01D").contains("RDA-F1-02D"))
        let grouped = crosswalk.counterpartsByPack(of: "RDA-F1-02D", packs: packs)
        XCTAssertTrue(grouped.contains { $0.pack == "fairplus-dsm" && $0.ids.contains("DSM-1-C0") })
    }

    func testEveryMeasuredIndicatorHasPassingAndFailingOrOpenExamples() throws {
        for id in ["rda-fdmm", "fairplus-dsm", "gen2"] {
            for metric in try MetricPack.builtIn(id).metrics {
                XCTAssertFalse(metric.examples.isEmpty, "\(metric.id) has no example")
            }
        }
    }

    func testEngineComputesLevelsAndKeepsAttestedApart() throws {
        let packs = try ["rda-fdmm", "fairplus-dsm"].map { try MetricPack.builtIn($0) }
        let record = Record(file: "r.jsonld", format: .jsonLD, dialect: .schemaOrg, location: SourceLocation(file: "r.jsonld"),
                            types: ["http://schema.org/Dataset"], facts: [
                                Fact(.identifier, "https://doi.org/10.5281/zenodo.1", property: "@id", location: SourceLocation(file: "r.jsonld")),
                                Fact(.title, "t", property: "http://schema.org/name", location: SourceLocation(file: "r.jsonld")),
                            ])
        let plain = MetricEngine(packs: packs).assess(record)
        XCTAssertEqual(plain[0].levels["F"], 0)
        XCTAssertNotNil(plain[1].levels["Content"])
        XCTAssertNil(plain[0].levels["measured F"])
        XCTAssertEqual(plain[0].metrics.first { $0.id == "RDA-A2-01M" }?.status, .needsAttestation)

        let answers = try AttestationSet.parse("RDA-A2-01M: {status: pass, justification: tombstones kept}\n", file: "a.yaml")
        let attested = MetricEngine(packs: packs, attestations: answers).assess(record)
        let a2 = attested[0].metrics.first { $0.id == "RDA-A2-01M" }
        XCTAssertEqual(a2?.status, .pass)
        XCTAssertTrue(a2?.isAttested ?? false)
        XCTAssertNotNil(attested[0].levels["measured A"])
        XCTAssertGreaterThan(attested[0].total.earned, plain[0].total.earned)
        XCTAssertEqual(answers.unused(in: attested), [])
    }
}
