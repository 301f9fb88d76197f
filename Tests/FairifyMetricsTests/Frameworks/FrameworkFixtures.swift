import FairifyMetrics

/// Hand-built results for the level computations.
enum Fixture {
    static func metric(_ id: String, _ status: ResultStatus, principle: String = "F1", priority: String? = nil,
                       attestation: Attestation? = nil) -> MetricResult {
        let earned: Double = status == .pass ? 1 : 0
        let test = TestResult(id: id + "-t", name: id, status: status, earned: earned, total: 1, maturity: 1,
                              reason: "fixture", attestation: attestation)
        return MetricResult(id: id, principle: principle, name: id, target: "metadata", status: status, earned: earned,
                            total: 1, maturity: status == .pass ? 1 : 0, priority: priority, tests: [test], recipes: [])
    }

    static func rda(_ id: String, _ principle: String, _ priority: String, _ status: ResultStatus) -> MetricResult {
        metric(id, status, principle: principle, priority: priority)
    }

    static let attested = Attestation(status: .pass, justification: "checked by hand", by: "Steward", date: "2026-11-20")
}
