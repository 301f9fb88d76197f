import FairifyRecipes
import XCTest

final class FairifyRecipesSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(FairifyVersion.current.isEmpty, false)
    }
}
