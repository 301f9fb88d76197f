import XCTest
@testable import FairifyMetrics

final class FrameworkTextTests: XCTestCase {
    private func pack(_ metrics: [MetricResult], levels: [String: Int]) -> PackAssessment {
        PackAssessment(packID: "p", packName: "p", packVersion: "1", metrics: metrics, principles: [], areas: [],
                       total: ScoreSummary(key: "FAIR", earned: 0, total: 0, assessableTotal: 0), levels: levels)
    }

    func testCompactLevels() {
        XCTAssertEqual(FrameworkText.compact(["F": 1, "A": 0, "I": 2, "R": 3]), " levels F1 A0 I2 R3")
        XCTAssertEqual(FrameworkText.compact(["overall": 1, "Content": 2, "Representation": 1, "Hosting": 1]), " DSM 1 (C2 R1 H1)")
        XCTAssertEqual(FrameworkText.compact([:]), "")
    }

    func testRDALinesShowMeasuredLevelsAndAttestedApart() {
        let attested = Fixture.metric("RDA-A2-01M", .pass, principle: "A2", priority: "Essential", attestation: Fixture.attested)
        let waiting = Fixture.metric("RDA-I2-01D", .needsAttestation, principle: "I2", priority: "Useful")
        let text = FrameworkText(color: false).render(pack([attested, waiting], levels: ["F": 1, "A": 1, "I": 1, "R": 0, "measured F": 1, "measured A": 0, "measured I": 1, "measured R": 0]))
            .joined(separator: "\n")
        XCTAssertTrue(text.contains("RDA maturity level per area (0-5): F 1  A 1  I 1  R 0"), text)
        XCTAssertTrue(text.contains("measured only, without attestations:  F 1  A 0  I 1  R 0"), text)
        XCTAssertTrue(text.contains("Attested by a steward"), text)
        XCTAssertTrue(text.contains("RDA-A2-01M"), text)
        XCTAssertTrue(text.contains("Waiting for a steward (1)"), text)
        XCTAssertTrue(text.contains("RDA-I2-01D"), text)
    }

    func testDSMTableOfPercentages() {
        let metrics = [Fixture.metric("DSM-1-C1", .pass), Fixture.metric("DSM-1-R1", .fail), Fixture.metric("DSM-1-H1", .pass)]
        let text = FrameworkText(color: false).render(pack(metrics, levels: DSMMaturity.levels(metrics))).joined(separator: "\n")
        XCTAssertTrue(text.contains("DSM level: 0 overall  (Content 1, Representation 0, Hosting 1)"), text)
        XCTAssertTrue(text.contains("Representation  0%"), text)
        XCTAssertTrue(text.contains("all             66%"), text)
    }
}
