import FairifyFormats
import FairifyModel
@testable import FairifyMetrics
import XCTest

/// The fast verdicts (`VerdictEvaluator`) and the explained ones (`CheckEvaluator`) must agree on
/// every check, nested parts included: a report shows the explanation of the stored verdict.
final class VerdictAgreementTests: XCTestCase {
    func testVerdictsAgreeOnExamplesAndPackExamples() throws {
        let packs = try MetricPack.builtIn()
        var records = try Self.exampleRecords()
        for metric in packs.flatMap(\.metrics) {
            for example in metric.examples {
                records += (try? MetadataReader.read(bytes: Array(example.document.utf8), name: example.fileName).records) ?? []
            }
        }
        XCTAssertGreaterThan(records.count, 50)
        var compared = 0
        for record in records {
            let context = RecordContext(record)
            var fast = VerdictEvaluator(context)
            let explained = CheckEvaluator(context)
            for check in packs.flatMap(\.metrics).flatMap(\.tests).map(\.check).flatMap(Self.parts) {
                XCTAssertEqual(fast.verdict(check), explained.evaluate(check).verdict, "\(record.file) \(check)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 10_000)
    }

    func testDeferredExplanationMatchesTheEagerOne() throws {
        let record = try XCTUnwrap(Self.exampleRecords().first { $0.file.hasSuffix("datacite-rich.xml") })
        let assessed = MetricEngine(packs: [try MetricPack.builtIn("fsf-0.5")]).assess(record)[0]
        let context = RecordContext(record)
        for (metric, definition) in zip(assessed.metrics, try MetricPack.builtIn("fsf-0.5").metrics) {
            for (test, testDefinition) in zip(metric.tests, definition.tests) {
                let outcome = CheckEvaluator(context).evaluate(testDefinition.check)
                let hint = test.status == .fail ? testDefinition.hint.map { ". " + $0 } ?? "" : ""
                XCTAssertEqual(test.reason, outcome.reason + hint, test.id)
                XCTAssertEqual(test.evidence, outcome.evidence, test.id)
            }
        }
    }

    func testSettingTheReasonKeepsTheEvidence() throws {
        let record = try XCTUnwrap(Self.exampleRecords().first)
        var test = MetricEngine(packs: [try MetricPack.builtIn("fsf-0.5")]).assess(record)[0].metrics[0].tests[0]
        let evidence = test.evidence
        test.reason = "changed"
        XCTAssertEqual(test.reason, "changed")
        XCTAssertEqual(test.evidence, evidence)
    }

    func testLinkDetectionMatchesASubstringSearch() {
        for text in ["http://x", "file:///a", "a:/b//c", "::/", ":/:/", "x://", "://", "a:b", "", "é://", "data.csv", "a/b:/c"] {
            XCTAssertEqual(LocalFileInspector.isLink(text), text.contains("://"), text)
        }
    }

    private static func parts(_ check: Check) -> [Check] {
        switch check {
        case .allOf(let checks), .anyOf(let checks): return [check] + checks.flatMap(parts)
        case .not(let inner): return [check] + parts(inner)
        default: return [check]
        }
    }

    private static func exampleRecords() throws -> [Record] {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        let files = FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String } ?? []
        return files.sorted().flatMap { name -> [Record] in
            let path = examples.appendingPathComponent(name).path
            return (try? MetadataReader.read(path: path).records) ?? []
        }
    }
}
