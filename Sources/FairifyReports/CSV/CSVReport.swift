import FairifyMetrics
import FairifyModel

/// One row per record × indicator, RFC 4180 (CRLF line ends, quotes doubled).
public enum CSVReport {
    static let header = [
        "file", "record_index", "record", "pack", "pack_version", "indicator", "principle", "name",
        "status", "earned", "total", "maturity", "missing_points", "location", "recipes", "reason",
    ]

    public static func render(_ report: AssessmentReport) -> String {
        var lines = [line(header)]
        for row in report.indicatorRows {
            lines.append(line([
                row.record.file, String(row.record.index), row.record.label, row.pack.packID, row.pack.packVersion,
                row.metric.id, row.metric.principle, row.metric.name, row.metric.status.rawValue,
                points(row.metric.earned), points(row.metric.total), String(row.metric.maturity),
                points(row.missingPoints), row.location.description, row.recipes.joined(separator: " "), row.explanation,
            ]))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
