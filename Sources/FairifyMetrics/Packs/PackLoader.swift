import FairifyModel
import Foundation
import Yams

extension MetricPack {
    /// Parses a pack; any unknown check or bad field throws a `Diagnostic` at `file:line:col`.
    public static func parse(yaml: String, file: String) throws -> MetricPack {
        let root: Node
        do {
            // Packs read scalars as plain text, so the basic resolver is enough: the default one
            // runs several regular expressions on every scalar (and again for each key's hash).
            guard let node = try Yams.compose(yaml: yaml, .basic) else { throw Diagnostic.error("empty metric pack", at: SourceLocation(file: file)) }
            root = node
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw YAMLDiagnostic.from(error, file: file)
        }
        return try PackParser(file: file).pack(root)
    }

    /// Reads a user's pack file (`--pack-file`).
    public static func load(file path: String) throws -> MetricPack {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read metric pack", at: SourceLocation(file: path))
        }
        return try parse(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    /// The packs compiled into fairify, in id order; parsed once per process.
    public static func builtIn() throws -> [MetricPack] { try BuiltInPacks.shared.all() }

    /// A built-in pack by id (`fsf-0.5`); only that pack's file is parsed when it is named after the id.
    public static func builtIn(_ id: String) throws -> MetricPack {
        if let pack = try BuiltInPacks.shared.pack(path: "Metrics/\(id).yaml"), pack.id == id { return pack }
        let packs = try builtIn()
        guard let pack = packs.first(where: { $0.id == id }) else {
            throw Diagnostic.error("unknown metric pack '\(id)' (known: \(packs.map(\.id).joined(separator: ", ")))")
        }
        return pack
    }
}

/// Built-in packs parsed on first use, one file at a time, so that a run with one pack does
/// not pay for parsing the others.
private final class BuiltInPacks: @unchecked Sendable {
    static let shared = BuiltInPacks()
    private let lock = NSLock()
    private var parsed: [String: Result<MetricPack, Error>] = [:]

    func pack(path: String) throws -> MetricPack? {
        lock.lock()
        defer { lock.unlock() }
        return try cachedPack(path)
    }

    func all() throws -> [MetricPack] {
        lock.lock()
        defer { lock.unlock() }
        return try EmbeddedFiles.paths.filter { $0.hasPrefix("Metrics/") && $0.hasSuffix(".yaml") }
            .compactMap(cachedPack).sorted { $0.id < $1.id }
    }

    private func cachedPack(_ path: String) throws -> MetricPack? {
        if let known = parsed[path] { return try known.get() }
        guard let data = EmbeddedFiles.data(path) else { return nil }
        let result = Result { try MetricPack.parse(yaml: String(decoding: data, as: UTF8.self), file: path) }
        parsed[path] = result
        return try result.get()
    }
}

private struct PackParser {
    let file: String
    var checks: CheckParser { CheckParser(file: file) }

    func pack(_ root: Node) throws -> MetricPack {
        let f = try YAMLFields(root, file: file, what: "metric pack")
        try f.rejectUnknown(allowed: ["id", "name", "version", "reference", "maturity", "levels", "description", "metrics"], what: "the pack")
        let maturityText = try f.optionalString("maturity") ?? MaturityMethod.none.rawValue
        guard let maturity = MaturityMethod(rawValue: maturityText) else {
            throw YAMLFields.error("unknown maturity method '\(maturityText)' (known: \(MaturityMethod.allCases.map(\.rawValue).joined(separator: ", ")))", f.node("maturity")!, file)
        }
        let metricNodes = try f.list("metrics")
        guard !metricNodes.isEmpty else { throw YAMLFields.error("a pack needs at least one metric", root, file) }
        let metrics = try metricNodes.map(metric)
        try rejectDuplicates(metrics)
        var pack = MetricPack(id: try identifier(f, "id"), name: try f.string("name"), version: try f.string("version"),
                              reference: try f.optionalString("reference") ?? "", maturity: maturity,
                              description: try f.optionalString("description") ?? "", metrics: metrics, source: file)
        pack.levels = try FrameworkLevels.Scheme.parse(f.optionalString("levels"), node: f.node("levels"), file: file)
        return pack
    }

