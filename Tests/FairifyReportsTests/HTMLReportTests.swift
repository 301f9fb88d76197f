import FairifyMetrics
import FairifyModel
@testable import FairifyReports
import XCTest

final class HTMLReportTests: XCTestCase {
    func testSingleRecordReportHasSummaryChartsNextStepsAndIndicatorTable() throws {
        let html = HTMLReport.render(ReportFixtures.single)
        let doc = try parse(html)
        XCTAssertEqual(doc.values("//h1"), ["FAIR assessment: Ocean <temperature> & salinity"])
        XCTAssertEqual(doc.count("//section[contains(@class,'legend')]"), 1)
        XCTAssertEqual(doc.count("//section[contains(@class,'record')]"), 1)
        XCTAssertEqual(doc.count("//svg"), 2, "radar and principle bars")
        XCTAssertEqual(doc.count("//table[contains(@class,'indicators')]/tbody/tr"), 7)
        XCTAssertTrue(doc.values("//h3").contains("What to do next"))
        let steps = doc.values("//ol[contains(@class,'next')]/li")
        XCTAssertEqual(steps.count, 4)
        XCTAssertTrue(steps[0].contains("FsF-R1.1-01M") && steps[0].contains("+2 points"), steps[0])
        XCTAssertTrue(doc.values("//code[contains(@class,'cmd')]").contains("fairify fix 'Examples/my data, v1.jsonld' --recipe license-spdx"))
        XCTAssertTrue(doc.values("//span[contains(@class,'status')]").contains("✘ Fail"), "status has an icon and a word, not only a colour")
        XCTAssertFalse(html.contains("Date"), "no date unless a timestamp is given")
        XCTAssertEqual(doc.count("//*[local-name()='temperature']"), 0, "input text is escaped")
    }

    func testPortfolioHasOverviewHistogramHeatMapAndLinkedSections() throws {
        let doc = try parse(HTMLReport.render(ReportFixtures.portfolio))
        XCTAssertEqual(doc.count("//section[@id='overview']"), 1)
        XCTAssertEqual(doc.count("//section[contains(@class,'record')]"), 4)
        XCTAssertEqual(doc.count("//section[@id='overview']//svg"), 1, "the histogram")
        XCTAssertEqual(doc.count("//table[contains(@class,'heat')]/tbody/tr"), 4)
        XCTAssertEqual(doc.count("//table[contains(@class,'heat')]/tbody/tr/td[contains(@class,'cell')]"), 28)
        XCTAssertTrue(doc.values("//h3").contains("Weakest indicators"))
        XCTAssertTrue(doc.values("//section[contains(@class,'errors')]//li").first?.contains("Examples/bad.json:3:7") == true)
        let targets = doc.values("//a/@href").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        XCTAssertGreaterThan(targets.count, 8)
        let ids = Set(doc.values("//@id"))
        XCTAssertEqual(targets.filter { !ids.contains($0) }, [], "every link lands inside the file")
    }

    func testComparisonShowsChangePerIndicatorAndPrinciple() throws {
        var after = ReportFixtures.single
        after.assessments[0] = ReportFixtures.record("Examples/my data, v1.jsonld", title: "Ocean", quality: 0.9)
        let doc = try parse(HTMLReport.compare(ReportComparison(before: ReportFixtures.single, after: after)))
        XCTAssertEqual(doc.count("//table[contains(@class,'changes')]/tbody/tr"), 7)
        XCTAssertEqual(doc.count("//svg"), 1, "paired bars")
        let licence = try XCTUnwrap(doc.values("//table[contains(@class,'changes')]/tbody/tr").first { $0.contains("FsF-R1.1-01M") })
        XCTAssertTrue(licence.contains("▲ +2 points"), licence)
        XCTAssertTrue(doc.values("//div[contains(@class,'card')]").contains { $0.contains("Points gained") && $0.contains("+4") })
    }

    func testComparisonPairsRecordsByFileAndIndex() {
        var after = ReportFixtures.portfolio
        after.assessments.removeLast()
        let comparison = ReportComparison(before: ReportFixtures.portfolio, after: after)
        XCTAssertEqual(comparison.pairs.count, 3)
        XCTAssertEqual(comparison.unmatched.map(\.index), [1])
    }

    func testEveryReportIsSelfContained() throws {
        var after = ReportFixtures.single
        after.timestamp = "2026-01-02T03:04:05Z"
        let pages = [HTMLReport.render(ReportFixtures.single), HTMLReport.render(ReportFixtures.portfolio),
                     HTMLReport.compare(ReportComparison(before: ReportFixtures.single, after: after))]
        for html in pages {
            let doc = try parse(html)
            let references = doc.values("//@src | //@href | //@*[local-name()='href'] | //@action | //@poster")
            XCTAssertEqual(references.filter { !$0.hasPrefix("#") && !$0.hasPrefix("data:") }, [])
            XCTAssertEqual(doc.count("//script | //link | //iframe | //object | //embed | //img"), 0)
            XCTAssertFalse(html.contains("@import") || html.contains("url("), "CSS fetches nothing")
            XCTAssertTrue(html.contains("@media print"))
            for svg in svgs(in: html) { XCTAssertNotNil(ParsedDocument(svg, html: false), "each chart is well-formed SVG") }
        }
    }

    func testRenderingIsDeterministicAndDatesOnlyWhenGiven() throws {
        XCTAssertEqual(HTMLReport.render(ReportFixtures.portfolio), HTMLReport.render(ReportFixtures.portfolio))
        var stamped = ReportFixtures.single
        stamped.timestamp = "2026-01-02T03:04:05Z"
        let doc = try parse(HTMLReport.render(stamped, title: "Quarterly \"<FAIR>\" review"))
        XCTAssertEqual(doc.values("//h1"), ["Quarterly \"<FAIR>\" review"])
        XCTAssertEqual(doc.values("/html/head/title"), ["Quarterly \"<FAIR>\" review"])
        XCTAssertEqual(doc.count("//meta[@property or contains(@name, 'title')]"), 0, "no unescaped copies of the title")
        XCTAssertTrue(doc.values("//dl[contains(@class,'meta')]/dd").contains("2026-01-02T03:04:05Z"))
        XCTAssertTrue(doc.values("//dl[contains(@class,'meta')]/dd").contains("fsf-0.5 (version 0.5)"))
    }

    func parse(_ html: String) throws -> ParsedDocument {
        try XCTUnwrap(ParsedDocument(html, html: true), "libxml2 could not parse the report")
    }

    func svgs(in html: String) -> [String] {
        html.components(separatedBy: "<svg").dropFirst().compactMap { part in
            part.range(of: "</svg>").map { "<svg" + part[..<$0.upperBound] }
        }
    }
}
