import FairifyMetrics
import FairifyModel

/// Points of one metric or test.
public struct IndicatorScore: Sendable, Hashable {
    public var earned: Double
    public var total: Double
    public var status: ResultStatus
}

/// A pack's verdict reduced to what `plan` and `fix` show: the total and each indicator.
public struct PackScore: Sendable {
    public var packID: String
    public var earned: Double
    public var assessable: Double
    /// Metric and test ids to their points.
    public var indicators: [String: IndicatorScore]
    /// Recipe ids the pack suggests for failed tests, with the points at stake.
    public var suggested: [String: Double]

    public var score: Double { assessable > 0 ? earned / assessable : 0 }

    public init(_ pack: PackAssessment) {
        packID = pack.packID
        earned = pack.total.earned
        assessable = pack.total.assessableTotal
        var indicators: [String: IndicatorScore] = [:]
        var suggested: [String: Double] = [:]
        for metric in pack.metrics {
            indicators[metric.id] = IndicatorScore(earned: metric.earned, total: metric.total, status: metric.status)
            for test in metric.tests {
                indicators[test.id] = IndicatorScore(earned: test.earned, total: test.total, status: test.status)
                if test.status == .fail || test.status == .partial {
                    for recipe in test.recipes { suggested[recipe, default: 0] += test.total - test.earned }
                }
            }
        }
        self.indicators = indicators
        self.suggested = suggested
    }

    /// Points the named indicators earn (used to check a recipe never lowers them).
    public func earned(on ids: [String]) -> Double {
        ids.compactMap { indicators[$0]?.earned }.reduce(0, +)
    }
}

/// Scores a document's bytes: one `PackScore` per pack for the first record read from it.
/// The CLI passes one built on the metric engine; nil means scores are not shown.
public typealias RecordScorer = ([UInt8], String) throws -> [PackScore]
