/// FAIRplus Dataset Maturity (DSM) levels. Indicator ids read `DSM-<level>-<category><n>`;
/// indicators sharing category and number across levels form one strand (C1: project context,
/// H2: retrieval...), and meeting a strand's higher-level indicator meets its lower ones (the
/// cascade rule). A category is at level L when every indicator of levels 1...L in it is met;
/// the dataset's overall level is the lowest of its categories.
public enum DSMMaturity {
    public enum Category: String, CaseIterable, Sendable {
        case content = "Content", representation = "Representation", hosting = "Hosting"

        init?(letter: Character) {
            switch letter {
            case "C": self = .content
            case "R": self = .representation
            case "H": self = .hosting
            default: return nil
            }
        }
    }

    /// The parts of a DSM indicator id.
    public struct IndicatorID: Hashable, Sendable {
        public var level: Int
        public var category: Category
        public var number: Int

        public init?(_ id: String) {
            let parts = id.split(separator: "-")
            guard parts.count == 3, parts[0] == "DSM", let level = Int(parts[1]), (1...5).contains(level),
                  let letter = parts[2].first, let category = Category(letter: letter),
                  let number = Int(parts[2].dropFirst()) else { return nil }
            self.level = level
            self.category = category
            self.number = number
        }
    }

    public static let levelRange = 1...5

    /// For each unmet indicator, the met indicator of a higher level in its strand (lowest such level).
    public static func cascadeSources(_ metrics: [MetricResult], isMet: (MetricResult) -> Bool) -> [String: MetricResult] {
        var metByStrand: [String: [(Int, MetricResult)]] = [:]
        for metric in metrics where isMet(metric) {
            guard let parsed = IndicatorID(metric.id) else { continue }
            metByStrand[strand(parsed), default: []].append((parsed.level, metric))
        }
        var sources: [String: MetricResult] = [:]
        for metric in metrics where !isMet(metric) {
            guard let parsed = IndicatorID(metric.id),
                  let higher = metByStrand[strand(parsed)]?.filter({ $0.0 > parsed.level }).min(by: { $0.0 < $1.0 }) else { continue }
            sources[metric.id] = higher.1
        }
        return sources
    }

    /// The results with the cascade applied: an unmet indicator whose strand has a met
    /// higher-level indicator passes, saying so, and carries that indicator's attestation if any.
    public static func applyCascade(_ metrics: [MetricResult]) -> [MetricResult] {
        let sources = cascadeSources(metrics) { $0.status == .pass }
        return metrics.map { metric in
            guard let source = sources[metric.id] else { return metric }
            return cascaded(metric, from: source)
        }
    }

    static func cascaded(_ metric: MetricResult, from source: MetricResult) -> MetricResult {
        var result = metric
        let inherited = source.tests.lazy.compactMap(\.attestation).first
        result.tests = metric.tests.map { test in
            var test = test
            guard test.status != .pass else { return test }
            test.status = .pass
            test.earned = test.total
            test.reason = "met through \(source.id), a higher level of the same strand (cascade rule)"
            test.evidence = [Evidence("cascade from \(source.id)", value: source.id)]
            test.attestation = inherited.map {
                Attestation(status: .pass, justification: "implied by the attestation of \(source.id): \($0.justification)",
                            evidenceURL: $0.evidenceURL, by: $0.by, date: $0.date)
            }
            return test
        }
        result.status = .pass
        result.earned = result.total
        result.assessableTotal = result.total
        result.recipes = []
        return result
    }

    /// Met and total indicators per category and level.
    public struct Completion: Equatable, Sendable {
        public var met = 0
        public var total = 0
        /// Whole percent, rounded down so that 100 means all met; a level without indicators is 100.
        public var percent: Int { total == 0 ? 100 : met * 100 / total }
    }

    public static func completion(_ metrics: [MetricResult], isMet: (MetricResult) -> Bool = { $0.status == .pass }) -> [Category: [Int: Completion]] {
        var table: [Category: [Int: Completion]] = [:]
        for metric in metrics {
            guard let parsed = IndicatorID(metric.id) else { continue }
            var cell = table[parsed.category, default: [:]][parsed.level, default: Completion()]
            cell.total += 1
            if isMet(metric) { cell.met += 1 }
            table[parsed.category, default: [:]][parsed.level] = cell
        }
        return table
    }

    /// The highest level whose indicators, and those of every level below, are all met.
    public static func level(_ byLevel: [Int: Completion]) -> Int {
        var reached = 0
        for level in levelRange {
            guard let cell = byLevel[level], cell.met == cell.total else { break }
            reached = level
        }
        return reached
    }

    /// Levels and percentages as `PackAssessment.levels` entries: `Content`, `overall`,
    /// `Content L2 %` (share of that category's level-2 indicators met), `L2 %` (all categories).
    public static func levels(_ metrics: [MetricResult], isMet: (MetricResult) -> Bool = { $0.status == .pass }) -> [String: Int] {
        let table = completion(metrics, isMet: isMet)
        var result: [String: Int] = [:]
        var overall = Int.max
        var perLevel: [Int: Completion] = [:]
        for category in Category.allCases {
            let byLevel = table[category] ?? [:]
            let reached = level(byLevel)
            result[category.rawValue] = reached
            overall = min(overall, reached)
            for (lvl, cell) in byLevel {
                result["\(category.rawValue) L\(lvl) %"] = cell.percent
                perLevel[lvl, default: Completion()].met += cell.met
                perLevel[lvl, default: Completion()].total += cell.total
            }
        }
        for (lvl, cell) in perLevel { result["L\(lvl) %"] = cell.percent }
        result["overall"] = overall == Int.max ? 0 : overall
        return result
    }

    private static func strand(_ id: IndicatorID) -> String { "\(id.category.rawValue)\(id.number)" }
}
