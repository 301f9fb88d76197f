import FairifyMetrics
import FairifyModel

/// JUnit XML: a test suite per record, a test case per indicator.
/// Failures and partial passes fail; not-assessed and needs-attestation are skipped.
public enum JUnitReport {
    public static func render(_ report: AssessmentReport) -> String {
        let suites = report.assessments.map(suite)
        let rows = report.indicatorRows
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += "<testsuites name=\"fairify\" tests=\"\(rows.count + report.errors.count)\" failures=\"\(count(rows, [.fail, .partial]))\" "
            + "errors=\"\(count(rows, [.error]) + report.errors.count)\" skipped=\"\(count(rows, [.notAssessed, .needsAttestation]))\">\n"
        out += suites.joined()
        if !report.errors.isEmpty { out += unreadable(report.errors) }
        return out + "</testsuites>\n"
    }

    /// Inputs that could not be read are errors of their own suite.
    static func unreadable(_ errors: [Diagnostic]) -> String {
        var out = "  <testsuite name=\"unreadable inputs\" tests=\"\(errors.count)\" failures=\"0\" errors=\"\(errors.count)\" skipped=\"0\">\n"
        for error in errors {
            let file = error.location?.file ?? "input"
            out += "    <testcase classname=\"fairify.input\" name=\"\(XMLText.attribute("read " + file))\" file=\"\(XMLText.attribute(file))\">\n"
            out += "      <error type=\"unreadable\" message=\"\(XMLText.attribute(error.description))\"/>\n    </testcase>\n"
        }
        return out + "  </testsuite>\n"
    }

    static func count(_ rows: [IndicatorRow], _ statuses: Set<ResultStatus>) -> Int {
        rows.filter { statuses.contains($0.metric.status) }.count
    }

    static func suite(_ assessment: RecordAssessment) -> String {
        let rows = assessment.packs.flatMap { pack in pack.metrics.map { IndicatorRow(record: assessment.record, pack: pack, metric: $0) } }
        let name = "\(assessment.record.file)#\(assessment.record.index) \(assessment.record.label)"
        var out = "  <testsuite name=\"\(XMLText.attribute(name))\" tests=\"\(rows.count)\" failures=\"\(count(rows, [.fail, .partial]))\" "
            + "errors=\"\(count(rows, [.error]))\" skipped=\"\(count(rows, [.notAssessed, .needsAttestation]))\">\n"
        out += rows.map(testCase).joined()
        return out + "  </testsuite>\n"
    }

    static func testCase(_ row: IndicatorRow) -> String {
        let classname = "\(row.pack.packID).\(row.metric.principle)"
        let name = "\(row.metric.id) \(row.metric.name) [\(row.record.file)#\(row.record.index)]"
        let open = "    <testcase classname=\"\(XMLText.attribute(classname))\" name=\"\(XMLText.attribute(name))\" file=\"\(XMLText.attribute(row.record.file))\""
        let message = XMLText.attribute("\(row.metric.status.label): \(points(row.metric.earned))/\(points(row.metric.total)) points. \(row.explanation)")
        let detail = XMLText.escape(details(row))
        switch row.metric.status {
        case .pass:
            return open + "/>\n"
        case .fail, .partial:
            return open + ">\n      <failure type=\"\(row.metric.status.rawValue)\" message=\"\(message)\">\(detail)</failure>\n    </testcase>\n"
        case .error:
            return open + ">\n      <error type=\"error\" message=\"\(message)\">\(detail)</error>\n    </testcase>\n"
        case .notAssessed, .needsAttestation:
            return open + ">\n      <skipped message=\"\(message)\"/>\n    </testcase>\n"
        }
    }

    static func details(_ row: IndicatorRow) -> String {
        var lines = ["at \(row.location)"]
        for test in row.metric.tests where test.status != .pass {
            lines.append("\(test.id) \(test.status.rawValue): \(test.reason)")
        }
        lines += row.recipes.map { "fix: " + fixCommand(file: row.record.file, recipe: $0) }
        return lines.joined(separator: "\n")
    }
}
