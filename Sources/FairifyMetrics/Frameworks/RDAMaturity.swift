/// RDA FAIR Data Maturity Model levels: one level 0-5 per FAIR area, from the priorities of
/// the indicators that pass. Only `pass` satisfies an indicator; a priority tier an area has no
/// indicators of is satisfied vacuously (the I area has no Essential indicator, so it starts at 1).
public enum RDAMaturity {
    public enum Priority: String, CaseIterable, Sendable {
        case essential = "Essential", important = "Important", useful = "Useful"
    }

    /// How many indicators of one priority an area has, and how many of them pass.
    public struct Tally: Equatable, Sendable {
        public var passed = 0
        public var total = 0
        public init(passed: Int = 0, total: Int = 0) {
            self.passed = passed
            self.total = total
        }
        var all: Bool { passed == total }
        var atLeastHalf: Bool { passed * 2 >= total }
    }

    public static let areas = ["F", "A", "I", "R"]

    /// The level from the three tallies: each step needs the one before it.
    public static func level(essential: Tally, important: Tally, useful: Tally) -> Int {
        guard essential.all else { return 0 }
        guard important.atLeastHalf else { return 1 }
        guard important.all else { return 2 }
        guard useful.atLeastHalf else { return 3 }
        return useful.all ? 5 : 4
    }

    /// Level per area ("F", "A", "I", "R"), counting `counts` as satisfying an indicator.
    public static func levels(_ metrics: [MetricResult], counts: (MetricResult) -> Bool = { $0.status == .pass }) -> [String: Int] {
        var tallies: [String: [Priority: Tally]] = [:]
        for metric in metrics {
            guard let area = metric.principle.first.map(String.init), areas.contains(area),
                  let priority = metric.priority.flatMap(Priority.init(rawValue:)) else { continue }
            var tally = tallies[area, default: [:]][priority, default: Tally()]
            tally.total += 1
            if counts(metric) { tally.passed += 1 }
            tallies[area, default: [:]][priority] = tally
        }
        var result: [String: Int] = [:]
        for area in areas {
            let t = tallies[area, default: [:]]
            result[area] = level(essential: t[.essential] ?? Tally(), important: t[.important] ?? Tally(), useful: t[.useful] ?? Tally())
        }
        return result
    }
}
