import Foundation
import FairifyMetrics

/// What the assessment JSON does not carry about a pack (its reference, the metrics' descriptions),
/// looked up in the built-in packs when the id and version match.
enum PackInfo {
    static func builtIn(_ id: String, version: String) -> MetricPack? {
        guard let pack = try? MetricPack.builtIn(id), pack.version == version else { return nil }
        return pack
    }

    /// The metric's description in plain words, or "" for a pack that is not built in.
    static func description(of metricID: String, in pack: PackAssessment) -> String {
        let text = builtIn(pack.packID, version: pack.packVersion)?.metrics.first { $0.id == metricID }?.description ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
