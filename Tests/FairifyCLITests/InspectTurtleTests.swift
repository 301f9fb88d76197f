import Foundation
import XCTest

final class InspectTurtleTests: XCTestCase {
    func testTurtleExampleIsReadWithLocations() throws {
        let result = try CLI.run(["inspect", "Examples/dcat-dataset.ttl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Examples/dcat-dataset.ttl: turtle, dcat, 1 record"), result.stdout)
        XCTAssertTrue(result.stdout.contains("@ Examples/dcat-dataset.ttl:14:15"), result.stdout)
    }

    func testBadTurtleIsOneLineAndExitTwoWhileOthersAreRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-ttl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("@prefix dct: <http://purl.org/dc/terms/> .\n<https://example.org/a> dct:title \"open\n".utf8).write(to: folder.appendingPathComponent("bad.ttl"))
        try Data("<https://example.org/a> <http://purl.org/dc/terms/title> \"fine\" .\n".utf8).write(to: folder.appendingPathComponent("good.nt"))
        let result = try CLI.run(["inspect", "bad.ttl", "good.nt"], cwd: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }, ["bad.ttl:2:40: error: Turtle: line break in a short string (a string over several lines needs triple quotes)"])
        XCTAssertTrue(result.stdout.contains("good.nt: turtle, turtle, 1 record"), result.stdout)
    }
}
