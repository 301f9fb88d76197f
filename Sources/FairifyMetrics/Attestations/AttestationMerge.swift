/// Folds a steward's answers into results. Only tests left open (`needs-attestation`, or
/// `not-assessed` because they need the network) take an answer; a measured pass or fail keeps
/// its measurement. Attested tests keep their `attestation`, so every view can show them apart.
extension AttestationSet {
    /// The tests of one metric with answers given by test id, else by the metric's id.
    public func attest(_ tests: [TestResult], metricID: String) -> [TestResult] {
        guard !entries.isEmpty else { return tests }
        return tests.map { test in
            guard test.status.isOpen, let answer = entries[test.id] ?? entries[metricID] else { return test }
            var test = test
            test.status = answer.status
            test.earned = Self.points(for: answer.status, of: test.total)
            test.reason = Self.reason(answer)
            test.attestation = answer
            test.evidence = answer.evidenceURL.map { [Evidence("attested evidence", value: $0)] } ?? []
            test.recipes = []
            return test
        }
    }

    /// Answered ids that changed nothing in these results: unknown ids, or indicators that were measured.
    public func unused(in packs: [PackAssessment]) -> [String] {
        var used = Set<String>()
        for metric in packs.flatMap(\.metrics) {
            for test in metric.tests where test.attestation != nil {
                used.insert(entries[test.id] != nil ? test.id : metric.id)
            }
        }
        return entries.keys.filter { !used.contains($0) }.sorted()
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

extension ResultStatus {
    /// Neither measured as a pass nor as a fail: left to the network, the data or a steward.
    public var isOpen: Bool { self == .notAssessed || self == .needsAttestation }
}

extension MetricResult {
    /// True when any test's result comes from a steward's answer (or is implied by one).
    public var isAttested: Bool { tests.contains { $0.attestation != nil } }
}
