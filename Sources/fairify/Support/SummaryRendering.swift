import FairifyMetrics
import Foundation

/// The summary of a batch run, for people and for machines.
enum SummaryRendering {
    static func json(_ summary: BatchSummary) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
    }

    static func text(_ summary: BatchSummary) -> String {
        var out = "records assessed: \(summary.records)\ninputs that failed to read: \(summary.failedInputs)\n"
        for pack in summary.packs {
            out += "\n\(pack.packID) \(pack.packVersion): mean score \(percent(pack.meanScore))"
            if let low = pack.minScore, let high = pack.maxScore { out += " (min \(percent(low)), max \(percent(high)))" }
            out += "\n"
            for area in ["F", "A", "I", "R"] where pack.areaScoreSums[area] != nil {
                out += "  \(area)  \(percent(pack.meanArea(area)))\n"
            }
            let widest = max(1, pack.histogram.max() ?? 1)
            for (decile, count) in pack.histogram.enumerated() {
                let bar = String(repeating: "#", count: (count * 40 + widest - 1) / widest)
                out += String(format: "  %3d-%3d%%  %7d  %@\n", decile * 10, decile * 10 + 10, count, bar)
            }
        }
        return out
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
