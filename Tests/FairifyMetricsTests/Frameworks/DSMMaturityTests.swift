import XCTest
@testable import FairifyMetrics

final class DSMMaturityTests: XCTestCase {
    func testParsesIndicatorIDs() {
        let id = DSMMaturity.IndicatorID("DSM-3-H2")
        XCTAssertEqual(id?.level, 3)
        XCTAssertEqual(id?.category, .hosting)
        XCTAssertEqual(id?.number, 2)
        XCTAssertNil(DSMMaturity.IndicatorID("DSM-0-C1"))
        XCTAssertNil(DSMMaturity.IndicatorID("RDA-F1-01M"))
        XCTAssertNil(DSMMaturity.IndicatorID("DSM-2-X1"))
    }

    func testCascadeMeetsLowerIndicatorsOfTheSameStrand() {
        let metrics = [
            Fixture.metric("DSM-1-C1", .fail), Fixture.metric("DSM-2-C1", .needsAttestation),
            Fixture.metric("DSM-3-C1", .pass), Fixture.metric("DSM-1-C2", .fail), Fixture.metric("DSM-2-R1", .fail),
        ]
        let result = DSMMaturity.applyCascade(metrics)
        XCTAssertEqual(result.map(\.status), [.pass, .pass, .pass, .fail, .fail])
        XCTAssertTrue(result[0].tests[0].reason.contains("DSM-3-C1"))
        XCTAssertEqual(result[0].earned, result[0].total)
        XCTAssertNil(result[0].tests[0].attestation)
    }

    func testCascadeFromAnAttestedIndicatorIsAttestedToo() {
        let metrics = [Fixture.metric("DSM-1-H1", .needsAttestation), Fixture.metric("DSM-2-H1", .pass, attestation: Fixture.attested)]
        let result = DSMMaturity.applyCascade(metrics)
        XCTAssertEqual(result[0].status, .pass)
        XCTAssertNotNil(result[0].tests[0].attestation)
        XCTAssertTrue(result[0].isAttested)
    }

    func testLevelsAndPercentComplete() {
        let metrics = [
            Fixture.metric("DSM-1-C1", .pass), Fixture.metric("DSM-1-C2", .pass),
            Fixture.metric("DSM-2-C1", .pass), Fixture.metric("DSM-2-C2", .fail), Fixture.metric("DSM-2-C3", .fail),
            Fixture.metric("DSM-1-R1", .pass), Fixture.metric("DSM-2-R1", .pass),
            Fixture.metric("DSM-1-H1", .fail), Fixture.metric("DSM-2-H1", .fail),
        ]
        let levels = DSMMaturity.levels(metrics)
        XCTAssertEqual(levels["Content"], 1)
        XCTAssertEqual(levels["Representation"], 2)
        XCTAssertEqual(levels["Hosting"], 0)
        XCTAssertEqual(levels["overall"], 0)
        XCTAssertEqual(levels["Content L1 %"], 100)
        XCTAssertEqual(levels["Content L2 %"], 33)
        XCTAssertEqual(levels["Hosting L1 %"], 0)
        XCTAssertEqual(levels["L1 %"], 75)
        XCTAssertEqual(levels["L2 %"], 40)
    }

    func testHigherLevelDoesNotCountWhenALowerOneIsIncomplete() {
        let metrics = [Fixture.metric("DSM-1-C1", .fail), Fixture.metric("DSM-1-C3", .pass), Fixture.metric("DSM-2-C3", .pass)]
        XCTAssertEqual(DSMMaturity.levels(metrics)["Content"], 0)
    }

    func testFinishAppliesTheCascadeBeforeCounting() {
        let metrics = [Fixture.metric("DSM-1-R1", .fail), Fixture.metric("DSM-2-R1", .pass)]
        let finished = FrameworkLevels.finish(scheme: .dsm, metrics: metrics)
        XCTAssertEqual(finished.levels["Representation"], 2)
        XCTAssertEqual(finished.metrics[0].status, .pass)
    }
}
