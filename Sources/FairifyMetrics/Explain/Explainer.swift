import FairifyModel

/// `fairify explain ID`: a metric or test of any pack in plain words.
public enum Explainer {
    /// Every (pack, metric) whose metric id or one of whose test ids is `id` (case-insensitive).
    public static func find(_ id: String, in packs: [MetricPack]) -> [(MetricPack, MetricDefinition)] {
        let wanted = id.lowercased()
        return packs.flatMap { pack in
            pack.metrics.filter { $0.id.lowercased() == wanted || $0.tests.contains { $0.id.lowercased() == wanted } }.map { (pack, $0) }
        }
    }

    public static func explain(_ metric: MetricDefinition, in pack: MetricPack, focus: String? = nil) -> String {
        var lines = ["\(metric.id)  \(metric.name)", "pack \(pack.id) \(pack.version) · principle \(metric.principle) · target \(metric.target) · \(Format.points(metric.points)) \(metric.points == 1 ? "point" : "points") (\(metric.scoring.rawValue))"]
        if let priority = metric.priority { lines.append("priority: \(priority)") }
        lines += ["", wrap(metric.description), "", "Tests:"]
        for test in metric.tests where focus == nil || focus!.lowercased() == test.id.lowercased() || focus!.lowercased() == metric.id.lowercased() {
            let level = test.maturity.map { ", maturity \($0)" } ?? ""
            lines.append("  \(test.id)  \(test.name)  (\(Format.points(test.points)) \(test.points == 1 ? "point" : "points")\(level))")
            lines.append(wrap("passes when " + test.check.plainDescription, indent: "      "))
            if let hint = test.hint { lines.append(wrap(hint, indent: "      ")) }
            if !test.recipes.isEmpty { lines.append("      fix: " + test.recipes.joined(separator: ", ")) }
        }
        let kinds = metric.tests.flatMap(\.check.factKinds).reduce(into: [FactKind]()) { if !$0.contains($1) { $0.append($1) } }
        if !kinds.isEmpty {
            lines += ["", "Where these facts live:"]
            for kind in kinds {
                lines.append("  \(kind.rawValue)")
                for (format, field) in zip(FactSources.formats, FactSources.table[kind] ?? []) where !field.isEmpty {
                    lines.append("      \(Format.pad(format, 28)) \(field)")
                }
            }
        }
        lines += FrameworkExplain.lines(metric, in: pack)
        if !metric.recipes.isEmpty { lines += ["", "Recipes: " + metric.recipes.joined(separator: ", ") + "  (details: fairify recipes --indicator \(metric.id))"] }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func wrap(_ text: String, indent: String = "", width: Int = 96) -> String {
        var lines: [String] = [], current = indent
        for word in text.split(separator: " ") {
            if current.count + word.count + 1 > width, current.count > indent.count {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
