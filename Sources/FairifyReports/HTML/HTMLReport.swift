import FairifyMetrics
import FairifyModel
import Plot

/// The self-contained HTML report: inline CSS and SVG, no script, nothing fetched.
public enum HTMLReport {
    /// One record gives a record report; more give a portfolio with an overview first.
    public static func render(_ report: AssessmentReport, title: String? = nil) -> String {
        let portfolio = report.assessments.count > 1
        let heading = title ?? (portfolio ? "FAIR assessment of \(report.assessments.count) records"
                                          : "FAIR assessment: \(report.assessments.first?.displayName ?? "no records")")
        return page(title: heading, report: report, content: .group(
            .if(portfolio, PortfolioOverview.render(report)),
            .if(report.assessments.isEmpty, .p(Parts.text("No record could be assessed."))),
            .forEach(Array(report.assessments.enumerated())) { position, assessment in
                RecordSection.render(assessment, position: position, inPortfolio: portfolio)
            },
            errors(report.errors)
        ))
    }

    static func page(title: String, report: AssessmentReport, subtitle: String? = nil, explainsNextSteps: Bool = true, content: Body) -> String {
        var meta = [("Tool", "\(report.tool) \(report.toolVersion)")]
        let packs = Dictionary(report.assessments.flatMap(\.packs).map { ($0.packID, $0.packVersion) }, uniquingKeysWith: { a, _ in a })
        if !packs.isEmpty { meta.append(("Metric packs", packs.sorted { $0.key < $1.key }.map { "\($0.key) (version \($0.value))" }.joined(separator: ", "))) }
        if let timestamp = report.timestamp { meta.append(("Date", timestamp)) }
        if !report.errors.isEmpty { meta.append(("Unreadable inputs", "\(report.errors.count), listed at the end of this report")) }
        let html = HTML(
            .lang(.english),
            .head(.encoding(.utf8), .element(named: "title", nodes: [.raw(XMLText.escape(title))]), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")), .style(Stylesheet.css)),
            .body(
                .header(.h1(Parts.text(title)),
                        .unwrap(subtitle) { .p(.class("subtitle"), Parts.text($0)) },
                        Parts.metaList(meta)),
                Parts.legend(nextSteps: explainsNextSteps),
                .main(content),
                .footer(Parts.text("Written by \(report.tool) \(report.toolVersion). This file is self-contained: it loads nothing from the internet and can be printed or saved as PDF from a browser."))
            )
        )
        return html.render() + "\n"
    }

    static func errors(_ diagnostics: [Diagnostic]) -> Body {
        guard !diagnostics.isEmpty else { return .empty }
        return .section(.class("errors"), .id("unreadable"), .h2(Parts.text("Inputs that could not be read")),
                        .ul(.forEach(diagnostics) { .li(Parts.text($0.description)) }))
    }
}
