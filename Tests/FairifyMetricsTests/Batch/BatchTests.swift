import FairifyMetrics
import FairifyModel
import Foundation
import XCTest

final class BatchTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testShardsPartitionTheUnitsExactly() throws {
        let lines = (0..<10).map { "{\"n\": \($0)}" }.joined(separator: "\n") + "\n"
        let jsonl = try write("records.jsonl", lines)
        let single = try write("one.json", "{}")
        let all = WorkUnitSource(paths: [single, jsonl])
        let everything = Array(all).map(\.index)
        XCTAssertEqual(everything, Array(0..<11))
        var seen: [Int] = []
        for k in 1...4 {
            let shard = WorkUnitSource(paths: [single, jsonl], shard: try Shard(number: k, count: 4))
            seen += Array(shard).map(\.index)
        }
        XCTAssertEqual(seen.sorted(), everything, "every unit in exactly one shard")
    }

    func testJSONLinesAreStreamedWithLineNumbers() throws {
        let jsonl = try write("r.ndjson", "{\"a\":1}\n\n{\"a\":2}")
        let source = WorkUnitSource(paths: [jsonl])
        let units = Array(source)
        XCTAssertEqual(units.count, 2, "blank lines are skipped")
        guard case .line(_, let lineNumber, let bytes) = units[1].content else { return XCTFail("expected a line unit") }
        XCTAssertEqual(lineNumber, 3)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "{\"a\":2}")
    }

    func testShardSyntax() {
        XCTAssertEqual(try Shard(parsing: "2/8").description, "2/8")
        XCTAssertThrowsError(try Shard(parsing: "0/4"))
        XCTAssertThrowsError(try Shard(parsing: "5/4"))
        XCTAssertThrowsError(try Shard(parsing: "x"))
    }

    func testParallelMapKeepsInputOrder() {
        let input = Array(0..<1000)
        XCTAssertEqual(OrderedParallelMap.map(input, jobs: 4) { $0 * 2 }, input.map { $0 * 2 })
    }

    func testMergeOfShardsEqualsTheUnshardedSummary() throws {
        let lines = (0..<20).map { unit in BatchLine(unit: unit, record: 0, assessment: Self.assessment(score: Double(unit % 7) / 7)) }
            + [BatchLine(unit: 20, record: 0, error: .error("broken", at: SourceLocation(file: "x.json", line: 1, column: 1)))]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func jsonl(_ subset: [BatchLine]) throws -> String {
            try subset.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        }
        let whole = try write("all.jsonl", try jsonl(lines))
        let shards = try (1...4).map { k in try write("s\(k).jsonl", try jsonl(lines.filter { $0.unit % 4 == k - 1 })) }
        let single = try BatchMerge.summary(of: [whole])
        let merged = try BatchMerge.summary(of: shards.reversed())
        XCTAssertEqual(single, merged)
        XCTAssertEqual(single.records, 20)
        XCTAssertEqual(single.failedInputs, 1)
        XCTAssertEqual(single.packs.first?.histogram.reduce(0, +), 20)
    }

    func testMergeRejectsOverlappingShards() throws {
        let encoder = JSONEncoder()
        let line = String(decoding: try encoder.encode(BatchLine(unit: 0, record: 0, assessment: Self.assessment(score: 1))), as: UTF8.self)
        let a = try write("a.jsonl", line + "\n"), b = try write("b.jsonl", line + "\n")
        XCTAssertThrowsError(try BatchMerge.summary(of: [a, b]))
        let garbage = try write("g.jsonl", "not json\n")
        XCTAssertThrowsError(try BatchMerge.summary(of: [garbage])) { error in
            XCTAssertTrue("\(error)".contains("g.jsonl:1:1: error:"), "\(error)")
        }
    }

    static func assessment(score: Double) -> RecordAssessment {
        let total = ScoreSummary(key: "FAIR", earned: score * 10, total: 12, assessableTotal: 10)
        let areas = ["F", "A", "I", "R"].map { ScoreSummary(key: $0, earned: score, total: 1, assessableTotal: 1) }
        let pack = PackAssessment(packID: "test", packName: "Test", packVersion: "1", metrics: [], principles: [], areas: areas, total: total)
        let summary = RecordSummary(file: "f.json", index: 0, label: "x", title: nil, format: .json, dialect: .dataCiteJSON, location: SourceLocation(file: "f.json"))
        return RecordAssessment(record: summary, inputSHA256: "", packs: [pack])
    }
}
