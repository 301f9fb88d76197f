import FairifyReports
import XCTest

final class FairifyReportsSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(FairifyVersion.current.isEmpty, false)
    }
}
