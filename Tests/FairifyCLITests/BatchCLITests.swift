import Foundation
import XCTest

/// `fairify assess` over many records: JSON Lines, jobs, shards and merge, as a user runs them.
final class BatchCLITests: ScratchFolderTestCase {
    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testShardOutputsMergeIntoExactlyTheUnshardedSummary() throws {
        let all = try CLI.run(["assess", "Examples/", "--format", "jsonl", "--exit-zero", "--exclude", "bad/**", "-o", path("all.jsonl")])
        XCTAssertEqual(all.status, 0, all.stderr)
        for k in 1...4 {
            let shard = try CLI.run(["assess", "Examples/", "--format", "jsonl", "--exit-zero", "--exclude", "bad/**", "--shard", "\(k)/4", "-o", path("s\(k).jsonl")])
            XCTAssertEqual(shard.status, 0, shard.stderr)
        }
        let single = try CLI.run(["merge", path("all.jsonl"), "--format", "json"])
        let merged = try CLI.run(["merge", path("s3.jsonl"), path("s1.jsonl"), path("s4.jsonl"), path("s2.jsonl"), "--format", "json"])
        XCTAssertEqual(single.status, 0, single.stderr)
        XCTAssertEqual(merged.stdout, single.stdout)
        XCTAssertTrue(single.stdout.contains("\"records\""), single.stdout)
    }

    func testMergeReportsMissingRepeatedAndForeignShards() throws {
        for k in 1...3 {
            let shard = try CLI.run(["assess", "Examples/datacite-rich.xml", "Examples/eml.xml", "--format", "jsonl", "--exit-zero",
                                     "--shard", "\(k)/3", "-o", path("s\(k).jsonl")])
            XCTAssertEqual(shard.status, 0, shard.stderr)
        }
        let header = try String(contentsOfFile: path("s3.jsonl"), encoding: .utf8)
        XCTAssertTrue(header.hasPrefix("{\"inputs\":\""), "an empty shard still says which share it is: \(header)")
        XCTAssertEqual(try CLI.run(["merge", path("s1.jsonl"), path("s2.jsonl"), path("s3.jsonl")]).status, 0)
        let other = try CLI.run(["assess", "Examples/datacite-rich.xml", "Examples/eml.xml", "--pack", "fsf-0.8", "--format", "jsonl",
                                 "--exit-zero", "--shard", "3/3", "-o", path("other.jsonl")])
        XCTAssertEqual(other.status, 0, other.stderr)
        let cases: [([String], String)] = [
            (["s1.jsonl", "s3.jsonl"], "missing shard 2/3"),
            (["s1.jsonl", "s2.jsonl", "s2.jsonl", "s3.jsonl"], "shard 2/3 is given twice"),
            (["s1.jsonl", "s2.jsonl", "other.jsonl"], "different runs"),
        ]
        for (files, message) in cases {
            let merge = try CLI.run(["merge"] + files.map(path))
            XCTAssertEqual(merge.status, 2, "\(files): \(merge.stderr)")
            XCTAssertTrue(merge.stderr.contains("error: \(message)") || merge.stderr.contains(message), "\(files): \(merge.stderr)")
            XCTAssertEqual(merge.stderr.split(separator: "\n").count, 1, merge.stderr)
        }
    }

    func testJSONLinesAreOneResultPerRecordInInputOrderWhateverTheJobs() throws {
        let one = try CLI.run(["assess", "Examples/", "--format", "jsonl", "--exit-zero", "--exclude", "bad/**", "--jobs", "1"])
        let two = try CLI.run(["assess", "Examples/", "--format", "jsonl", "--exit-zero", "--exclude", "bad/**", "--jobs", "2"])
        XCTAssertEqual(one.stdout, two.stdout)
        let lines = one.stdout.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 10)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertNotNil(object?["unit"], String(line))
        }
    }

    func testSummaryFileAndBadShard() throws {
        let run = try CLI.run(["assess", "Examples/datacite-rich.xml", "--quiet", "--summary", path("summary.json")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("summary.json")))) as? [String: Any]
        XCTAssertEqual(summary?["records"] as? Int, 1)
        let bad = try CLI.run(["assess", "Examples/datacite-rich.xml", "--shard", "5/4"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--shard"), bad.stderr)
    }

    func testBadgeIsAShieldsEndpoint() throws {
        let run = try CLI.run(["assess", "Examples/datacite-rich.xml", "--quiet", "--badge", path("badge.json")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let badge = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("badge.json")))) as? [String: Any]
        XCTAssertEqual(badge?["schemaVersion"] as? Int, 1)
        XCTAssertTrue((badge?["message"] as? String)?.hasSuffix("%") == true)
    }

    func testUnreadableInputFailsTheRunInEveryOutputMode() throws {
        for mode in [["--format", "jsonl"], ["--quiet"], ["--format", "json"]] {
            let run = try CLI.run(["assess", "Examples/datacite-rich.xml", path("missing.json")] + mode)
            XCTAssertEqual(run.status, 2, "\(mode): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("missing.json"), "\(mode): \(run.stderr)")
        }
    }

    func testMergeRejectsWhatIsNotShardOutput() throws {
        let result = try CLI.run(["merge", "Examples/datacite.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("error:"), result.stderr)
    }
}
