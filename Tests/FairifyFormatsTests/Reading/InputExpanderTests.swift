import FairifyFormats
import XCTest

final class InputExpanderTests: XCTestCase {
    func testFoldersAreWalkedSortedWithoutHiddenFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-expand-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["b.json", "a/z.xml", "a/y.json", ".hidden/x.json", ".dot.json", "c/skip.txt"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: url)
        }
        let all = InputExpander.expand([root.path, "-"])
        XCTAssertEqual(all.paths.map { $0.replacingOccurrences(of: root.path + "/", with: "") }, ["a/y.json", "a/z.xml", "b.json", "-"])
        let filtered = InputExpander.expand([root.path], include: ["*.json", "**/*.xml"], exclude: ["a/y.json"])
        XCTAssertEqual(filtered.paths.map { $0.replacingOccurrences(of: root.path + "/", with: "") }, ["a/z.xml", "b.json"])
        XCTAssertTrue(filtered.errors.isEmpty)
        let text = InputExpander.expand([root.path], include: ["*.txt"])
        XCTAssertEqual(text.paths.map { $0.replacingOccurrences(of: root.path + "/", with: "") }, ["c/skip.txt"])
        let none = InputExpander.expand([root.path], include: ["*.none"])
        XCTAssertEqual(none.errors.count, 1)
    }
}
