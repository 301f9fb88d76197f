import Foundation
import FairifyMetrics
import FairifyRecipes
import FairifyModel

/// One indicator result of one record under one pack: the unit every report lists.
public struct IndicatorRow: Sendable {
    public var record: RecordSummary
    public var pack: PackAssessment
    public var metric: MetricResult

    /// Points the record would gain by passing every test that was measured and not passed.
    public var missingPoints: Double {
        let fromTests = metric.tests.filter { $0.status.isShortfall }.reduce(0) { $0 + max($1.total - $1.earned, 0) }
        // Alternative tests (e.g. F-UJI's "any of" identifiers) can add up to more than the metric gives.
        return min(fromTests, max(metric.total - metric.earned, 0))
    }

    /// Where to point a reader: the first located evidence of a test that fell short, else the record.
    public var location: SourceLocation {
        let shortfalls = metric.tests.filter { $0.status.isShortfall }
        for test in shortfalls + metric.tests {
            if let located = test.evidence.compactMap(\.location).first(where: { $0.line > 0 }) { return located }
        }
        return record.location.file.isEmpty ? SourceLocation(file: record.file) : record.location
    }

    /// The reasons of the tests that fell short, or of all tests when none did.
    public var explanation: String {
        let shortfalls = metric.tests.filter { $0.status.isShortfall }
        let chosen = shortfalls.isEmpty ? metric.tests : shortfalls
        var seen = Set<String>()
        let reasons = chosen.map { $0.reason.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        let text = reasons.joined(separator: "; ")
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    /// Recipe ids of the metric and of its failing tests, without duplicates, in order of appearance.
    public var recipes: [String] {
        var seen = Set<String>()
        let all = metric.recipes + metric.tests.filter { $0.status.isShortfall }.flatMap(\.recipes)
        return all.filter { seen.insert($0).inserted }
    }
}

extension ResultStatus {
    /// Measured and not fully passed: what a steward can act on.
    public var isShortfall: Bool { self == .fail || self == .partial || self == .error }

    /// A word a manager understands.
    public var label: String {
        switch self {
        case .pass: return "Pass"
        case .partial: return "Partial"
        case .fail: return "Fail"
        case .notAssessed: return "Not assessed"
        case .needsAttestation: return "Needs attestation"
        case .error: return "Error"
        }
    }

    /// A shape as well as a colour, for readers who cannot tell the colours apart.
    public var icon: String {
        switch self {
        case .pass: return "✔"
        case .partial: return "◐"
        case .fail: return "✘"
        case .notAssessed: return "–"
        case .needsAttestation: return "?"
        case .error: return "!"
        }
    }
}

extension AssessmentReport {
    /// Every record × pack × metric, in report order.
    public var indicatorRows: [IndicatorRow] {
        assessments.flatMap { assessment in
            assessment.packs.flatMap { pack in
                pack.metrics.map { IndicatorRow(record: assessment.record, pack: pack, metric: $0) }
            }
        }
    }
}

extension RecordAssessment {
    /// The indicators that fell short, largest possible gain first; ties keep pack order.
    public var nextSteps: [IndicatorRow] {
        let rows = packs.flatMap { pack in pack.metrics.map { IndicatorRow(record: record, pack: pack, metric: $0) } }
        let shortfalls = rows.enumerated().filter { $0.element.metric.status.isShortfall || $0.element.missingPoints > 0 }
        return shortfalls.sorted { a, b in
            a.element.missingPoints != b.element.missingPoints ? a.element.missingPoints > b.element.missingPoints : a.offset < b.offset
        }.map(\.element)
    }

    /// A short human name: the title, else the label, else the file.
    public var displayName: String {
        if let title = record.title, !title.isEmpty { return title }
        return record.label.isEmpty ? record.file : record.label
    }
}

/// The exact command that applies a recipe to a file, quoted for a POSIX shell.
public func fixCommand(file: String, recipe: String) -> String {
    Recipe.fixCommand(file: file, recipe: recipe)
}


/// "72%": whole percents are what managers read.
func percent(_ share: Double) -> String {
    guard share.isFinite else { return "0%" }
    return "\(Int((share * 100).rounded()))%"
}

/// Points without a needless ".0".
func points(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    if value == value.rounded() { return String(Int(value)) }
    return String(format: "%.2f", value).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
}

/// "1 point", "2 points", "0.5 points".
func pointsPhrase(_ value: Double) -> String {
    "\(points(value)) point\(abs(value) == 1 ? "" : "s")"
}
