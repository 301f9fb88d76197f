import Yams

/// The level schemes a pack can name (`levels: rda` / `levels: dsm` in its YAML). The engine
/// calls `finish` once a pack's results are in, after attestations were merged: it may adjust
/// results (the DSM cascade) and returns the `PackAssessment.levels` entries. When any result
/// is attested, the same levels computed from measured results alone are added under
/// `measured <name>`, so attested answers never hide what the machine could show.
public enum FrameworkLevels {
    public enum Scheme: String, CaseIterable, Sendable {
        case rda, dsm

        /// The pack field `levels:`; nil when absent.
        static func parse(_ text: String?, node: Node?, file: String) throws -> Scheme? {
            guard let text else { return nil }
            guard let scheme = Scheme(rawValue: text) else {
                let location = SourceLocation(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0)
                throw Diagnostic.error("unknown levels scheme '\(text)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")))", at: location)
            }
            return scheme
        }
    }

    public static func finish(scheme: Scheme, metrics: [MetricResult]) -> (metrics: [MetricResult], levels: [String: Int]) {
        let adjusted = scheme == .dsm ? DSMMaturity.applyCascade(metrics) : metrics
        var levels = compute(scheme, adjusted)
        if metrics.contains(where: \.isAttested) {
            let measuredOnly = metrics.map(withoutAttestation)
            let measured = compute(scheme, scheme == .dsm ? DSMMaturity.applyCascade(measuredOnly) : measuredOnly)
            for (key, value) in measured { levels["measured \(key)"] = value }
        }
        return (adjusted, levels)
    }

    private static func compute(_ scheme: Scheme, _ metrics: [MetricResult]) -> [String: Int] {
        switch scheme {
        case .rda: return RDAMaturity.levels(metrics)
        case .dsm: return DSMMaturity.levels(metrics)
        }
    }

    /// The result as if nobody had answered: attested metrics count as open.
    static func withoutAttestation(_ metric: MetricResult) -> MetricResult {
        guard metric.isAttested else { return metric }
        var open = metric
        open.status = .needsAttestation
        return open
    }
}
