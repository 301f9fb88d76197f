/// The terminal lines for framework levels and steward answers, appended to a pack's view:
/// levels (with the measured-only levels beside them when answers were used), the attested
/// indicators, and the indicators still waiting for a steward.
public struct FrameworkText {
    var style: TextStyle

    public init(color: Bool) { style = TextStyle(color: color) }
    public init(style: TextStyle) { self.style = style }

    public func render(_ pack: PackAssessment) -> [String] {
        var lines: [String] = []
        if pack.levels["overall"] != nil {
            lines += dsmLevels(pack.levels)
        } else if pack.levels["F"] != nil {
            lines += rdaLevels(pack.levels)
        }
        lines += attested(pack.metrics.filter { $0.ignored == nil })
        return lines
    }

    /// Levels for the one-line summary: ` levels F1 A0 I2 R1` or ` DSM 1 (C2 R1 H1)`.
    public static func compact(_ levels: [String: Int]) -> String {
        if let overall = levels["overall"] {
            let parts = DSMMaturity.Category.allCases.map { "\($0.rawValue.prefix(1))\(levels[$0.rawValue] ?? 0)" }
            return " DSM \(overall) (\(parts.joined(separator: " ")))"
        }
        guard levels["F"] != nil else { return "" }
        return " levels " + RDAMaturity.areas.map { "\($0)\(levels[$0] ?? 0)" }.joined(separator: " ")
    }

    private func rdaLevels(_ levels: [String: Int]) -> [String] {
        let areas = RDAMaturity.areas.map { "\($0) \(levels[$0] ?? 0)" }.joined(separator: "  ")
        var lines = ["", style.bold("RDA maturity level per area (0-5): ") + areas]
        if levels["measured F"] != nil {
            let measured = RDAMaturity.areas.map { "\($0) \(levels["measured \($0)"] ?? 0)" }.joined(separator: "  ")
            lines.append(style.dim("  measured only, without attestations:  ") + measured)
        }
        return lines
    }

    private func dsmLevels(_ levels: [String: Int]) -> [String] {
        let categories = DSMMaturity.Category.allCases.map(\.rawValue)
        var lines = ["", style.bold("DSM level: \(levels["overall"] ?? 0) overall") + "  ("
                     + categories.map { "\($0) \(levels[$0] ?? 0)" }.joined(separator: ", ") + ")"]
        if levels["measured overall"] != nil {
            lines.append(style.dim("  measured only, without attestations: \(levels["measured overall"] ?? 0) overall ("
                                   + categories.map { "\($0) \(levels["measured \($0)"] ?? 0)" }.joined(separator: ", ") + ")"))
        }
        lines.append(style.dim("  % complete      " + DSMMaturity.levelRange.map { Format.pad("L\($0)", 6) }.joined()))
        for row in categories + [""] {
            let cells = DSMMaturity.levelRange.map { level -> String in
                let key = row.isEmpty ? "L\(level) %" : "\(row) L\(level) %"
                return Format.pad(levels[key].map { "\($0)%" } ?? "-", 6)
            }
            lines.append("  " + Format.pad(row.isEmpty ? "all" : row, 16) + cells.joined())
        }
        return lines
    }

    private func attested(_ metrics: [MetricResult]) -> [String] {
        var lines: [String] = []
        let answered = metrics.filter(\.isAttested)
        if !answered.isEmpty {
            lines += ["", style.bold("Attested by a steward") + style.dim(" (counted in the score, not measured):")]
            for metric in answered {
                let test = metric.tests.first { $0.attestation != nil }
                lines.append("  \(style.status(metric.status)) \(Format.pad(metric.id, 14)) \(metric.name)")
                if let test { lines.append(style.dim("      \(test.reason)") + (test.attestation?.evidenceURL.map { style.dim("  evidence: \($0)") } ?? "")) }
            }
        }
        let waiting = metrics.filter { $0.status == .needsAttestation }
        if !waiting.isEmpty {
            lines += ["", style.bold("Waiting for a steward (\(waiting.count)):") + style.dim(" answer with 'fairify attest', then assess with --attest")]
            lines += wrapIDs(waiting.map(\.id), indent: "  ")
        }
        return lines
    }

    private func wrapIDs(_ ids: [String], indent: String, width: Int = 96) -> [String] {
        var lines: [String] = [], current = indent
        for id in ids {
            if current.count + id.count + 1 > width, current.count > indent.count {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + id
        }
        lines.append(current)
        return lines
    }
}
