import FairifyMetrics
import Foundation
import XCTest

final class ConfigFinderTests: XCTestCase {
    func testNearestConfigPerFolderWithOneLookupPerFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["a/b/c", "a/d", "e"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let top = root.appendingPathComponent("a/.fairify.yml").path, inner = root.appendingPathComponent("a/b/c/.fairify.yml").path
        try Data("min-score: 0.5\n".utf8).write(to: URL(fileURLWithPath: top))
        try Data("min-score: 0.9\n".utf8).write(to: URL(fileURLWithPath: inner))
        var finder = ConfigFinder()
        XCTAssertEqual(finder.nearest(toFile: root.appendingPathComponent("a/b/c/x.json").path), inner)
        XCTAssertEqual(finder.nearest(toFile: root.appendingPathComponent("a/b/y.json").path), top)
        XCTAssertEqual(finder.nearest(toFile: root.appendingPathComponent("a/d/z.json").path), top)
        // Cached answers stay right after the walk that filled them.
        XCTAssertEqual(finder.nearest(toFile: root.appendingPathComponent("a/b/c/w.json").path), inner)
        XCTAssertEqual(FairifyConfig.discover(from: root.appendingPathComponent("a/b").path), top)
        XCTAssertEqual(FairifyConfig.discover(from: root.appendingPathComponent("a/b/c").path), inner)
        let outside = finder.nearest(toFile: root.appendingPathComponent("e/v.json").path)
        XCTAssertNotEqual(outside, top)
        XCTAssertNotEqual(outside, inner)
        XCTAssertEqual(ConfigFinder.folder(of: "x.json"), ".")
        XCTAssertEqual(ConfigFinder.folder(of: "/x.json"), "/")
        XCTAssertEqual(ConfigFinder.folder(of: "d/e/x.json"), "d/e")
    }
}
