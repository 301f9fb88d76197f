import XCTest

final class ExitCodeTests: XCTestCase {
    func testUsageErrorExitsTwo() throws {
        let result = try CLI.run(["--no-such-flag"])
        XCTAssertEqual(result.status, 2, result.stderr)
    }

    func testVersion() throws {
        let result = try CLI.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.isEmpty)
    }
}
