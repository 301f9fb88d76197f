import FairifyFormats
import FairifyMetrics
import FairifyModel
import Foundation
import XCTest

/// `AssessmentReport.jsonBytes()` must give exactly what JSONEncoder gave for `--format json`.
final class AssessmentReportJSONTests: XCTestCase {
    private func codable(_ report: AssessmentReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(report)) + [0x0A]
    }

    private func assertSameBytes(_ report: AssessmentReport, _ label: String) throws {
        let direct = report.jsonBytes(), expected = try codable(report)
        guard direct != expected else { return }
        let at = zip(direct, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(direct.count, expected.count)
        let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 120)..<min(bytes.count, at + 80)], as: UTF8.self) }
        XCTFail("\(label): differs at byte \(at)\n  direct: \(context(direct))\n  codable: \(context(expected))")
    }

    func testExamplesWithEveryPack() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
        let run = AssessmentRun(engine: MetricEngine(packs: try MetricPack.builtIn()))
        let files = (FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String } ?? []).sorted()
        var assessments: [RecordAssessment] = [], errors: [Diagnostic] = []
        for name in files {
            do { assessments += try run.assess(path: examples.appendingPathComponent(name).path) } catch let error as Diagnostic { errors.append(error) }
        }
        XCTAssertGreaterThan(assessments.count, 15)
        try assertSameBytes(AssessmentReport(toolVersion: "1.2.3", assessments: assessments, errors: errors), "examples")
    }

    func testEmptyAndStampedReports() throws {
        try assertSameBytes(AssessmentReport(toolVersion: "0", assessments: []), "empty")
        let error = Diagnostic.error("bad \"x\"\n", at: SourceLocation(file: "a/b.json", line: 2, column: 3, path: "/x"), code: "syntax")
        try assertSameBytes(AssessmentReport(toolVersion: "0", timestamp: "2026-11-22T08:00:00Z", assessments: [], errors: [error, Diagnostic(.note, "n")]), "stamped")
    }
}
