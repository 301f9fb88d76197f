import FairifyFormats
import FairifyMetrics
import FairifyModel
import Foundation
import XCTest

/// `BatchLine.jsonLine()` must give exactly the bytes of the Codable form that JSON Lines
/// output used before (JSONEncoder, sorted keys, unescaped slashes, then a newline).
final class BatchLineJSONTests: XCTestCase {
    private func codable(_ line: BatchLine) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(line)) + [0x0A]
    }

    private func assertSameBytes(_ line: BatchLine, _ label: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        let direct = line.jsonLine(), expected = try codable(line)
        if direct != expected {
            let at = zip(direct, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(direct.count, expected.count)
            let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self) }
            XCTFail("\(label): differs at byte \(at)\n  direct: \(context(direct))\n  codable: \(context(expected))", file: file, line: lineNumber)
        }
    }

    func testEveryExampleWithEveryPack() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
        let run = AssessmentRun(engine: MetricEngine(packs: try MetricPack.builtIn()))
        let files = (FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String } ?? []).sorted()
        var compared = 0
        for (unit, name) in files.enumerated() {
            let path = examples.appendingPathComponent(name).path
            guard let assessments = try? run.assess(path: path) else { continue }
            for (record, assessment) in assessments.enumerated() {
                try assertSameBytes(BatchLine(unit: unit, record: record, assessment: assessment), name)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 15)
    }

    func testEscapesNumbersOptionalsAndErrors() throws {
        let location = SourceLocation(file: "dir/a \"b\"\\c\té\u{1}\u{1F}\u{7F}\u{2028}😀.json", line: 3, column: 7, path: "/a/0")
        var test = TestResult(id: "T-1", name: "quote \" slash / back \\ nl \n cr \r bs \u{8} ff \u{C}", status: .pass,
                              earned: 1.0 / 3, total: 0.5, maturity: nil, reason: "r",
                              evidence: [Evidence("m", value: "v", location: location), Evidence("bare")], recipes: ["add-license"])
        test.attestation = Attestation(status: .partial, justification: "j", evidenceURL: "https://x.org/a", by: "me", date: "2026-01-01")
        let plain = TestResult(id: "T-2", name: "n", status: .notAssessed, earned: 0, total: 1e-7, reason: "")
        let metric = MetricResult(id: "M", principle: "F1", name: "m", target: "metadata", status: .partial, earned: 1e20, total: 2,
                                  maturity: 3, priority: "Essential", tests: [test, plain], recipes: ["a", "b"], assessableTotal: 0.30000000000000004,
                                  ignored: "because")
        let bare = MetricResult(id: "N", principle: "R1.1", name: "n", target: "data", status: .fail, earned: 0, total: 1,
                                maturity: 0, tests: [], recipes: [])
        let pack = PackAssessment(packID: "p", packName: "P", packVersion: "1", metrics: [metric, bare],
                                  principles: [ScoreSummary(key: "F1", earned: 1, total: 2, assessableTotal: 2, maturity: 1)],
                                  areas: [], total: ScoreSummary(key: "FAIR", earned: 1.5, total: 100, assessableTotal: 3, maturity: 2, maturityScore: 1.75),
                                  levels: ["measured F": 1, "F": 2, "A": 0, "RDA-x10": 3, "RDA-x9": 4, "b": 5, "B": 6])
        let summary = RecordSummary(file: location.file, index: 2, label: "L", title: nil, format: .jsonLD, dialect: .schemaOrg, location: location)
        try assertSameBytes(BatchLine(unit: 4, record: 1, assessment: RecordAssessment(record: summary, inputSHA256: "", packs: [pack, pack])), "synthetic")
        try assertSameBytes(BatchLine(unit: 0, record: 0, error: .error("bad \"x\"", at: location, code: "syntax")), "error")
        try assertSameBytes(BatchLine(unit: 1, record: 0, error: Diagnostic(.warning, "no location")), "bare error")
        try assertSameBytes(BatchLine(unit: 9, record: 9), "empty")
        for value in [0, -0.0, 1, -3, 0.5, 2.0 / 3, 1e14, 1e15 - 1, 1e15, 1e16, 123_456_789, 1e-300, -1.25, 999_999.5] {
            let summaryOnly = PackAssessment(packID: "p", packName: "P", packVersion: "1", metrics: [], principles: [], areas: [],
                                             total: ScoreSummary(key: "FAIR", earned: value, total: -value, assessableTotal: value * 7))
            let assessed = RecordAssessment(record: summary, inputSHA256: "x", packs: [summaryOnly])
            try assertSameBytes(BatchLine(unit: Int.max, record: -12, assessment: assessed), "number \(value)")
        }
    }
}
