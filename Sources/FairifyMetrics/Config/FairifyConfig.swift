import FairifyModel
import Foundation
import Yams

/// `.fairify.yml`: project settings for `fairify assess`, found by walking up from the input.
public struct FairifyConfig: Sendable {
    public static let fileName = ".fairify.yml"

    /// The file it was read from.
    public var path: String
    public var packs: [String] = []
    /// Pack files, resolved against the config's folder.
    public var packFiles: [String] = []
    public var minScore: Double?
    public var minimums: [String: Double] = [:]
    public var required: [String] = []
    /// Metric id -> reason.
    public var ignored: [String: String] = [:]
    /// `URL or prefix` -> local path (resolved against the config's folder).
    public var contextMap: [(prefix: String, path: String)] = []
    /// Steward attestations file (issue 5), resolved against the config's folder.
    public var attest: String?
    /// Steward answers written inline under `attestations:` (docs/frameworks.md).
    public var attestations: AttestationSet?

    public init(path: String) { self.path = path }

    /// The nearest `.fairify.yml` in the folder of `input` (the input itself when it is a
    /// folder) or any folder above it.
    public static func discover(from input: String) -> String? {
        var finder = ConfigFinder()
        let start = input == "-" ? FileManager.default.currentDirectoryPath : ConfigFinder.absolute(input)
        var isDirectory: ObjCBool = false
        let isFolder = FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory) && isDirectory.boolValue
        return isFolder ? finder.nearest(inFolder: start) : finder.nearest(toFile: start)
    }

    public static func load(_ path: String) throws -> FairifyConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read the configuration file", at: SourceLocation(file: path))
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self)) else { return FairifyConfig(path: path) }
            root = node
        } catch {
            throw YAMLDiagnostic.from(error, file: path)
        }
        return try ConfigParser(path: path).parse(root)
    }
}

private struct ConfigParser {
    let path: String
    var folder: String { (path as NSString).deletingLastPathComponent }

    func parse(_ root: Node) throws -> FairifyConfig {
        let f = try YAMLFields(root, file: path, what: "the configuration")
        try f.rejectUnknown(allowed: ["pack", "packs", "pack-files", "min-score", "min", "require", "ignore", "context-map", "attest", "attestations"], what: "the configuration")
        var config = FairifyConfig(path: path)
        config.packs = try (f.strings("pack") + f.strings("packs")).flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        config.packFiles = try f.strings("pack-files").map(resolve)
        if let text = try f.optionalString("min-score") {
            guard let value = Double(text), (0...1).contains(value) else { throw YAMLFields.error("min-score must be between 0 and 1", f.node("min-score")!, path) }
            config.minScore = value
        }
        if let node = f.node("min") {
            let m = try YAMLFields(node, file: path, what: "min")
            for key in m.keys {
                guard let value = Double(try m.string(key)), (0...1).contains(value) else {
                    throw YAMLFields.error("min.\(key) must be between 0 and 1", m.node(key)!, path)
                }
                config.minimums[key] = value
            }
        }
        config.required = try f.strings("require")
        for node in try f.list("ignore") {
            let entry = try YAMLFields(node, file: path, what: "an ignore entry")
            try entry.rejectUnknown(allowed: ["metric", "reason"], what: "an ignore entry")
            let reason = try entry.optionalString("reason")?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !reason.isEmpty else { throw YAMLFields.error("ignoring a metric needs a reason (reason: ...)", node, path) }
            config.ignored[try entry.string("metric")] = reason
        }
        if let node = f.node("context-map") {
            let m = try YAMLFields(node, file: path, what: "context-map")
            config.contextMap = try m.keys.map { ($0, resolve(try m.string($0))) }
        }
        config.attest = try f.optionalString("attest").map(resolve)
        config.attestations = try f.node("attestations").map { try AttestationSet.parse(section: $0, file: path) }
        return config
    }

    private func resolve(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : (folder as NSString).appendingPathComponent(relative)
    }
}
