import Foundation
import XCTest

/// Framework packs and attestations end to end: assess --attest, metrics, explain.
final class AttestAssessTests: XCTestCase {
    private func temporaryFile(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-attest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func packs(_ report: [String: Any]) -> [[String: Any]] {
        ((report["assessments"] as? [[String: Any]])?.first?["packs"] as? [[String: Any]]) ?? []
    }

    func testAttestedResultsCountButStayApart() throws {
        let answers = try temporaryFile("answers.yaml", """
        attestations:
          RDA-A2-01M: {status: pass, justification: tombstone pages are kept, by: Ann, date: "2026-11-20"}
          RDA-F1-01M: {status: fail, justification: measured anyway}
        """)
        let plain = try CLI.run(["assess", "--pack", "rda-fdmm", "--format", "json", "Examples/datacite-rich.xml"])
        let attested = try CLI.run(["assess", "--pack", "rda-fdmm", "--format", "json", "--attest", answers, "Examples/datacite-rich.xml"])
        XCTAssertEqual(attested.status, 0, attested.stderr)
        XCTAssertTrue(attested.stderr.contains("answer for 'RDA-F1-01M' not used"), attested.stderr)

        let before = try XCTUnwrap(packs(json(plain.stdout)).first)
        let after = try XCTUnwrap(packs(json(attested.stdout)).first)
        let metric = try XCTUnwrap((after["metrics"] as? [[String: Any]])?.first { $0["id"] as? String == "RDA-A2-01M" })
        XCTAssertEqual(metric["status"] as? String, "pass")
        let test = try XCTUnwrap((metric["tests"] as? [[String: Any]])?.first)
        XCTAssertEqual((test["attestation"] as? [String: Any])?["by"] as? String, "Ann")

        let levelsBefore = try XCTUnwrap(before["levels"] as? [String: Int])
        let levelsAfter = try XCTUnwrap(after["levels"] as? [String: Int])
        XCTAssertNil(levelsBefore["measured A"])
        XCTAssertEqual(levelsAfter["measured A"], levelsBefore["A"])
        let earned = { (pack: [String: Any]) in (pack["total"] as? [String: Any])?["earned"] as? Double ?? -1 }
        XCTAssertEqual(earned(after), earned(before) + 1)
    }

    func testTextViewShowsLevelsAndStewardSections() throws {
        let result = try CLI.run(["assess", "--pack", "rda-fdmm,fairplus-dsm,gen2", "Examples/datacite-rich.xml"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("RDA maturity level per area (0-5): F "), result.stdout)
        XCTAssertTrue(result.stdout.contains("DSM level: "))
        XCTAssertTrue(result.stdout.contains("% complete"))
        XCTAssertTrue(result.stdout.contains("Waiting for a steward"))
        XCTAssertTrue(result.stdout.contains("Gen2_MI_F1A"))
    }

    func testBadAnswersFileIsAnInputError() throws {
        let answers = try temporaryFile("answers.yaml", "RDA-A2-01M:\n  status: perhaps\n  justification: j\n")
        let result = try CLI.run(["assess", "--pack", "rda-fdmm", "--attest", answers, "Examples/datacite-rich.xml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("answers.yaml:2:11: error: status 'perhaps'"), result.stderr)
    }

    func testInlineAttestationsInTheConfig() throws {
        let config = try temporaryFile(".fairify.yml", """
        packs: rda-fdmm
        attestations:
          RDA-R1.3-01D: {status: partial, justification: half the tables follow the standard}
        """)
        let result = try CLI.run(["assess", "--config", config, "--format", "json", "Examples/datacite-rich.xml"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let metric = (packs(try json(result.stdout)).first?["metrics"] as? [[String: Any]])?.first { $0["id"] as? String == "RDA-R1.3-01D" }
        XCTAssertEqual(metric?["status"] as? String, "partial")
    }

    func testMetricsListsAll41RDAIndicatorsWithPriorities() throws {
        let result = try CLI.run(["metrics", "--pack", "rda-fdmm", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pack = try XCTUnwrap((try json(result.stdout)["packs"] as? [[String: Any]])?.first)
        let metrics = try XCTUnwrap(pack["metrics"] as? [[String: Any]])
        XCTAssertEqual(metrics.count, 41)
        XCTAssertTrue(metrics.allSatisfy { ["Essential", "Important", "Useful"].contains($0["priority"] as? String ?? "") })
    }

    func testExplainShowsOfflineEquivalentAndCounterparts() throws {
        let gen2 = try CLI.run(["explain", "Gen2_MI_F4"])
        XCTAssertTrue(gen2.stdout.contains("Offline equivalent:"), gen2.stdout)
        let dsm = try CLI.run(["explain", "RDA-F1-02D"])
        XCTAssertTrue(dsm.stdout.contains("Counterparts in other packs:"), dsm.stdout)
        XCTAssertTrue(dsm.stdout.contains("DSM-1-C0"), dsm.stdout)
        let attest = try CLI.run(["explain", "RDA-A2-01M"])
        XCTAssertTrue(attest.stdout.contains("a steward attests"), attest.stdout)
    }
}
