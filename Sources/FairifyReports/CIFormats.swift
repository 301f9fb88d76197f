import FairifyMetrics
import FairifyModel

/// The machine formats `fairify assess --format X` and `fairify report` print.
public enum CIFormats {
    public static let names = ["markdown", "sarif", "junit", "github", "csv"]

    /// Renders a report in one of `names`; an unknown name is a usage error (a `Diagnostic`).
    public static func render(_ report: AssessmentReport, format: String) throws -> String {
        switch format.lowercased() {
        case "markdown", "md": return MarkdownReport.render(report)
        case "sarif": return try SARIFReport.render(report)
        case "junit": return JUnitReport.render(report)
        case "github": return GitHubAnnotations.render(report)
        case "csv": return CSVReport.render(report)
        default:
            throw Diagnostic.error("unknown report format '\(format)' (expected one of: \(names.joined(separator: ", ")))", code: "usage")
        }
    }
}
