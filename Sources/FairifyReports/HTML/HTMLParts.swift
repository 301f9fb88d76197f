import FairifyMetrics
import FairifyModel
import Plot

typealias Body = Node<HTML.BodyContext>

/// Small building blocks shared by the HTML pages. Plot escapes neither attribute values nor
/// entity-looking text, so everything from the input goes through `XMLText.escape` first.
enum Parts {
    static func text(_ value: String) -> Body { .raw(XMLText.escape(value)) }

    static func attribute(_ name: String, _ value: String) -> Body {
        .attribute(named: name, value: XMLText.attribute(value))
    }

    static func inlineSVG(_ svg: String) -> Body { .raw(svg) }

    /// A link to a place in this same file.
    static func anchorLink(_ anchor: String, _ label: String) -> Body {
        .element(named: "a", nodes: [attribute("href", "#" + anchor), text(label)])
    }

    /// Icon, word and colour: the status is readable without seeing colour.
    static func status(_ status: ResultStatus) -> Body {
        .span(.class("status status-\(status.rawValue)"), text("\(status.icon) \(status.label)"))
    }

    static func location(_ location: SourceLocation) -> Body {
        var label = location.description
        if let path = location.path, !path.isEmpty, path != "/" { label += " (\(path))" }
        return .code(.class("loc"), text(label))
    }

    static func fixCommandBlock(file: String, recipe: String) -> Body {
        .code(.class("cmd"), text(fixCommand(file: file, recipe: recipe)))
    }

    /// A safe fragment identifier from anything.
    static func slug(_ value: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        return String(value.lowercased().map { allowed.contains($0) ? $0 : "-" })
    }

    static func legend(nextSteps: Bool = true) -> Body {
        .section(.class("legend"), .h2("How to read this report"),
            .ul(
                .li(.strong("Score"), text(": the share of the points that could be checked from the metadata file that the record earned. "
                    + "Checks that need the internet or the data files themselves are marked “Not assessed” and are left out of the score.")),
                .li(.strong("Maturity"), text(": 0 (nothing yet) to 3 (advanced), the highest level among the passed checks.")),
                .li(.strong("F, A, I, R"), text(": Findable, Accessible, Interoperable, Reusable — the four FAIR principles. "
                    + "Each indicator checks one aspect of them; point at an indicator in the tables to read what it checks.")),
                .li(.strong("Status"), text(": "),
                    .forEach(ResultStatus.allCases) { .group(status($0), text(" ")) }),
                .if(nextSteps, .li(.strong("What to do next"), text(": the missing points, largest first, with the command that repairs each one. "
                    + "The command first shows the change and writes the file only with --write; some repairs ask for a value, such as an ORCID, with --set.")))
            )
        )
    }

    static func metaList(_ items: [(String, String)]) -> Body {
        .dl(.class("meta"), .forEach(items) { item in .group(.dt(text(item.0)), .dd(text(item.1))) })
    }
}

extension ScoreSummary {
    /// nil when nothing under this key could be assessed here.
    var assessableScore: Double? { assessableTotal > 0 ? score : nil }
    var pointsDetail: String { "\(points(earned)) of \(pointsPhrase(assessableTotal))" }
}
