import FairifyMetrics
import FairifyModel

/// Two assessments of the same records (before and after FAIRification), paired up.
public struct ReportComparison: Sendable {
    public struct Pair: Sendable {
        public var before: RecordAssessment
        public var after: RecordAssessment
        /// Packs assessed in both, in the "after" order.
        public var packs: [(before: PackAssessment, after: PackAssessment)] {
            after.packs.compactMap { pack in before.packs.first { $0.packID == pack.packID }.map { ($0, pack) } }
        }
    }

    public var before: AssessmentReport
    public var after: AssessmentReport
    public var pairs: [Pair]
    /// Records present on one side only.
    public var unmatched: [RecordSummary]

    /// Pairs records by file and index; two single-record reports pair whatever their file names.
    public init(before: AssessmentReport, after: AssessmentReport) {
        self.before = before
        self.after = after
        if before.assessments.count == 1, after.assessments.count == 1 {
            pairs = [Pair(before: before.assessments[0], after: after.assessments[0])]
            unmatched = []
            return
        }
        func key(_ r: RecordAssessment) -> String { "\(r.record.file)\u{0}\(r.record.index)" }
        let earlier = Dictionary(before.assessments.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        pairs = after.assessments.compactMap { a in earlier[key(a)].map { Pair(before: $0, after: a) } }
        let paired = Set(pairs.map { key($0.after) })
        unmatched = (before.assessments + after.assessments).filter { !paired.contains(key($0)) }.map(\.record)
    }
}

/// One indicator before and after.
struct IndicatorChange {
    var id: String
    var name: String
    var principle: String
    var before: MetricResult?
    var after: MetricResult?

    var delta: Double { (after?.earned ?? 0) - (before?.earned ?? 0) }

    static func changes(before: PackAssessment, after: PackAssessment) -> [IndicatorChange] {
        var ids = after.metrics.map(\.id)
        ids += before.metrics.map(\.id).filter { !ids.contains($0) }
        return ids.map { id in
            let b = before.metrics.first { $0.id == id }, a = after.metrics.first { $0.id == id }
            let any = a ?? b
            return IndicatorChange(id: id, name: any?.name ?? id, principle: any?.principle ?? "", before: b, after: a)
        }
    }
}