    private func metric(_ node: Node) throws -> MetricDefinition {
        let f = try YAMLFields(node, file: file, what: "metric")
        try f.rejectUnknown(allowed: ["id", "principle", "name", "description", "target", "scoring", "points", "priority", "tests", "recipes", "examples", "counterparts", "offline-equivalent"], what: "a metric")
        let principle = try f.string("principle")
        guard Self.isPrinciple(principle) else {
            throw YAMLFields.error("principle must look like F1, A1.1 or R1.3, not '\(principle)'", f.node("principle")!, file)
        }
        let target = try f.string("target")
        guard ["metadata", "data", "metadata+data"].contains(target) else {
            throw YAMLFields.error("target must be metadata, data or metadata+data, not '\(target)'", f.node("target")!, file)
        }
        let scoringText = try f.optionalString("scoring") ?? TestScoring.cumulative.rawValue
        guard let scoring = TestScoring(rawValue: scoringText) else {
            throw YAMLFields.error("scoring must be cumulative or alternative, not '\(scoringText)'", f.node("scoring")!, file)
        }
        let tests = try f.list("tests").map(test)
        guard !tests.isEmpty else { throw YAMLFields.error("a metric needs at least one test", node, file) }
        let id = try identifier(f, "id")
        var definition = MetricDefinition(
            id: id, principle: principle, name: try f.string("name"), description: try f.string("description"), target: target,
            scoring: scoring, points: try f.number("points"), priority: try f.optionalString("priority"), tests: tests,
            recipes: try recipes(f), examples: try f.list("examples").map { try example($0, metricID: id, tests: tests) },
            location: f.location())
        definition.counterparts = try f.strings("counterparts")
        definition.offlineEquivalent = try f.optionalString("offline-equivalent")
        return definition
    }

    private func test(_ node: Node) throws -> TestDefinition {
        let f = try YAMLFields(node, file: file, what: "test")
        try f.rejectUnknown(allowed: ["id", "name", "points", "maturity", "check", "recipes", "hint"], what: "a test")
        guard let checkNode = f.node("check") else { throw YAMLFields.error("missing field 'check'", node, file) }
        let maturity = try f.optionalInt("maturity")
        if let maturity, !(0...5).contains(maturity) { throw YAMLFields.error("maturity must be 0...5", f.node("maturity")!, file) }
        return TestDefinition(id: try identifier(f, "id"), name: try f.string("name"), points: try f.number("points"), maturity: maturity,
                              check: try checks.parse(checkNode), recipes: try recipes(f), hint: try f.optionalString("hint"), location: f.location())
    }

    private func example(_ node: Node, metricID: String, tests: [TestDefinition]) throws -> MetricExample {
        let f = try YAMLFields(node, file: file, what: "example")
        try f.rejectUnknown(allowed: ["name", "file", "expect", "tests", "document"], what: "an example")
        let expect = try status(f.string("expect"), f.node("expect")!)
        var expectedTests: [String: ResultStatus] = [:]
        if let testsNode = f.node("tests") {
            let t = try YAMLFields(testsNode, file: file, what: "example tests")
            for key in t.keys {
                guard tests.contains(where: { $0.id == key }) else {
                    throw YAMLFields.error("example names test '\(key)', which metric \(metricID) does not have", testsNode, file)
                }
                expectedTests[key] = try status(t.string(key), t.node(key)!)
            }
        }
        return MetricExample(name: try f.string("name"), fileName: try f.optionalString("file") ?? "example.jsonld",
                             document: try f.string("document"), expect: expect, tests: expectedTests, location: f.location())
    }

    private func status(_ text: String, _ node: Node) throws -> ResultStatus {
        guard let status = ResultStatus(rawValue: text) else {
            throw YAMLFields.error("unknown status '\(text)' (known: \(ResultStatus.allCases.map(\.rawValue).joined(separator: ", ")))", node, file)
        }
        return status
    }

    private func recipes(_ f: YAMLFields) throws -> [String] {
        let ids = try f.strings("recipes")
        for id in ids where !Self.isRecipeID(id) {
            throw YAMLFields.error("recipe id '\(id)' must be lower-case letters, digits and dashes", f.node("recipes")!, file)
        }
        return ids
    }

    /// `^[FAIR][0-9](\.[0-9])?$` without compiling a regular expression (ICU's first one costs ~15 M instructions).
    static func isPrinciple(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digit(_ i: Int) -> Bool { b[i] >= 0x30 && b[i] <= 0x39 }
        guard b.count == 2 || b.count == 4, "FAIR".utf8.contains(b[0]), digit(1) else { return false }
        return b.count == 2 || (b[2] == UInt8(ascii: ".") && digit(3))
    }

    /// `^[a-z0-9][a-z0-9.-]*$`.
    static func isRecipeID(_ text: String) -> Bool {
        func allowed(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D }
        guard let first = text.utf8.first, first != 0x2E, first != 0x2D else { return false }
        return text.utf8.allSatisfy(allowed)
    }

    private func identifier(_ f: YAMLFields, _ key: String) throws -> String {
        let id = try f.string(key)
        guard !id.isEmpty, !id.contains(where: { $0.isWhitespace || $0 == "," }) else {
            throw YAMLFields.error("'\(key)' must be a non-empty word without spaces or commas", f.node(key)!, file)
        }
        return id
    }

    private func rejectDuplicates(_ metrics: [MetricDefinition]) throws {
        var seen = Set<String>()
        for metric in metrics {
            for id in [metric.id] + metric.tests.map(\.id) {
                guard seen.insert(id).inserted else {
                    throw Diagnostic.error("duplicate id '\(id)' in the pack", at: metric.location)
                }
            }
        }
    }
}
