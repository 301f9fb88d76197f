import FairifyModel

/// The terminal view of `fairify assess`: per record and pack, the F/A/I/R areas with score bars,
/// each metric on a line, and for what failed the reason, where, and the recipe that fixes it.
public struct AssessmentText {
    public var style: TextStyle

    public init(color: Bool) { style = TextStyle(color: color) }

    static let areaNames = ["F": "Findable", "A": "Accessible", "I": "Interoperable", "R": "Reusable"]

    public func render(_ assessment: RecordAssessment) -> String {
        var lines: [String] = []
        let record = assessment.record
        lines.append(style.bold(Self.name(record)) + "  " + (record.title ?? record.label)
                     + style.dim("  (\(record.dialect.rawValue), \(record.format.rawValue))"))
        for pack in assessment.packs { lines += render(pack) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line: the record and its score per pack.
    public func summaryLine(_ assessment: RecordAssessment, gateFailures: [String] = []) -> String {
        let packs = assessment.packs.map { pack in
            "\(pack.packID) \(Format.percent(pack.total.score)) (\(Format.points(pack.total.earned))/\(Format.points(pack.total.assessableTotal)))"
                + (pack.total.maturityScore.map { " maturity \(Format.points($0))" } ?? "") + FrameworkText.compact(pack.levels)
        }.joined(separator: ", ")
        let gate = gateFailures.isEmpty ? "" : "  " + style.paint("gate failed", "31")
        return "\(Self.name(assessment.record)): \(packs)\(gate)"
    }

    /// The file, plus where the record starts when it is not the file's first (JSON Lines, catalogues).
    static func name(_ record: RecordSummary) -> String {
        guard record.index > 0 else { return record.file }
        return record.location.line > 1 ? "\(record.file):\(record.location.line)" : "\(record.file)#\(record.index)"
    }

    private func render(_ pack: PackAssessment) -> [String] {
        var lines = [""]
        let total = pack.total
        lines.append(style.bold("\(pack.packID) \(pack.packVersion)") + "  \(style.bar(total.score)) \(Format.percent(total.score))"
                     + "  \(Format.points(total.earned))/\(Format.points(total.assessableTotal)) assessable points"
                     + style.dim(", \(Format.points(total.earned))/\(Format.points(total.total)) of all")
                     + (total.maturityScore.map { "  maturity \(Format.points($0))" } ?? ""))
        for area in pack.areas {
            lines.append("")
            lines.append(style.bold("\(area.key)  \(Format.pad(Self.areaNames[area.key] ?? area.key, 14))") + summary(area))
            for principle in pack.principles where principle.key.hasPrefix(area.key) {
                lines.append("  \(Format.pad(principle.key, 15))" + summary(principle))
                for metric in pack.metrics where metric.principle == principle.key { lines += render(metric) }
            }
        }
        lines += FrameworkText(style: style).render(pack)
        let open = pack.metrics.filter { $0.ignored == nil }.flatMap(\.tests).filter { $0.status == .notAssessed && $0.total > 0 }
        if !open.isEmpty {
            lines.append("")
            lines.append(style.dim("Not assessed offline (\(Format.points(open.reduce(0) { $0 + $1.total })) points, never counted as pass or fail):"))
            for test in open { lines.append(style.dim("  ? \(test.id) \(test.name): \(test.reason)")) }
        }
        let ignored = pack.metrics.filter { $0.ignored != nil }
        for metric in ignored { lines.append(style.dim("  ignored \(metric.id): \(metric.ignored ?? "")")) }
        return lines
    }

    private func summary(_ s: ScoreSummary) -> String {
        // Nothing assessable (all open or attested-only): no score to show, rather than a failing 0%.
        guard s.assessableTotal > 0 else { return style.dim(String(repeating: "·", count: 16) + " —    open") }
        return "\(style.bar(s.score, width: 16)) \(Format.pad(Format.percent(s.score), 4)) \(Format.points(s.earned))/\(Format.points(s.assessableTotal))"
            + (s.maturity.map { style.dim("  maturity \($0)") } ?? "")
    }

    private func render(_ metric: MetricResult) -> [String] {
        guard metric.ignored == nil else { return [] }
        let points = "\(Format.points(metric.earned))/\(Format.points(metric.assessableTotal ?? metric.total))"
        var lines = ["    \(style.status(metric.status)) \(Format.pad(metric.id, 14)) \(metric.name)  " + style.dim(points)]
        guard metric.status == .fail || metric.status == .partial else { return lines }
        for test in metric.tests where test.status == .fail && (test.total > 0 || metric.status == .fail) {
            lines.append("        \(style.status(.fail)) \(test.id): \(test.reason)")
            if let location = test.evidence.first(where: { $0.location != nil })?.location {
                lines.append(style.dim("          at \(location)") + (test.recipes.isEmpty ? "" : "  fix: " + test.recipes.joined(separator: ", ")))
            } else if !test.recipes.isEmpty {
                lines.append("          fix: " + test.recipes.joined(separator: ", "))
            }
        }
        return lines
    }
}
