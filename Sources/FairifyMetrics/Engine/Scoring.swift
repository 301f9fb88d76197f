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

    /// Running sums for one summary key; a value type so grouping copies no results.
    private struct Tally {
        var earned = 0.0, total = 0.0, assessable = 0.0
        var levelSum = 0, levelCount = 0

        mutating func add(_ m: MetricResult) {
            earned += m.earned
            total += m.total
            assessable += m.assessableTotal ?? m.total
            if !m.status.isOpen { levelSum += m.maturity; levelCount += 1 }
        }
    }

    static func summarise(pack: MetricPack, metrics: [MetricResult]) -> PackAssessment {
        var byPrinciple: [String: Tally] = [:], byArea: [String: Tally] = [:], all = Tally()
        for metric in metrics where metric.ignored == nil {
            byPrinciple[metric.principle, default: Tally()].add(metric)
            byArea[String(metric.principle.prefix(1)), default: Tally()].add(metric)
            all.add(metric)
        }
        let fuji = pack.maturity == .fujiMean
        let principles = orderedKeys(Array(byPrinciple.keys)).map { summary($0, byPrinciple[$0]!, maturity: fuji) }
        let areas = ["F", "A", "I", "R"].compactMap { area in byArea[area].map { summary(area, $0, maturity: fuji) } }
        var total = summary("FAIR", all, maturity: false)
        if fuji {
            let mean = areas.reduce(0) { $0 + Double($1.maturity ?? 0) } / 4
            let level = mean > 0 && mean < 1 ? 1 : (mean * 100).rounded() / 100
            total.maturityScore = level
            total.maturity = Int(level.rounded(.toNearestOrEven))
        }
        return PackAssessment(packID: pack.id, packName: pack.name, packVersion: pack.version, metrics: metrics,
                              principles: principles, areas: areas, total: total)
    }

    private static func summary(_ key: String, _ t: Tally, maturity: Bool) -> ScoreSummary {
        let level = maturity ? fujiMaturity(sum: t.levelSum, count: t.levelCount) : nil
        return ScoreSummary(key: key, earned: round(t.earned), total: round(t.total), assessableTotal: round(t.assessable), maturity: level)
    }

    /// F-UJI: the mean of the metric maturities; a mean strictly between 0 and 1 counts as 1,
    /// otherwise it is rounded half to even (Python's `round`). Metrics that could not be
    /// assessed at all are left out rather than counted as 0.
    static func fujiMaturity(_ metrics: [MetricResult]) -> Int? {
        fujiMaturity(metrics.filter { !$0.status.isOpen }.map(\.maturity))
    }

    static func fujiMaturity(_ levels: [Int]) -> Int? { fujiMaturity(sum: levels.reduce(0, +), count: levels.count) }

    static func fujiMaturity(sum: Int, count: Int) -> Int? {
        guard count > 0 else { return nil }
        let mean = Double(sum) / Double(count)
        if mean > 0 && mean < 1 { return 1 }
        return Int(mean.rounded(.toNearestOrEven))
    }

    /// F1 < F2 < ... < A1 < A1.1 < ... < R1.3, each key once.
    static func orderedKeys(_ principles: [String]) -> [String] {
        Set(principles).map { ($0, principleOrder($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    static func principleOrder(_ key: String) -> (Int, Double) {
        if let quick = quickPrincipleOrder(key) { return quick }
        let area = "FAIR".firstIndex(of: key.first ?? "Z").map { "FAIR".distance(from: "FAIR".startIndex, to: $0) } ?? 9
        return (area, Double(key.dropFirst()) ?? 0)
    }

    /// The same answer for ASCII keys like "F1" or "A1.1" without Character walks or strtod:
    /// digits/10^n with both exactly representable is the correctly rounded decimal, as strtod gives.
    private static func quickPrincipleOrder(_ key: String) -> (Int, Double)? {
        let bytes = Array(key.utf8)
        guard let first = bytes.first, first < 0x80, bytes.count >= 2, bytes.count <= 16 else { return nil }
        let area: Int
        switch first {
        case UInt8(ascii: "F"): area = 0
        case UInt8(ascii: "A"): area = 1
        case UInt8(ascii: "I"): area = 2
        case UInt8(ascii: "R"): area = 3
        default: area = 9
        }
        var digits = 0, scale = 1, seenDot = false, fractionDigits = 0
        for (i, b) in bytes.enumerated().dropFirst() {
            if b == UInt8(ascii: "."), !seenDot, i > 1, i < bytes.count - 1 { seenDot = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            digits = digits * 10 + Int(b - 0x30)
            if seenDot { scale *= 10; fractionDigits += 1 }
        }
        return (area, fractionDigits == 0 ? Double(digits) : Double(digits) / Double(scale))
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
