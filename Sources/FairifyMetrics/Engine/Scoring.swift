import FairifyModel

/// Points and maturity arithmetic, as F-UJI reports them.
enum Scoring {
    static func combine(_ points: [Double], _ scoring: TestScoring, cap: Double) -> Double {
        let raw = scoring == .alternative ? (points.max() ?? 0) : points.reduce(0, +)
        return min(raw, cap)
    }

    static func status(earned: Double, assessable: Double, tests: [TestResult]) -> ResultStatus {
        if tests.allSatisfy(\.status.isOpen) { return tests.contains { $0.status == .needsAttestation } ? .needsAttestation : .notAssessed }
        if assessable <= 0 {
            // Only zero-point tests could be assessed: they decide alone.
            return tests.contains { $0.status == .fail } ? .fail : (tests.contains { $0.status == .pass } ? .pass : .notAssessed)
        }
        if earned >= assessable { return .pass }
        return earned > 0 ? .partial : .fail
    }

    static func summarise(pack: MetricPack, metrics: [MetricResult]) -> PackAssessment {
        let counted = metrics.filter { $0.ignored == nil }
        let principles = orderedKeys(counted.map(\.principle)).map { key in summary(key, counted.filter { $0.principle == key }, pack) }
        let areas = ["F", "A", "I", "R"].filter { area in counted.contains { $0.principle.hasPrefix(area) } }
            .map { area in summary(area, counted.filter { $0.principle.hasPrefix(area) }, pack) }
        var total = summary("FAIR", counted, pack, maturity: false)
        if pack.maturity == .fujiMean {
            let mean = areas.reduce(0) { $0 + Double($1.maturity ?? 0) } / 4
            let level = mean > 0 && mean < 1 ? 1 : (mean * 100).rounded() / 100
            total.maturityScore = level
            total.maturity = Int(level.rounded(.toNearestOrEven))
        }
        return PackAssessment(packID: pack.id, packName: pack.name, packVersion: pack.version, metrics: metrics,
                              principles: principles, areas: areas, total: total)
    }

    private static func summary(_ key: String, _ metrics: [MetricResult], _ pack: MetricPack, maturity: Bool = true) -> ScoreSummary {
        let earned = metrics.reduce(0) { $0 + $1.earned }
        let total = metrics.reduce(0) { $0 + $1.total }
        let assessable = metrics.reduce(0) { $0 + ($1.assessableTotal ?? $1.total) }
        let level = maturity && pack.maturity == .fujiMean ? fujiMaturity(metrics) : nil
        return ScoreSummary(key: key, earned: round(earned), total: round(total), assessableTotal: round(assessable), maturity: level)
    }

    /// F-UJI: the mean of the metric maturities; a mean strictly between 0 and 1 counts as 1,
    /// otherwise it is rounded half to even (Python's `round`). Metrics that could not be
    /// assessed at all are left out rather than counted as 0.
    static func fujiMaturity(_ metrics: [MetricResult]) -> Int? {
        let assessed = metrics.filter { !$0.status.isOpen }
        guard !assessed.isEmpty else { return nil }
        let mean = Double(assessed.reduce(0) { $0 + $1.maturity }) / Double(assessed.count)
        if mean > 0 && mean < 1 { return 1 }
        return Int(mean.rounded(.toNearestOrEven))
    }

    /// F1 < F2 < ... < A1 < A1.1 < ... < R1.3, each key once.
    static func orderedKeys(_ principles: [String]) -> [String] {
        Array(Set(principles)).sorted { principleOrder($0) < principleOrder($1) }
    }

    static func principleOrder(_ key: String) -> (Int, Double) {
        let area = "FAIR".firstIndex(of: key.first ?? "Z").map { "FAIR".distance(from: "FAIR".startIndex, to: $0) } ?? 9
        return (area, Double(key.dropFirst()) ?? 0)
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
