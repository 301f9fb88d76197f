import FairifyMetrics
import FairifyModel
@testable import FairifyReports
import XCTest

final class CIFormatsTests: XCTestCase {
    func testUnknownFormatIsAUsageDiagnostic() {
        XCTAssertThrowsError(try CIFormats.render(ReportFixtures.single, format: "pdf")) { error in
            XCTAssertTrue((error as? Diagnostic)?.description.contains("unknown report format 'pdf'") == true)
        }
    }

    func testEveryFormatIsDeterministic() throws {
        for format in CIFormats.names {
            let first = try CIFormats.render(ReportFixtures.portfolio, format: format)
            XCTAssertEqual(first, try CIFormats.render(ReportFixtures.portfolio, format: format), format)
            XCTAssertFalse(first.isEmpty, format)
        }
    }

    func testMarkdownListsScoresFailuresAndFixCommands() throws {
        let text = try CIFormats.render(ReportFixtures.single, format: "markdown")
        XCTAssertTrue(text.contains("| Record | Pack | Score |"))
        XCTAssertTrue(text.contains("Ocean &lt;temperature&gt; &amp; salinity"))
        XCTAssertTrue(text.contains("`fairify fix 'Examples/my data, v1.jsonld' --recipe license-spdx`"))
        XCTAssertFalse(text.contains("no publisher | nothing"), "pipes inside cells must be escaped")
        let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("| ✘") || $0.hasPrefix("| ◐") }
        XCTAssertEqual(tableLines.count, 4, "three failures and one partial")
        XCTAssertTrue(tableLines[0].contains("FsF-R1.1-01M"), "largest gain first")
    }

    func testMarkdownStaysShortForLargePortfolios() throws {
        let many = AssessmentReport(toolVersion: "0.1.0", assessments: (0..<300).map { ReportFixtures.record("r\($0).json", title: "Record \($0)", quality: 0.2) })
        let text = try CIFormats.render(many, format: "markdown")
        XCTAssertLessThan(text.count, 65_536)
        XCTAssertTrue(text.contains("200 more records"))
        XCTAssertTrue(text.contains("290 more records need work"))
    }

    func testGitHubAnnotationsEscapeDataAndProperties() throws {
        let lines = try CIFormats.render(ReportFixtures.single, format: "github").split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("::error ") }.count, 3)
        XCTAssertEqual(lines.filter { $0.hasPrefix("::warning ") }.count, 1)
        XCTAssertEqual(lines.filter { $0.hasPrefix("::notice ") }.count, 1)
        let licence = try XCTUnwrap(lines.first { $0.contains("FsF-R1.1-01M") })
        XCTAssertTrue(licence.hasPrefix("::error file=Examples/my data%2C v1.jsonld,line=12,col=3,title=FsF-R1.1-01M Licence::"))
        XCTAssertTrue(licence.contains("free text: %2525 :: ,"), licence)
        XCTAssertTrue(licence.contains("%0AFix: fairify fix"))
        let partial = try XCTUnwrap(lines.first { $0.hasPrefix("::warning ") })
        XCTAssertTrue(partial.contains("title=FsF-F2-01M Descriptive core metadata%2C such as creator%2C title::"))
        XCTAssertTrue(partial.contains("No creator,%0Ano publisher"))
    }

    func testCSVHasOneQuotedRowPerRecordAndIndicator() throws {
        let text = try CIFormats.render(ReportFixtures.portfolio, format: "csv")
        XCTAssertTrue(text.hasSuffix("\r\n"))
        let rows = parseCSV(text)
        XCTAssertEqual(rows.count, 1 + 4 * 7)
        XCTAssertTrue(rows.allSatisfy { $0.count == CSVReport.header.count })
        XCTAssertEqual(rows[0][0], "file")
        let partial = try XCTUnwrap(rows.first { $0[5] == "FsF-F2-01M" })
        XCTAssertEqual(partial[8], "partial")
        XCTAssertEqual(partial[15], "No creator,\nno publisher | nothing.")
        XCTAssertTrue(rows.contains { $0[2] == "record 1" && $0[0] == "Examples/c.json" })
    }

    func testJUnitParsesWithOneCasePerRecordAndIndicator() throws {
        let xml = try CIFormats.render(ReportFixtures.portfolio, format: "junit")
        let doc = try XCTUnwrap(ParsedDocument(xml, html: false), "JUnit must be well-formed XML")
        XCTAssertEqual(doc.count("/testsuites/testsuite"), 5)
        XCTAssertEqual(doc.count("/testsuites/testsuite[@name!='unreadable inputs']//testcase"), 28)
        XCTAssertEqual(doc.values("/testsuites/@tests"), ["29"])
        XCTAssertEqual(doc.count("//testsuite[@name='unreadable inputs']/testcase/error[@type='unreadable']"), 1)
        XCTAssertEqual(doc.count("//testcase[starts-with(@name, 'FsF-A1-02M')]/skipped"), 4)
        XCTAssertEqual(doc.count("//testcase[starts-with(@name, 'RDA-R1-01M')]/skipped"), 4)
        XCTAssertEqual(doc.count("//testcase[starts-with(@name, 'FsF-F2-01M')]/failure[@type='partial']"), 4)
        XCTAssertEqual(doc.count("//testcase[starts-with(@name, 'FsF-I1-01M')][not(*)]"), 4)
        XCTAssertEqual(doc.values("/testsuites/@failures"), [String(doc.count("//failure"))])
        XCTAssertTrue(doc.values("/testsuites/testsuite/@name").contains("Examples/b.xml#0 record 0"))
        let partial = try XCTUnwrap(doc.values("//failure[@type='partial']/@message").first)
        XCTAssertTrue(partial.contains("No creator,\nno publisher"), "line breaks survive in attributes: \(partial)")
    }

    func testSARIFStructureLocationsAndFingerprints() throws {
        let text = try CIFormats.render(ReportFixtures.portfolio, format: "sarif")
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "fairify")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, 8, "seven indicators and unreadable input")
        XCTAssertTrue(text.contains("\"uri\" : \"Examples/bad.json\""))
        XCTAssertTrue(rules.allSatisfy { ($0["helpUri"] as? String)?.hasPrefix("https://") == true && $0["help"] != nil && $0["fullDescription"] != nil })
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["fairifyIndicator/v1"] }
        XCTAssertEqual(fingerprints.count, results.count)
        XCTAssertEqual(Set(fingerprints).count, fingerprints.count, "fingerprints must be distinct per rule, file and record")
        let licence = try XCTUnwrap(results.first { ($0["ruleId"] as? String) == "FsF-R1.1-01M" })
        let physical = try XCTUnwrap(((licence["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        XCTAssertEqual((physical["region"] as? [String: Any])?["startLine"] as? Int, 12)
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "Examples/b.xml")
        XCTAssertFalse(results.contains { ($0["ruleId"] as? String) == "FsF-A1-02M" }, "not-assessed is never reported as a finding")
    }

    func testSARIFValidatesAgainstTheSchema() throws {
        guard let shared = ReportFixtures.shared else { throw XCTSkip("../shared not present: SARIF schema validation skipped") }
        let schema = shared.appendingPathComponent("schemas/sarif/sarif-schema-2.1.0.json")
        guard FileManager.default.fileExists(atPath: schema.path) else { throw XCTSkip("../shared/schemas/sarif missing: skipped") }
        let sarif = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-\(UUID().uuidString).sarif")
        try CIFormats.render(ReportFixtures.portfolio, format: "sarif").write(to: sarif, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: sarif) }
        let result = try SchemaValidator.validate(instance: sarif, schema: schema)
        guard let result else { throw XCTSkip("python3 with jsonschema not available: SARIF schema validation skipped") }
        XCTAssertEqual(result, "", "SARIF schema errors:\n\(result)")
    }

    func testBadgeIsAShieldsEndpoint() throws {
        let json = Badge.json(ReportFixtures.single)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["schemaVersion"] as? Int, 1)
        XCTAssertEqual(object["label"] as? String, "FAIR")
        XCTAssertEqual(object["message"] as? String, "38%")
        XCTAssertEqual(object["color"] as? String, "orange")
        XCTAssertTrue(Badge.json(AssessmentReport(toolVersion: "0", assessments: [])).contains("no records"))
    }

    func testReportJSONRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(ReportFixtures.portfolio)
        let decoded = try JSONDecoder().decode(AssessmentReport.self, from: data)
        XCTAssertEqual(try CIFormats.render(decoded, format: "csv"), try CIFormats.render(ReportFixtures.portfolio, format: "csv"))
    }
}

/// RFC 4180 reader, only for checking the writer.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" { if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false } }
            else { field.unicodeScalars.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == "," { row.append(field); field = "" }
        else if c == "\r" { continue }
        else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
        else { field.unicodeScalars.append(c) }
    }
    return rows
}
