import FairifyMetrics
import XCTest

final class TextViewTests: XCTestCase {
    func testTextViewShowsReasonLocationAndRecipe() throws {
        let location = SourceLocation(file: "poor.jsonld", line: 1, column: 1)
        let record = Record(file: "poor.jsonld", format: .jsonLD, dialect: .schemaOrg, location: location, types: ["http://schema.org/Dataset"],
                            facts: [Fact(.title, "Poor", property: "http://schema.org/name", location: SourceLocation(file: "poor.jsonld", line: 3, column: 5)),
                                    Fact(.identifier, "http://example.org/x", property: "http://schema.org/identifier", location: SourceLocation(file: "poor.jsonld", line: 4, column: 5))],
                            vocabularies: ["http://schema.org/"])
        let assessment = RecordAssessment(record: RecordSummary(record), inputSHA256: "", packs: MetricEngine.assess(record: record, packs: [try MetricPack.builtIn("fsf-0.5")]))
        let text = AssessmentText(color: false).render(assessment)
        XCTAssertTrue(text.contains("FsF-F1-02D-1: no identifier is persistent"), text)
        XCTAssertTrue(text.contains("at poor.jsonld:4:5"), text)
        XCTAssertTrue(text.contains("fix: add-license"), text)
        XCTAssertTrue(text.contains("Not assessed offline"), text)
        XCTAssertFalse(text.contains("\u{1B}["), "no colour when off")
        if ProcessInfo.processInfo.environment["FAIRIFY_SHOW"] != nil { print(text); print(AssessmentText(color: false).summaryLine(assessment)) }
    }
}
