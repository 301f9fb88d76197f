import XCTest

final class AttestCommandTests: XCTestCase {
    func testRefusesWithoutATerminal() throws {
        let result = try CLI.run(["attest", "Examples/none.jsonld", "--pack", "rda-fdmm"], stdin: "p\n")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("not one"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--attest"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
    }

    func testNeedsAPack() throws {
        let result = try CLI.run(["attest", "x.jsonld"])
        XCTAssertEqual(result.status, 2)
    }
}
