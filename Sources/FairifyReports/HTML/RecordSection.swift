import FairifyMetrics
import FairifyModel
import Plot

/// Everything about one record: summary cards, charts, next steps and the indicator table, per pack.
enum RecordSection {
    static func anchor(_ position: Int) -> String { "record-\(position + 1)" }

    static func render(_ assessment: RecordAssessment, position: Int, inPortfolio: Bool) -> Body {
        let record = assessment.record
        var facts = [("File", record.file), ("Format", "\(record.format.rawValue), \(record.dialect.rawValue)")]
        if record.index > 0 || inPortfolio { facts.append(("Record in file", "\(record.index + 1) (\(record.label))")) }
        facts.append(("Input SHA-256", assessment.inputSHA256))
        return .section(.class("record"), .id(anchor(position)),
            .h2(Parts.text(inPortfolio ? "\(position + 1). \(assessment.displayName)" : assessment.displayName)),
            Parts.metaList(facts),
            .forEach(assessment.packs) { pack in packBlock(pack, assessment: assessment, position: position) },
            .if(inPortfolio, .p(Parts.anchorLink("overview", "↑ Back to the overview")))
        )
    }

    static func packBlock(_ pack: PackAssessment, assessment: RecordAssessment, position: Int) -> Body {
        let prefix = "\(anchor(position))-\(Parts.slug(pack.packID))"
        let steps = assessment.nextSteps.filter { $0.pack.packID == pack.packID }
        return .div(.class("pack"),
            .h3(Parts.text("\(pack.packName) (\(pack.packID), version \(pack.packVersion))")),
            cards(pack),
            charts(pack),
            .h3(Parts.text("What to do next")),
            NextSteps.render(steps, anchorPrefix: prefix),
            .h3(Parts.text("Every indicator")),
            IndicatorTable.render(pack, record: assessment.record, anchorPrefix: prefix)
        )
    }

    static func cards(_ pack: PackAssessment) -> Body {
        let total = pack.total
        let failed = pack.metrics.filter { $0.status.isShortfall }.count
        let unchecked = total.total - total.assessableTotal
        var levels = pack.levels.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        if levels.isEmpty { levels = "–" }
        return .div(.class("cards"),
            card(total.assessableScore.map(percent) ?? "n/a", "Overall score", total.pointsDetail),
            card(total.maturity.map(String.init) ?? "–", "Maturity (0–3)", pack.levels.isEmpty ? "highest level reached" : levels),
            card(String(failed), "Indicators to improve", "of \(pack.metrics.count) indicators"),
            card(percent(total.scoreOverAll), "Score over all points", unchecked > 0 ? "counting \(pointsPhrase(unchecked)) not checkable offline" : "every point was checkable here")
        )
    }

    static func card(_ value: String, _ label: String, _ detail: String) -> Body {
        .div(.class("card"), .span(.class("big"), Parts.text(value)), .strong(Parts.text(label)), .br(),
             .span(.class("small"), Parts.text(detail)))
    }

    static func charts(_ pack: PackAssessment) -> Body {
        let areas = ["F", "A", "I", "R"].map { key in (key: key, score: pack.areas.first { $0.key == key }?.assessableScore) }
        let principles = pack.principles.map { (key: $0.key, score: $0.assessableScore, detail: $0.pointsDetail) }
        return .div(.class("charts"),
            .element(named: "figure", nodes: [
                Parts.inlineSVG(Charts.radar(areas, title: "Score per FAIR area for \(pack.packID)")),
                .element(named: "figcaption", nodes: [Parts.text("Score per area: the further out, the better.")]),
            ]),
            .element(named: "figure", nodes: [
                Parts.inlineSVG(Charts.principleBars(principles, title: "Score per FAIR principle for \(pack.packID)")),
                .element(named: "figcaption", nodes: [Parts.text("Score per principle (points earned of the points checkable here).")]),
            ])
        )
    }
}

/// The shortfalls, largest gain first, each with its repair commands.
enum NextSteps {
    static func render(_ steps: [IndicatorRow], anchorPrefix: String) -> Body {
        guard !steps.isEmpty else { return .p(Parts.text("Nothing to do: every indicator that could be checked here passed.")) }
        return .ol(.class("next"), .forEach(steps) { step in
            .li(
                Parts.status(step.metric.status), Parts.text(" "),
                Parts.anchorLink("\(anchorPrefix)-\(Parts.slug(step.metric.id))", "\(step.metric.id) \(step.metric.name)"),
                Parts.text(" — "), .span(.class("gain"), Parts.text("up to +" + pointsPhrase(step.missingPoints))),
                .br(), Parts.text(step.explanation + " "), Parts.location(step.location),
                recipes(step)
            )
        })
    }

    static func recipes(_ step: IndicatorRow) -> Body {
        guard !step.recipes.isEmpty else {
            return .div(Parts.text("No automatic repair: edit the metadata by hand (see "), .code(Parts.text("fairify explain \(step.metric.id)")), Parts.text(")."))
        }
        return .div(Parts.text("Repair with recipe\(step.recipes.count == 1 ? "" : "s") \(step.recipes.joined(separator: ", ")):"),
                    .forEach(step.recipes) { Parts.fixCommandBlock(file: step.record.file, recipe: $0) })
    }
}
