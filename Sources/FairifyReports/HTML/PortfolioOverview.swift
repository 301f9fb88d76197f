import FairifyMetrics
import FairifyModel
import Plot

/// The first page of a many-record report: distribution, heat map, weakest indicators, contents.
enum PortfolioOverview {
    static func render(_ report: AssessmentReport) -> Body {
        let packIDs = orderedPackIDs(report)
        return .section(.id("overview"),
            .h2(Parts.text("Portfolio overview")),
            .forEach(packIDs) { packID in packOverview(report, packID: packID) },
            contents(report)
        )
    }

    static func orderedPackIDs(_ report: AssessmentReport) -> [String] {
        var seen = Set<String>()
        return report.assessments.flatMap { $0.packs.map(\.packID) }.filter { seen.insert($0).inserted }
    }

    static func packOverview(_ report: AssessmentReport, packID: String) -> Body {
        let entries = report.assessments.enumerated().compactMap { position, assessment in
            assessment.packs.first { $0.packID == packID }.map { (position: position, assessment: assessment, pack: $0) }
        }
        let scores = entries.map { $0.pack.total.score }
        let sorted = scores.sorted()
        let median = sorted.isEmpty ? 0 : (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        let mean = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
        return .div(.class("pack"),
            .h3(Parts.text("\(entries.first?.pack.packName ?? packID) (\(packID))")),
            .div(.class("cards"),
                RecordSection.card(String(entries.count), "Records", "assessed with this pack"),
                RecordSection.card(percent(mean), "Average score", "median \(percent(median))"),
                RecordSection.card(String(scores.filter { $0 >= 0.75 }.count), "Records at 75% or more", "of \(entries.count)")),
            .div(.class("charts"), .element(named: "figure", nodes: [
                Parts.inlineSVG(Charts.histogram(scores, title: "Distribution of record scores for \(packID)")),
                .element(named: "figcaption", nodes: [Parts.text("How many records reach each score band.")]),
            ])),
            .h3(Parts.text("Weakest indicators")),
            weakest(entries.map { ($0.assessment.record, $0.pack) }),
            .h3(Parts.text("Heat map: records × indicators")),
            heatMap(entries)
        )
    }

    static func weakest(_ entries: [(RecordSummary, PackAssessment)]) -> Body {
        guard let first = entries.first?.1 else { return .empty }
        let stats = first.metrics.map { metric -> (metric: MetricResult, passed: Int, assessed: Int, share: Double, recipes: [String]) in
            let results = entries.compactMap { entry in entry.1.metrics.first { $0.id == metric.id } }
            let assessed = results.filter { $0.status != .notAssessed && $0.status != .needsAttestation }
            let earned = assessed.reduce(0) { $0 + $1.earned }, total = assessed.reduce(0) { $0 + $1.total }
            let rows = zip(entries, results).map { IndicatorRow(record: $0.0.0, pack: $0.0.1, metric: $0.1) }
            var seen = Set<String>()
            let recipes = rows.flatMap(\.recipes).filter { seen.insert($0).inserted }
            return (metric, assessed.filter { $0.status == .pass }.count, assessed.count, total > 0 ? earned / total : 1, recipes)
        }
        let weak = stats.filter { $0.assessed > 0 && $0.share < 1 }.sorted { $0.share < $1.share }.prefix(10)
        guard !weak.isEmpty else { return .p(Parts.text("Every assessable indicator passed in every record.")) }
        return .table(
            .thead(.tr(.th("Indicator"), .th("Records passing"), .th("Points earned"), .th("Repair recipes"))),
            .tbody(.forEach(Array(weak)) { stat in
                .tr(.td(.strong(Parts.text(stat.metric.id)), Parts.text(" \(stat.metric.name) (\(stat.metric.principle))")),
                    .td(.class("num"), Parts.text("\(stat.passed) of \(stat.assessed)")),
                    .td(.class("num"), Parts.text(percent(stat.share))),
                    .td(Parts.text(stat.recipes.isEmpty ? "–" : stat.recipes.joined(separator: ", "))))
            })
        )
    }

    static func heatMap(_ entries: [(position: Int, assessment: RecordAssessment, pack: PackAssessment)]) -> Body {
        guard let first = entries.first?.pack else { return .empty }
        let ids = first.metrics.map(\.id)
        return .div(.class("scroll"), .table(.class("heat"),
            .thead(.tr(.th("Record"), .th("Score"), .forEach(ids) { id in .th(.class("ind"), Parts.attribute("title", id), Parts.text(shortID(id))) })),
            .tbody(.forEach(entries) { entry in
                .tr(.td(Parts.anchorLink(RecordSection.anchor(entry.position), entry.assessment.displayName)),
                    .td(.class("num"), Parts.text(percent(entry.pack.total.score))),
                    .forEach(ids) { id in cell(entry.pack.metrics.first { $0.id == id }, id: id) })
            })
        ))
    }

    static func cell(_ metric: MetricResult?, id: String) -> Node<HTML.TableRowContext> {
        guard let metric else { return .td(.class("cell"), Parts.text("")) }
        return .td(.class("cell \(metric.status.rawValue)"), Parts.attribute("title", "\(id): \(metric.status.label), \(points(metric.earned))/\(points(metric.total)) points"),
                   Parts.text(metric.status.icon))
    }

    /// "FsF-F1-01M" reads as "F1-01M" in a narrow column; the full id is in the tooltip.
    static func shortID(_ id: String) -> String {
        guard let dash = id.firstIndex(of: "-"), id[..<dash].count <= 4, id[id.index(after: dash)...].contains("-") else { return id }
        return String(id[id.index(after: dash)...])
    }

    static func contents(_ report: AssessmentReport) -> Body {
        .nav(.class("toc"), .h3(Parts.text("Records")),
            .ol(.forEach(Array(report.assessments.enumerated())) { position, assessment in
                .li(Parts.anchorLink(RecordSection.anchor(position), assessment.displayName),
                    Parts.text(" — " + assessment.packs.map { "\($0.packID) \(percent($0.total.score))" }.joined(separator: ", ") + " "),
                    .span(.class("file"), Parts.text("(\(assessment.record.file)\(assessment.record.index > 0 ? " #\(assessment.record.index + 1)" : ""))")))
            }))
    }
}
