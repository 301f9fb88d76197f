import FairifyReports
import XCTest

final class FixCommandTests: XCTestCase {
    func testCommandsNameTheValuesARecipeNeeds() {
        let command = fixCommand(file: "data/record one.json", recipe: "add-access-rights")
        XCTAssertEqual(command, "fairify fix 'data/record one.json' --recipe add-access-rights --set access=<access-rights>")
        XCTAssertEqual(fixCommand(file: "r.json", recipe: "doi-canonical"), "fairify fix r.json --recipe doi-canonical", "safe recipes need nothing")
        XCTAssertEqual(fixCommand(file: "r.json", recipe: "no-such"), "fairify fix r.json --recipe no-such")
    }
}
