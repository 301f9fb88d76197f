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

    /// The few numbers of a metric that summaries need, so grouping copies no test arrays.
    private struct Tally {
        var principle: Substring
        var area: Character
        var earned, total, assessable: Double
        var maturity: Int
        var open: Bool
    }

    static func summarise(pack: MetricPack, metrics: [MetricResult]) -> PackAssessment {
        let tallies = metrics.filter { $0.ignored == nil }.map { m in
            Tally(principle: Substring(m.principle), area: m.principle.first ?? "?", earned: m.earned, total: m.total,
                  assessable: m.assessableTotal ?? m.total, maturity: m.maturity, open: m.status.isOpen)
        }
        let fuji = pack.maturity == .fujiMean
        let principles = orderedKeys(tallies.map { String($0.principle) }).map { key in
            summary(key, tallies.filter { $0.principle == key }, maturity: fuji)
        }
        let areas = ["F", "A", "I", "R"].compactMap { area -> ScoreSummary? in
            let group = tallies.filter { String($0.area) == area }
            return group.isEmpty ? nil : summary(area, group, maturity: fuji)
        }
        var total = summary("FAIR", tallies, maturity: false)
        if fuji {
            let mean = areas.reduce(0) { $0 + Double($1.maturity ?? 0) } / 4
            let level = mean > 0 && mean < 1 ? 1 : (mean * 100).rounded() / 100
            total.maturityScore = level
            total.maturity = Int(level.rounded(.toNearestOrEven))
        }
        return PackAssessment(packID: pack.id, packName: pack.name, packVersion: pack.version, metrics: metrics,
                              principles: principles, areas: areas, total: total)
    }

    private static func summary(_ key: String, _ tallies: [Tally], maturity: Bool) -> ScoreSummary {
        var earned = 0.0, total = 0.0, assessable = 0.0
        for t in tallies { earned += t.earned; total += t.total; assessable += t.assessable }
        let level = maturity ? fujiMaturity(tallies.filter { !$0.open }.map(\.maturity)) : nil
        return ScoreSummary(key: key, earned: round(earned), total: round(total), assessableTotal: round(assessable), maturity: level)
    }

    /// F-UJI: the mean of the metric maturities; a mean strictly between 0 and 1 counts as 1,
    /// otherwise it is rounded half to even (Python's `round`). Metrics that could not be
    /// assessed at all are left out rather than counted as 0.
    static func fujiMaturity(_ metrics: [MetricResult]) -> Int? {
        fujiMaturity(metrics.filter { !$0.status.isOpen }.map(\.maturity))
    }

    static func fujiMaturity(_ levels: [Int]) -> Int? {
        guard !levels.isEmpty else { return nil }
        let mean = Double(levels.reduce(0, +)) / Double(levels.count)
        if mean > 0 && mean < 1 { return 1 }
        return Int(mean.rounded(.toNearestOrEven))
    }

    /// F1 < F2 < ... < A1 < A1.1 < ... < R1.3, each key once.
    static func orderedKeys(_ principles: [String]) -> [String] {
        Set(principles).map { ($0, principleOrder($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    static func principleOrder(_ key: String) -> (Int, Double) {
        let area = "FAIR".firstIndex(of: key.first ?? "Z").map { "FAIR".distance(from: "FAIR".startIndex, to: $0) } ?? 9
        return (area, Double(key.dropFirst()) ?? 0)
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
