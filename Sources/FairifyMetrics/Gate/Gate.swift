import FairifyModel

/// The CI gate: score thresholds (over assessable points) and indicators that must pass.
public struct Gate: Sendable {
    /// Minimum overall score, 0...1, over assessable points.
    public var minScore: Double?
    /// Minimum score per area or principle key ("F", "R1.1").
    public var minimums: [String: Double]
    /// Metric or test ids that must pass.
    public var required: [String]

    public init(minScore: Double? = nil, minimums: [String: Double] = [:], required: [String] = []) {
        self.minScore = minScore
        self.minimums = minimums
        self.required = required
    }

    public var isEmpty: Bool { minScore == nil && minimums.isEmpty && required.isEmpty }

    /// Why the record fails the gate, one line each; empty when it passes.
    public func failures(_ assessment: RecordAssessment) -> [String] {
        assessment.packs.flatMap { failures($0, label: assessment.record.label) }
    }

    private func failures(_ pack: PackAssessment, label: String) -> [String] {
        var lines: [String] = []
        if let minScore, pack.total.score < minScore {
            lines.append("\(label): \(pack.packID) score \(percent(pack.total.score)) is below the minimum \(percent(minScore))")
        }
        for (key, minimum) in minimums.sorted(by: { $0.key < $1.key }) {
            guard let summary = (pack.areas + pack.principles).first(where: { $0.key == key }) else { continue }
            if summary.score < minimum {
                lines.append("\(label): \(pack.packID) \(key) score \(percent(summary.score)) is below the minimum \(percent(minimum))")
            }
        }
        for id in required {
            if let metric = pack.metrics.first(where: { $0.id == id }), metric.status != .pass {
                lines.append("\(label): required metric \(id) is \(metric.status.rawValue)")
            }
            if let test = pack.metrics.flatMap(\.tests).first(where: { $0.id == id }), test.status != .pass {
                lines.append("\(label): required test \(id) is \(test.status.rawValue)")
            }
        }
        return lines
    }

    /// Required ids that no selected pack defines (a typo in CI config should not pass silently).
    public func unknownRequirements(in packs: [MetricPack]) -> [String] {
        required.filter { id in !packs.contains { pack in pack.metrics.contains { $0.id == id || $0.tests.contains { $0.id == id } } } }
    }

    /// Parses `F=0.8,R=0.6`.
    public static func parseMinimums(_ text: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, let value = Double(pieces[1]), (0...1).contains(value) else {
                throw Diagnostic.error("--min expects KEY=SCORE pairs with scores between 0 and 1, e.g. F=0.8,R=0.6; got '\(part)'")
            }
            result[pieces[0]] = value
        }
        return result
    }

    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
