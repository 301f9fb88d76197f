import FairifyMetrics
import FairifyModel
import Foundation

/// A shields.io endpoint badge (https://shields.io/badges/endpoint-badge) for the overall score.
public enum Badge {
    struct Endpoint: Encodable {
        var schemaVersion = 1
        var label: String
        var message: String
        var color: String
    }

    /// The mean overall score of all records under the first pack each used; "no records" when empty.
    public static func json(_ report: AssessmentReport, label: String = "FAIR") -> String {
        let scores = report.assessments.compactMap { $0.packs.first?.total.score }
        let endpoint: Endpoint
        if scores.isEmpty {
            endpoint = Endpoint(label: label, message: "no records", color: "lightgrey")
        } else {
            let mean = scores.reduce(0, +) / Double(scores.count)
            endpoint = Endpoint(label: label, message: percent(mean), color: color(for: mean))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(endpoint)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func color(for score: Double) -> String {
        switch score {
        case 0.9...: return "brightgreen"
        case 0.75..<0.9: return "green"
        case 0.5..<0.75: return "yellow"
        case 0.25..<0.5: return "orange"
        default: return "red"
        }
    }
}
