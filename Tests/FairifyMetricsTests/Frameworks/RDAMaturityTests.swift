import XCTest
@testable import FairifyMetrics

final class RDAMaturityTests: XCTestCase {
    typealias T = RDAMaturity.Tally

    func testLevelSteps() {
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 1, total: 2), important: T(passed: 2, total: 2), useful: T(passed: 2, total: 2)), 0)
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 2, total: 2), important: T(passed: 0, total: 3), useful: T()), 1)
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 2, total: 2), important: T(passed: 2, total: 4), useful: T(passed: 0, total: 1)), 2)
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 2, total: 2), important: T(passed: 4, total: 4), useful: T(passed: 0, total: 3)), 3)
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 2, total: 2), important: T(passed: 4, total: 4), useful: T(passed: 2, total: 4)), 4)
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 2, total: 2), important: T(passed: 4, total: 4), useful: T(passed: 4, total: 4)), 5)
    }

    func testUsefulDoesNotCountWithoutAllImportant() {
        XCTAssertEqual(RDAMaturity.level(essential: T(passed: 1, total: 1), important: T(passed: 1, total: 2), useful: T(passed: 3, total: 3)), 2)
    }

    func testMissingTiersAreVacuouslySatisfied() {
        // The I area has no Essential indicators: it is at least level 1.
        XCTAssertEqual(RDAMaturity.level(essential: T(), important: T(passed: 0, total: 5), useful: T(passed: 0, total: 5)), 1)
        XCTAssertEqual(RDAMaturity.level(essential: T(), important: T(), useful: T()), 5)
    }

    func testLevelsPerArea() {
        let metrics = [
            Fixture.rda("RDA-F1-01M", "F1", "Essential", .pass),
            Fixture.rda("RDA-F2-01M", "F2", "Essential", .fail),
            Fixture.rda("RDA-A1-02M", "A1", "Essential", .pass),
            Fixture.rda("RDA-A1-01M", "A1", "Important", .pass),
            Fixture.rda("RDA-I1-01M", "I1", "Important", .pass),
            Fixture.rda("RDA-I1-02M", "I1", "Important", .needsAttestation),
            Fixture.rda("RDA-R1-01M", "R1", "Essential", .partial),
        ]
        XCTAssertEqual(RDAMaturity.levels(metrics), ["F": 0, "A": 5, "I": 2, "R": 0])
    }

    func testMeasuredLevelsAddedOnlyWhenSomethingIsAttested() {
        let measured = [Fixture.rda("RDA-A1-02M", "A1", "Essential", .pass), Fixture.rda("RDA-A2-01M", "A2", "Essential", .needsAttestation)]
        XCTAssertNil(FrameworkLevels.finish(scheme: .rda, metrics: measured).levels["measured A"])

        let attested = [Fixture.rda("RDA-A1-02M", "A1", "Essential", .pass),
                        Fixture.metric("RDA-A2-01M", .pass, principle: "A2", priority: "Essential", attestation: Fixture.attested)]
        let levels = FrameworkLevels.finish(scheme: .rda, metrics: attested).levels
        XCTAssertEqual(levels["A"], 5)
        XCTAssertEqual(levels["measured A"], 0)
    }
}
