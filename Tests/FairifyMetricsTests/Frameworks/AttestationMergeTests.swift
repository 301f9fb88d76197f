import XCTest
@testable import FairifyMetrics

final class AttestationMergeTests: XCTestCase {
    let answers = """
    attestations:
      RDA-A2-01M: {status: pass, justification: The repository keeps tombstone pages., by: Jane Steward, date: 2026-11-20}
      RDA-F1-01M: {status: fail, justification: tried anyway}
      RDA-A1-03D-1: {status: partial, justification: resolves to a login page}
    """

    func testAttestsOpenTestsOnly() throws {
        let set = try AttestationSet.parse(answers, file: "answers.yaml")
        let open = Fixture.metric("RDA-A2-01M", .needsAttestation).tests
        let attested = set.attest(open, metricID: "RDA-A2-01M")
        XCTAssertEqual(attested[0].status, .pass)
        XCTAssertEqual(attested[0].earned, 1)
        XCTAssertTrue(attested[0].reason.hasPrefix("attested by Jane Steward on 2026-11-20"))

        let measured = Fixture.metric("RDA-F1-01M", .pass).tests
        XCTAssertEqual(set.attest(measured, metricID: "RDA-F1-01M")[0].status, .pass)
        XCTAssertNil(set.attest(measured, metricID: "RDA-F1-01M")[0].attestation)

        let network = [TestResult(id: "RDA-A1-03D-1", name: "n", status: .notAssessed, earned: 0, total: 1, reason: "needs the network")]
        XCTAssertEqual(set.attest(network, metricID: "RDA-A1-03D")[0].status, .partial)
        XCTAssertEqual(set.attest(network, metricID: "RDA-A1-03D")[0].earned, 0.5)
    }

    func testUnusedAnswersAreReported() throws {
        let set = try AttestationSet.parse(answers, file: "answers.yaml")
        var metric = Fixture.metric("RDA-A2-01M", .needsAttestation)
        metric.tests = set.attest(metric.tests, metricID: metric.id)
        let pack = PackAssessment(packID: "p", packName: "p", packVersion: "1", metrics: [metric, Fixture.metric("RDA-F1-01M", .pass)],
                                  principles: [], areas: [], total: ScoreSummary(key: "FAIR", earned: 0, total: 0, assessableTotal: 0))
        XCTAssertEqual(set.unused(in: [pack]), ["RDA-A1-03D-1", "RDA-F1-01M"])
    }
}
