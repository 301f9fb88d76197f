import FairifyMetrics
import FairifyModel
import Plot

extension HTMLReport {
    /// Before and after: the change per indicator and per principle for every record in both reports.
    public static func compare(_ comparison: ReportComparison, title: String? = nil) -> String {
        let heading = title ?? "FAIR assessment: before and after"
        let subtitle = "Compares the assessment before the changes (\(comparison.before.timestamp ?? "first file")) "
            + "with the one after (\(comparison.after.timestamp ?? "second file"))."
        return page(title: heading, report: comparison.after, subtitle: subtitle, explainsNextSteps: false, content: .group(
            .if(comparison.pairs.isEmpty, .p(Parts.text("No record appears in both assessments, so there is nothing to compare."))),
            .forEach(Array(comparison.pairs.enumerated())) { position, pair in ComparisonSection.render(pair, position: position) },
            .if(!comparison.unmatched.isEmpty, .section(.h2(Parts.text("Records in only one of the assessments")),
                .ul(.forEach(comparison.unmatched) { .li(Parts.text("\($0.file) (record \($0.index + 1), \($0.label))")) })))
        ))
    }
}

enum ComparisonSection {
    static func render(_ pair: ReportComparison.Pair, position: Int) -> Body {
        .section(.class("record"), .id(RecordSection.anchor(position)),
            .h2(Parts.text(pair.after.displayName)),
            Parts.metaList([("File", pair.after.record.file)]),
            .forEach(pair.packs) { packs in packBlock(before: packs.before, after: packs.after) })
    }

    static func packBlock(before: PackAssessment, after: PackAssessment) -> Body {
        let changes = IndicatorChange.changes(before: before, after: after)
        let delta = after.total.earned - before.total.earned
        let keys = ["F", "A", "I", "R"] + after.principles.map(\.key)
        let rows = keys.map { key in
            (key: key, before: summary(before, key)?.assessableScore, after: summary(after, key)?.assessableScore)
        }
        return .div(.class("pack"),
            .h3(Parts.text("\(after.packName) (\(after.packID), version \(after.packVersion))")),
            .div(.class("cards"),
                RecordSection.card(percent(before.total.score), "Score before", before.total.pointsDetail),
                RecordSection.card(percent(after.total.score), "Score after", after.total.pointsDetail),
                RecordSection.card(signed(delta), "Points gained", "\(count(changes.filter { $0.delta > 0 }.count, "indicator")) improved, \(changes.filter { $0.delta < 0 }.count) worse")),
            .div(.class("charts"), .element(named: "figure", nodes: [
                Parts.inlineSVG(Charts.pairedBars(rows, title: "Score per area and principle before and after for \(after.packID)")),
                .element(named: "figcaption", nodes: [Parts.text("Light bars: before. Dark bars: after.")]),
            ])),
            .h3(Parts.text("Change per indicator")),
            table(changes)
        )
    }

    static func summary(_ pack: PackAssessment, _ key: String) -> ScoreSummary? {
        key.count == 1 ? pack.areas.first { $0.key == key } : pack.principles.first { $0.key == key }
    }

    static func table(_ changes: [IndicatorChange]) -> Body {
        .table(.class("changes"),
            .thead(.tr(.th("Indicator"), .th("Before"), .th("After"), .th("Change"))),
            .tbody(.forEach(changes) { change in
                .tr(.td(.strong(Parts.text(change.id)), Parts.text(" \(change.name) (\(change.principle))")),
                    side(change.before), side(change.after),
                    .td(.class("num"), .span(.class(change.delta > 0 ? "change-up" : change.delta < 0 ? "change-down" : "change-same"),
                                             Parts.text(change.delta == 0 ? "no change" : "\(change.delta > 0 ? "▲" : "▼") \(signed(change.delta)) point\(abs(change.delta) == 1 ? "" : "s")"))))
            })
        )
    }

    static func side(_ metric: MetricResult?) -> Node<HTML.TableRowContext> {
        guard let metric else { return .td(Parts.text("not in this assessment")) }
        return .td(Parts.status(metric.status), Parts.text(" \(points(metric.earned))/\(points(metric.total))"))
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func signed(_ value: Double) -> String { value > 0 ? "+" + points(value) : points(value) }
}
