import Foundation
import Yams

/// A steward's answers, keyed by indicator (metric) id or test id. Read from an answers file
/// (`fairify assess --attest answers.yaml`) or the `attestations:` section of `.fairify.yml`:
/// ```yaml
/// attestations:
///   RDA-A2-01M:
///     status: pass            # pass | partial | fail
///     justification: The repository keeps tombstone records for withdrawn datasets.
///     evidence: https://example.org/preservation-policy
///     by: Jane Steward
///     date: 2026-11-20
/// ```
public struct AttestationSet: Sendable, Equatable {
    public var entries: [String: Attestation]
    /// Where each entry was read, for diagnostics about it.
    public var locations: [String: SourceLocation]

    public init(entries: [String: Attestation] = [:], locations: [String: SourceLocation] = [:]) {
        self.entries = entries
        self.locations = locations
    }

    public var isEmpty: Bool { entries.isEmpty }
    public subscript(id: String) -> Attestation? { entries[id] }

    /// The statuses a steward may attest.
    public static let allowedStatuses: [ResultStatus] = [.pass, .partial, .fail]

    public static func load(path: String) throws -> AttestationSet {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read attestations file", at: SourceLocation(file: path), code: "io")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses a whole answers file: either a top-level `attestations:` mapping or the mapping itself.
    public static func parse(_ text: String, file: String) throws -> AttestationSet {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw YAMLDiagnostic.from(error, file: file)
        }
        guard let root else { return AttestationSet() }
        guard let mapping = root.mapping else {
            throw Diagnostic.error("an attestations file is a mapping of indicator ids to answers", at: location(root, file))
        }
        if let section = mapping["attestations"] { return try parse(section: section, file: file) }
        return try parse(section: root, file: file)
    }

    /// Parses the mapping of ids to answers (also used for `.fairify.yml`'s section).
    public static func parse(section: Node, file: String) throws -> AttestationSet {
        if case .scalar(let scalar) = section, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return AttestationSet()
        }
        guard let mapping = section.mapping else {
            throw Diagnostic.error("'attestations' must map indicator ids to answers", at: location(section, file))
        }
        var set = AttestationSet()
        for (key, value) in mapping {
            guard let id = key.scalar?.string, !id.isEmpty else {
                throw Diagnostic.error("an indicator id must be a plain string", at: location(key, file))
            }
            if set.entries[id] != nil {
                throw Diagnostic.error("indicator '\(id)' is attested twice", at: location(key, file))
            }
            set.entries[id] = try attestation(value, id: id, file: file)
            set.locations[id] = location(key, file)
        }
        return set
    }

    private static let knownKeys: Set<String> = ["status", "justification", "evidence", "evidence-url", "by", "date"]

    private static func attestation(_ node: Node, id: String, file: String) throws -> Attestation {
        guard let fields = node.mapping else {
            throw Diagnostic.error("the answer for '\(id)' must be a mapping with status and justification", at: location(node, file))
        }
        for (key, _) in fields where !knownKeys.contains(key.scalar?.string ?? "") {
            throw Diagnostic.error("unknown field '\(key.scalar?.string ?? "?")' in the answer for '\(id)' (expected: \(knownKeys.sorted().joined(separator: ", ")))", at: location(key, file))
        }
        func text(_ key: String) throws -> String? {
            guard let value = fields[key] else { return nil }
            guard let scalar = value.scalar else {
                throw Diagnostic.error("'\(key)' of '\(id)' must be a single value", at: location(value, file))
            }
            let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let statusText = try text("status") else {
            throw Diagnostic.error("the answer for '\(id)' needs a status (pass, partial or fail)", at: location(node, file))
        }
        guard let status = ResultStatus(rawValue: statusText.lowercased()), allowedStatuses.contains(status) else {
            throw Diagnostic.error("status '\(statusText)' of '\(id)' is not one of pass, partial, fail", at: location(fields["status"] ?? node, file))
        }
        guard let justification = try text("justification") else {
            throw Diagnostic.error("the answer for '\(id)' needs a justification", at: location(node, file))
        }
        let evidence = try text("evidence") ?? text("evidence-url")
        return Attestation(status: status, justification: justification, evidenceURL: evidence, by: try text("by"), date: try text("date"))
    }

    static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }
}

extension AttestationSet {
    /// The answers of `--attest FILE` (or the config's `attest:` file) over the config's inline
    /// `attestations:`; the file wins for ids both give.
    public static func combined(file: String?, inline: AttestationSet?) throws -> AttestationSet {
        var set = inline ?? AttestationSet()
        if let file {
            let loaded = try load(path: file)
            set.entries.merge(loaded.entries) { _, new in new }
            set.locations.merge(loaded.locations) { _, new in new }
        }
        return set
    }
}
