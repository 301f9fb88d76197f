import FairifyMetrics
import FairifyModel
import Foundation

/// SARIF 2.1.0 for code-scanning dashboards: one rule per indicator, one result per shortfall.
public enum SARIFReport {
    /// Where a rule's `helpUri` points when its pack has no known specification.
    public static let principlesURI = "https://www.go-fair.org/fair-principles/"

    public static func render(_ report: AssessmentReport) throws -> String {
        let rows = report.indicatorRows
        let ruleIDs = ruleIdentifiers(rows)
        var rules: [SARIFRule] = []
        var ruleIndex: [String: Int] = [:]
        for row in rows {
            let id = ruleIDs(row)
            guard ruleIndex[id] == nil else { continue }
            ruleIndex[id] = rules.count
            rules.append(rule(id: id, row: row))
        }
        var results = rows.compactMap { row -> SARIFResult? in
            let id = ruleIDs(row)
            return result(row, ruleID: id, ruleIndex: ruleIndex[id] ?? 0)
        }
        if !report.errors.isEmpty {
            rules.append(unreadableRule)
            results += report.errors.map { unreadable($0, ruleIndex: rules.count - 1) }
        }
        let driver = SARIFDriver(name: report.tool, version: report.toolVersion, semanticVersion: report.toolVersion,
                                 informationUri: principlesURI, rules: rules)
        let log = SARIFLog(runs: [SARIFRun(tool: SARIFTool(driver: driver), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }

    /// A metric id names its rule unless two packs in the run share it; then the pack id prefixes it.
    static func ruleIdentifiers(_ rows: [IndicatorRow]) -> (IndicatorRow) -> String {
        var packsByMetric: [String: Set<String>] = [:]
        for row in rows { packsByMetric[row.metric.id, default: []].insert(row.pack.packID) }
        return { row in
            (packsByMetric[row.metric.id]?.count ?? 0) > 1 ? "\(row.pack.packID)/\(row.metric.id)" : row.metric.id
        }
    }

    static func rule(id: String, row: IndicatorRow) -> SARIFRule {
        let metric = row.metric
        let tests = metric.tests.map { "\($0.id): \($0.name) (\(points($0.total)) points)" }
        let pack = PackInfo.builtIn(row.pack.packID, version: row.pack.packVersion)
        let description = PackInfo.description(of: metric.id, in: row.pack)
        let full = "FAIR principle \(metric.principle), \(metric.target). \(description.isEmpty ? metric.name + "." : description) Tests: " + tests.joined(separator: "; ") + "."
        var help = "Indicator \(metric.id) of \(row.pack.packName) \(row.pack.packVersion) (principle \(metric.principle)).\n"
        help += "Run `fairify explain \(metric.id)` for what each level needs and where the fact lives in each format."
        if !metric.recipes.isEmpty {
            help += "\nRecipes that fix it: " + metric.recipes.joined(separator: ", ") + " (`fairify fix FILE --recipe ID`)."
        }
        return SARIFRule(
            id: id, name: ruleName(metric.name),
            shortDescription: SARIFText(text: "\(metric.id): \(metric.name)"),
            fullDescription: SARIFText(text: full),
            help: SARIFText(text: help.replacingOccurrences(of: "`", with: ""), markdown: help),
            helpUri: pack.map(\.reference).flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil } ?? principlesURI,
            defaultConfiguration: SARIFConfiguration(level: "error"),
            properties: SARIFRuleProperties(tags: ["fair", "FAIR-\(metric.principle)", metric.target], principle: metric.principle, pack: row.pack.packID))
    }

    /// SARIF suggests PascalCase rule names; built from the words of the metric name.
    static func ruleName(_ name: String) -> String {
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return joined.isEmpty ? "Indicator" : joined
    }

    static let unreadableRule = SARIFRule(
        id: "fairify/unreadable-input", name: "UnreadableInput",
        shortDescription: SARIFText(text: "The metadata file could not be read"),
        fullDescription: SARIFText(text: "fairify could not parse this file as metadata, so none of its indicators were assessed."),
        help: SARIFText(text: "Fix the syntax error at the given line, or exclude the file with --exclude.",
                        markdown: "Fix the syntax error at the given line, or exclude the file with `--exclude`."),
        helpUri: principlesURI, defaultConfiguration: SARIFConfiguration(level: "error"),
        properties: SARIFRuleProperties(tags: ["fair", "input"], principle: "", pack: ""))

    static func unreadable(_ diagnostic: Diagnostic, ruleIndex: Int) -> SARIFResult {
        let location = diagnostic.location ?? SourceLocation(file: "")
        let region = location.line > 0 ? SARIFRegion(startLine: location.line, startColumn: location.column > 0 ? location.column : nil) : nil
        let fingerprint = SHA256.hex(Array("fairify/unreadable-input\u{0}\(location.file)".utf8))
        return SARIFResult(
            ruleId: unreadableRule.id, ruleIndex: ruleIndex, level: "error", message: SARIFText(text: diagnostic.message),
            locations: location.file.isEmpty ? [] : [SARIFLocation(physicalLocation: SARIFPhysicalLocation(artifactLocation: SARIFArtifactLocation(uri: uri(for: location.file)), region: region))],
            partialFingerprints: ["fairifyIndicator/v1": fingerprint],
            properties: SARIFResultProperties(status: "error"))
    }

    static func level(_ status: ResultStatus) -> String? {
        switch status {
        case .fail, .error: return "error"
        case .partial: return "warning"
        case .needsAttestation: return "note"
        case .pass, .notAssessed: return nil
        }
    }

    static func result(_ row: IndicatorRow, ruleID: String, ruleIndex: Int) -> SARIFResult? {
        guard let level = level(row.metric.status) else { return nil }
        let location = row.location
        let region = location.line > 0 ? SARIFRegion(startLine: location.line, startColumn: location.column > 0 ? location.column : nil) : nil
        var text = "\(row.metric.status.label): \(points(row.metric.earned)) of \(points(row.metric.total)) points. \(row.explanation)"
        if let recipe = row.recipes.first { text += " Fix: " + fixCommand(file: row.record.file, recipe: recipe) }
        let fingerprint = SHA256.hex(Array("\(ruleID)\u{0}\(row.record.file)\u{0}\(row.record.index)".utf8))
        return SARIFResult(
            ruleId: ruleID, ruleIndex: ruleIndex, level: level, message: SARIFText(text: text),
            locations: [SARIFLocation(physicalLocation: SARIFPhysicalLocation(artifactLocation: SARIFArtifactLocation(uri: uri(for: location.file)), region: region))],
            partialFingerprints: ["fairifyIndicator/v1": fingerprint],
            properties: SARIFResultProperties(status: row.metric.status.rawValue, earned: row.metric.earned, total: row.metric.total,
                                              recordIndex: row.record.index, record: row.record.label, recipes: row.recipes))
    }

    /// A relative path stays relative (code scanning resolves it against the checkout); an absolute one becomes a file URI.
    static func uri(for path: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        let cleaned = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        let encoded = cleaned.addingPercentEncoding(withAllowedCharacters: allowed) ?? cleaned
        return cleaned.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
