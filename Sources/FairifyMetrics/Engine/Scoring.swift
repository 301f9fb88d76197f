import FairifyModel

/// Points and maturity arithmetic, as F-UJI reports them.
enum Scoring {
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
        var levelSum = 0, levelCount = 0, metrics = 0

        mutating func add(_ m: MetricResult) {
            metrics += 1
            earned += m.earned
            total += m.total
            assessable += m.assessableTotal ?? m.total
            if !m.status.isOpen { levelSum += m.maturity; levelCount += 1 }
        }
    }

    static func summarise(pack: MetricPack, metrics: [MetricResult], layout: PackLayout? = nil) -> PackAssessment {
        let layout = layout.flatMap { $0.fits(metrics) ? $0 : nil } ?? PackLayout(principles: metrics.map(\.principle))
        var byPrinciple = [Tally](repeating: Tally(), count: layout.principles.count)
        var byArea = [Tally](repeating: Tally(), count: PackLayout.areas.count)
        var all = Tally()
        for (i, metric) in metrics.enumerated() where metric.ignored == nil {
            byPrinciple[layout.principleSlot[i]].add(metric)
            if let area = layout.areaSlot[i] { byArea[area].add(metric) }
            all.add(metric)
        }
        let fuji = pack.maturity == .fujiMean
        let principles = zip(layout.principles, byPrinciple).compactMap { key, tally in tally.metrics > 0 ? summary(key, tally, maturity: fuji) : nil }
        let areas = zip(PackLayout.areas, byArea).compactMap { key, tally in tally.metrics > 0 ? summary(key, tally, maturity: fuji) : nil }
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

    /// F1 < F2 < ... < A1 < A1.1 < ... < R1.3, each key once (equal ranks in first-seen order).
    static func orderedKeys(_ principles: [String]) -> [String] {
        var unique: [String] = []
        for key in principles where !unique.contains(key) { unique.append(key) }
        return unique.map { ($0, principleOrder($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
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

/// Where each metric of a pack goes in the summaries, worked out once per pack rather than
/// with string-keyed dictionaries for every record.
struct PackLayout: Sendable {
    static let areas = ["F", "A", "I", "R"]
    /// Principle keys in F1...R1.3 order.
    let principles: [String]
    /// Per metric, in pack order: its principle's position in `principles`.
    let principleSlot: [Int]
    /// Per metric: its area's position in `areas` (nil for a principle outside F, A, I, R).
    let areaSlot: [Int?]
    private let metricPrinciples: [String]

    init(principles metricPrinciples: [String]) {
        self.metricPrinciples = metricPrinciples
        principles = Scoring.orderedKeys(metricPrinciples)
        principleSlot = metricPrinciples.map { [principles] key in principles.firstIndex(of: key)! }
        areaSlot = metricPrinciples.map { key in PackLayout.areas.firstIndex { key.hasPrefix($0) } }
    }

    init(_ pack: MetricPack) { self.init(principles: pack.metrics.map(\.principle)) }

    /// True when `metrics` are the pack's metrics in its order (always, unless a caller reshaped them).
    func fits(_ metrics: [MetricResult]) -> Bool {
        guard metrics.count == metricPrinciples.count else { return false }
        for i in metrics.indices where metrics[i].principle != metricPrinciples[i] { return false }
        return true
    }
}
