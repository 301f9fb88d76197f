import FairifyMetrics
import XCTest

final class FairifyMetricsSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(FairifyVersion.current.isEmpty, false)
    }
}
