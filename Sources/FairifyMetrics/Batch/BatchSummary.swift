import FairifyModel

/// Running totals over a batch run, kept per pack so memory stays flat however many
/// records pass. Adding the same lines in the same order gives the same summary, which is
/// what lets `fairify merge` reproduce an unsharded run exactly.
public struct BatchSummary: Sendable, Codable, Equatable {
    public struct PackTotals: Sendable, Codable, Equatable {
        public var packID: String
        public var packVersion: String
        public var records = 0
        public var scoreSum = 0.0
        public var minScore: Double?
        public var maxScore: Double?
        /// Records per score decile: [0,0.1), [0.1,0.2) ... [0.9,1.0].
        public var histogram = [Int](repeating: 0, count: 10)
        /// Sum of scores per area (F, A, I, R), in that order of first appearance.
        public var areaScoreSums: [String: Double] = [:]
        /// How many records passed each metric fully.
        public var metricPasses: [String: Int] = [:]

        public var meanScore: Double { records > 0 ? scoreSum / Double(records) : 0 }
        public func meanArea(_ area: String) -> Double { records > 0 ? (areaScoreSums[area] ?? 0) / Double(records) : 0 }
    }

    public var records = 0
    public var failedInputs = 0
    public var packs: [PackTotals] = []

    public init() {}

    public mutating func add(_ line: BatchLine) {
        guard let assessment = line.assessment else {
            failedInputs += 1
            return
        }
        records += 1
        for pack in assessment.packs {
            let index = packs.firstIndex { $0.packID == pack.packID } ?? {
                packs.append(PackTotals(packID: pack.packID, packVersion: pack.packVersion))
                return packs.count - 1
            }()
            packs[index].add(pack)
        }
    }

    public static func of<S: Sequence>(_ lines: S) -> BatchSummary where S.Element == BatchLine {
        var summary = BatchSummary()
        for line in lines { summary.add(line) }
        return summary
    }
}

extension BatchSummary.PackTotals {
    mutating func add(_ pack: PackAssessment) {
        let score = pack.total.score
        records += 1
        scoreSum += score
        minScore = Swift.min(minScore ?? score, score)
        maxScore = Swift.max(maxScore ?? score, score)
        histogram[Swift.min(9, Swift.max(0, Int(score * 10)))] += 1
        for area in pack.areas { areaScoreSums[area.key, default: 0] += area.score }
        for metric in pack.metrics where metric.status == .pass { metricPasses[metric.id, default: 0] += 1 }
    }
}
