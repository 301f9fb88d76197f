import FairifyMetrics
import FairifyModel

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), one per indicator that fell short.
public enum GitHubAnnotations {
    public static func render(_ report: AssessmentReport) -> String {
        var lines: [String] = []
        for row in report.indicatorRows {
            guard let command = command(for: row.metric.status) else { continue }
            let location = row.location
            var properties = [("file", location.file)]
            if location.line > 0 { properties.append(("line", String(location.line))) }
            if location.column > 0 { properties.append(("col", String(location.column))) }
            properties.append(("title", "\(row.metric.id) \(row.metric.name)"))
            let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
            lines.append("::\(command) \(list)::\(escapeData(message(row)))")
        }
        for error in report.errors {
            var properties: [String] = []
            if let location = error.location {
                properties.append("file=\(escapeProperty(location.file))")
                if location.line > 0 { properties.append("line=\(location.line)") }
                if location.column > 0 { properties.append("col=\(location.column)") }
            }
            let list = properties.isEmpty ? "" : " " + properties.joined(separator: ",")
            lines.append("::error\(list)::\(escapeData(error.message))")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func command(for status: ResultStatus) -> String? {
        switch status {
        case .fail, .error: return "error"
        case .partial: return "warning"
        case .needsAttestation: return "notice"
        case .pass, .notAssessed: return nil
        }
    }

    static func message(_ row: IndicatorRow) -> String {
        var text = "\(row.metric.status.label) (\(points(row.metric.earned))/\(points(row.metric.total)) points, \(row.pack.packID)): \(row.explanation)"
        if let recipe = row.recipes.first {
            text += "\nFix: " + fixCommand(file: row.record.file, recipe: recipe)
        }
        return text
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
