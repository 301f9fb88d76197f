import FairifyMetrics
import FairifyModel

/// GitHub-flavoured Markdown for pull-request comments and `$GITHUB_STEP_SUMMARY`.
public enum MarkdownReport {
    /// GitHub refuses comments over 65,536 characters; past these counts the rest is summarised.
    static let maxTableRows = 100
    static let maxDetailedRecords = 10

    public static func render(_ report: AssessmentReport) -> String {
        var out = ["## FAIR assessment", ""]
        out.append(summaryLine(report))
        out.append("")
        out += scoreTable(report)
        let needingWork = report.assessments.filter { !$0.nextSteps.isEmpty }
        for assessment in needingWork.prefix(maxDetailedRecords) {
            out += nextSteps(assessment)
        }
        if needingWork.count > maxDetailedRecords {
            out += ["", "_\(needingWork.count - maxDetailedRecords) more records need work; `fairify report` writes them all to one HTML page._"]
        }
        if !report.errors.isEmpty {
            out += ["", "### Inputs that could not be read", ""]
            out += report.errors.map { "- `\(code($0.description))`" }
        }
        out += ["", "_Status: ✔ pass · ◐ partial · ✘ fail · – not assessed (needs the network or the data files) · ? needs a steward's attestation._"]
        return out.joined(separator: "\n") + "\n"
    }

    static func summaryLine(_ report: AssessmentReport) -> String {
        let records = report.assessments.count
        var text = "\(records) record\(records == 1 ? "" : "s") assessed by \(report.tool) \(report.toolVersion)"
        if let timestamp = report.timestamp { text += " on \(timestamp)" }
        if !report.errors.isEmpty { text += "; \(report.errors.count) input\(report.errors.count == 1 ? "" : "s") could not be read" }
        return text + "."
    }

    static func scoreTable(_ report: AssessmentReport) -> [String] {
        var rows = ["| Record | Pack | Score | F | A | I | R | Failed |", "|---|---|---:|---:|---:|---:|---:|---:|"]
        let shown = report.assessments.prefix(maxTableRows)
        for assessment in shown {
            for pack in assessment.packs {
                let areas = ["F", "A", "I", "R"].map { key in pack.areas.first { $0.key == key }.map { percent($0.score) } ?? "–" }
                let failed = pack.metrics.filter { $0.status.isShortfall }.count
                let record = "\(cell(assessment.displayName))<br>`\(code(assessment.record.file))`"
                rows.append("| \(record) | \(cell(packLabel(pack))) | **\(percent(pack.total.score))** | "
                    + areas.joined(separator: " | ") + " | \(failed) |")
            }
        }
        if report.assessments.count > shown.count {
            rows += ["", "_… and \(report.assessments.count - shown.count) more records._"]
        }
        return rows
    }

    /// "fsf-0.5", or "rda-fdmm v1.0" when the id does not already carry the version.
    static func packLabel(_ pack: PackAssessment) -> String {
        pack.packID.hasSuffix(pack.packVersion) ? pack.packID : "\(pack.packID) v\(pack.packVersion)"
    }

    static func nextSteps(_ assessment: RecordAssessment) -> [String] {
        var out = ["", "<details><summary>What to do next: \(html(assessment.displayName))</summary>", ""]
        out.append("| | Indicator | Gain | Why | Fix |")
        out.append("|---|---|---:|---|---|")
        for row in assessment.nextSteps {
            let fixes = row.recipes.map { "`\(code(fixCommand(file: row.record.file, recipe: $0)))`" }.joined(separator: "<br>")
            out.append("| \(row.metric.status.icon) | **\(cell(row.metric.id))** \(cell(row.metric.name)) | +\(points(row.missingPoints)) | "
                + "\(cell(row.explanation)) (`\(code(row.location.description))`) | \(fixes.isEmpty ? "–" : fixes) |")
        }
        out += ["", "</details>"]
        return out
    }

    /// Table cells: one line, no pipes, no raw HTML.
    static func cell(_ text: String) -> String {
        html(text).replacingOccurrences(of: "|", with: "\\|").replacingNewlines(with: " ")
    }

    /// Inside backticks only a backtick or pipe can break out; swap them for look-alikes.
    static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "¦").replacingNewlines(with: " ")
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension String {
    func replacingNewlines(with separator: String) -> String {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: separator)
    }
}
