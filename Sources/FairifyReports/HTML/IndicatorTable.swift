import FairifyMetrics
import FairifyModel
import Plot

/// One row per indicator: status, points, maturity, evidence with its place in the file, and why.
enum IndicatorTable {
    static func render(_ pack: PackAssessment, record: RecordSummary, anchorPrefix: String) -> Body {
        .table(.class("indicators"),
            .thead(.tr(.th("Status"), .th("Indicator"), .th("Points"), .th("Maturity"), .th("Evidence"), .th("Explanation"))),
            .tbody(.forEach(pack.metrics) { metric in row(metric, pack: pack, record: record, anchorPrefix: anchorPrefix) })
        )
    }

    static func row(_ metric: MetricResult, pack: PackAssessment, record: RecordSummary, anchorPrefix: String) -> Node<HTML.TableContext> {
        let description = PackInfo.description(of: metric.id, in: pack)
        return .tr(.id("\(anchorPrefix)-\(Parts.slug(metric.id))"),
            .td(Parts.status(metric.status)),
            .td(.if(!description.isEmpty, Parts.attribute("title", description)),
                .strong(Parts.text(metric.id)), .br(), Parts.text(metric.name), .br(),
                .span(.class("small"), Parts.text("Principle \(metric.principle)" + (metric.priority.map { ", \($0)" } ?? "")))),
            .td(.class("num"), Parts.text("\(points(metric.earned)) / \(points(metric.total))")),
            .td(.class("num"), Parts.text(String(metric.maturity))),
            .td(evidence(metric)),
            .td(explanation(metric))
        )
    }

    static func evidence(_ metric: MetricResult) -> Body {
        let items = metric.tests.flatMap(\.evidence)
        guard !items.isEmpty else { return Parts.text("–") }
        return .ul(.class("evidence"), .forEach(items) { item in
            .li(Parts.text(item.message + (item.value.map { ": “\($0)”" } ?? "")),
                .unwrap(item.location) { .group(.br(), Parts.location($0)) })
        })
    }

    static func explanation(_ metric: MetricResult) -> Body {
        .ul(.class("evidence"), .forEach(metric.tests) { test in
            .li(Parts.status(test.status), Parts.text(" \(test.name): \(test.reason)"),
                .unwrap(test.attestation) { attestation in
                    Parts.text(" Attested\(attestation.by.map { " by \($0)" } ?? ""): \(attestation.justification)")
                })
        })
    }
}
