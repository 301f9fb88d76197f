import FairifyFormats
import XCTest

final class FairifyFormatsSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(FairifyVersion.current.isEmpty, false)
    }
}
