import FairifyFormats
import FairifyMetrics
import FairifyModel
@testable import FairifyReports
import XCTest

/// Reports of real assessments of the project's examples, checked as a user or a CI server sees them.
final class EndToEndReportTests: XCTestCase {
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
    }

    func assessExamples() throws -> AssessmentReport {
        let run = AssessmentRun(engine: MetricEngine(packs: [try MetricPack.builtIn("fsf-0.5")]))
        let names = ["datacite-rich.xml", "datacite-minimal.xml", "CITATION.cff"]
        let assessments = try names.flatMap { try run.assess(path: Self.examples.appendingPathComponent($0).path) }
        XCTAssertEqual(assessments.count, 3)
        return AssessmentReport(toolVersion: FairifyVersion.current, assessments: assessments)
    }

    func testPortfolioOfExamplesIsSelfContainedWithCharts() throws {
        let html = HTMLReport.render(try assessExamples())
        let doc = try XCTUnwrap(ParsedDocument(html, html: true))
        XCTAssertEqual(doc.count("//section[contains(@class,'record')]"), 3)
        XCTAssertEqual(doc.count("//svg"), 1 + 3 * 2, "histogram, then radar and bars per record")
        XCTAssertGreaterThan(doc.count("//code[contains(@class,'cmd')]"), 0)
        XCTAssertEqual(doc.values("//@src | //@href").filter { !$0.hasPrefix("#") && !$0.hasPrefix("data:") }, [])
    }

    func testSARIFOfExamplesValidates() throws {
        guard let shared = ReportFixtures.shared else { throw XCTSkip("../shared not present: SARIF schema validation skipped") }
        let schema = shared.appendingPathComponent("schemas/sarif/sarif-schema-2.1.0.json")
        guard FileManager.default.fileExists(atPath: schema.path) else { throw XCTSkip("../shared/schemas/sarif missing: skipped") }
        let sarif = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-\(UUID().uuidString).sarif")
        try CIFormats.render(try assessExamples(), format: "sarif").write(to: sarif, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: sarif) }
        guard let errors = try SchemaValidator.validate(instance: sarif, schema: schema) else {
            throw XCTSkip("python3 with jsonschema not available: SARIF schema validation skipped")
        }
        XCTAssertEqual(errors, "")
    }

    func testJUnitOfExamplesHasACasePerRecordAndIndicator() throws {
        let report = try assessExamples()
        let doc = try XCTUnwrap(ParsedDocument(try CIFormats.render(report, format: "junit"), html: false))
        XCTAssertEqual(doc.count("//testcase"), report.assessments.reduce(0) { $0 + $1.packs.reduce(0) { $0 + $1.metrics.count } })
    }
}
