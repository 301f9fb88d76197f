/// Folds a steward's answers into measured results. Only tests the metadata cannot show
/// (`needs-attestation`) take an answer; a measured test keeps its measurement, and the answer
/// for it is reported as ignored. Attested tests keep their `attestation` so that every view
/// can show them apart from measured ones.
extension AttestationSet {
    public struct Outcome: Sendable {
        public var metrics: [MetricResult]
        /// Ids answered for indicators that were measured; their answers were not used.
        public var ignored: [String]
    }

    public func apply(to metrics: [MetricResult]) -> Outcome {
        var ignored: [String] = []
        let merged = metrics.map { metric -> MetricResult in
            let answered = metric.tests.contains { entries[$0.id] != nil } || entries[metric.id] != nil
            guard answered else { return metric }
            let open = metric.tests.contains { $0.status == .needsAttestation }
            if !open { ignored.append(metric.id) }
            return open ? attest(metric) : metric
        }
        return Outcome(metrics: merged, ignored: ignored)
    }

    private func attest(_ metric: MetricResult) -> MetricResult {
        var result = metric
        result.tests = metric.tests.map { test in
            guard test.status == .needsAttestation, let answer = entries[test.id] ?? entries[metric.id] else { return test }
            var test = test
            test.status = answer.status
            test.earned = Self.points(for: answer.status, of: test.total)
            test.reason = Self.reason(answer)
            test.attestation = answer
            test.evidence = answer.evidenceURL.map { [Evidence("attested evidence", value: $0)] } ?? []
            return test
        }
        return MetricRollup.rollUp(result)
    }

    static func points(for status: ResultStatus, of total: Double) -> Double {
        switch status {
        case .pass: return total
        case .partial: return total / 2
        default: return 0
        }
    }

    static func reason(_ answer: Attestation) -> String {
        var who = "attested"
        if let by = answer.by { who += " by \(by)" }
        if let date = answer.date { who += " on \(date)" }
        return "\(who): \(answer.justification)"
    }
}

extension MetricResult {
    /// True when any test's result comes from a steward's answer (or is implied by one).
    public var isAttested: Bool { tests.contains { $0.attestation != nil } }
}

/// Recomputes a metric's status, points and maturity from its tests after some changed.
enum MetricRollup {
    static func rollUp(_ metric: MetricResult) -> MetricResult {
        var result = metric
        result.earned = metric.tests.reduce(0) { $0 + $1.earned }
        result.maturity = metric.tests.filter { $0.status == .pass }.compactMap(\.maturity).max() ?? 0
        result.status = status(of: metric.tests.map(\.status))
        return result
    }

    static func status(of statuses: [ResultStatus]) -> ResultStatus {
        let decided = statuses.filter { $0 == .pass || $0 == .partial || $0 == .fail }
        if statuses.contains(.error) { return .error }
        if decided.isEmpty { return statuses.contains(.needsAttestation) ? .needsAttestation : .notAssessed }
        if decided.allSatisfy({ $0 == .pass }) && decided.count == statuses.count { return .pass }
        if decided.allSatisfy({ $0 == .fail }) { return .fail }
        return .partial
    }
}
