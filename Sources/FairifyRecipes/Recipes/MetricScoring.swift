import FairifyFormats
import FairifyMetrics
import FairifyModel

/// The metric engine as a `RecordScorer`: reads the bytes, assesses the first record.
public enum MetricScoring {
    public static let defaultPacks = ["fsf-0.5"]

    /// nil when a pack cannot be loaded (the error is reported by the caller's own pack check).
    public static func scorer(packs ids: [String]) -> RecordScorer? {
        guard let packs = try? (ids.isEmpty ? defaultPacks : ids).map({ try MetricPack.builtIn($0) }) else { return nil }
        let run = AssessmentRun(engine: MetricEngine(packs: packs, recipeAdditions: RecipeCatalog.additions))
        return { bytes, name in
            guard let first = try run.assess(bytes: bytes, name: name).first else { return [] }
            return first.packs.map(PackScore.init)
        }
    }

    /// Like `scorer`, for every record of the document: (record label, one `PackScore` per pack).
    public static func recordsScorer(packs ids: [String]) -> (([UInt8], String) throws -> [(label: String, scores: [PackScore])])? {
        guard let packs = try? (ids.isEmpty ? defaultPacks : ids).map({ try MetricPack.builtIn($0) }) else { return nil }
        let run = AssessmentRun(engine: MetricEngine(packs: packs, recipeAdditions: RecipeCatalog.additions))
        return { bytes, name in
            try run.assess(bytes: bytes, name: name).map { ($0.record.label, $0.packs.map(PackScore.init)) }
        }
    }

    /// Throws a usage error naming the packs that exist when one does not.
    public static func checkPacks(_ ids: [String]) throws {
        for id in ids { _ = try MetricPack.builtIn(id) }
    }
}
