import FairifyModel
import Yams

/// Parses the YAML form of a check (`{present: license}`, `{any-of: [...]}`...).
struct CheckParser {
    let file: String

    static let primitives = [
        "present", "present-any", "scheme", "persistent", "attribute-present", "vocabulary", "min-count", "url-scheme",
        "all-of", "any-of", "not", "dialect-is", "format-is", "format-is-rdf", "vocabulary-used", "type-is",
        "needs-network", "needs-data", "needs-attestation", "local-files",
    ]

    func parse(_ node: Node) throws -> Check {
        if let name = node.scalar?.string {
            guard name == "format-is-rdf" else { throw err("'\(name)' is not a check without argument (only format-is-rdf is)", node) }
            return .formatIsRDF
        }
        guard let mapping = node.mapping, mapping.count == 1, let pair = mapping.first, let name = pair.key.string else {
            throw err("a check is a mapping with exactly one primitive, e.g. {present: license}", node)
        }
        return try primitive(name, pair.value, at: pair.key)
    }

    private func primitive(_ name: String, _ arg: Node, at keyNode: Node) throws -> Check {
        switch name {
        case "present": return .present(try kinds(arg))
        case "present-any": return .presentAny(try kinds(arg))
        case "persistent":
            if arg.scalar != nil { return .persistent(try kind(arg), attribute: nil) }
            let f = try fields(arg, name, ["fact", "attribute"])
            return .persistent(try factField(f), attribute: try f.optionalString("attribute"))
        case "scheme":
            let f = try fields(arg, "scheme", ["fact", "attribute", "in"])
            let schemes = try f.strings("in").map { raw -> IdentifierScheme in
                guard let scheme = IdentifierScheme(rawValue: raw) else {
                    throw err("unknown identifier scheme '\(raw)' (known: \(IdentifierScheme.allCases.map(\.rawValue).joined(separator: ", ")))", f.node("in")!)
                }
                return scheme
            }
            return .scheme(try factField(f), Set(schemes), attribute: try f.optionalString("attribute"))
        case "attribute-present":
            let f = try fields(arg, name, ["fact", "attribute", "all"])
            return .attributePresent(try factField(f), attribute: try f.string("attribute"), all: try f.bool("all"))
        case "vocabulary":
            let f = try fields(arg, name, ["fact", "attribute", "prefix-any", "values-any", "all"])
            let attributes = try f.strings("attribute")
            let match = VocabularyMatch(kind: try factField(f), attributes: attributes.isEmpty ? ["@value"] : attributes,
                                        prefixes: try f.strings("prefix-any").map { $0.lowercased() },
                                        values: try f.strings("values-any").map { $0.lowercased() }, all: try f.bool("all"))
            if match.prefixes.isEmpty && match.values.isEmpty { throw err("vocabulary needs prefix-any or values-any", arg) }
            return .vocabulary(match)
        case "min-count":
            let f = try fields(arg, name, ["fact", "count"])
            guard let count = try f.optionalInt("count") else { throw err("min-count needs count", arg) }
            return .minCount(try factField(f), count)
        case "url-scheme":
            let f = try fields(arg, name, ["fact", "attribute", "schemes"])
            let schemes = try f.strings("schemes")
            return .urlScheme(try factField(f), attribute: try f.optionalString("attribute"),
                              schemes: schemes.isEmpty ? ["https", "http"] : schemes.map { $0.lowercased() })
        case "all-of", "any-of":
            guard let sequence = arg.sequence, !sequence.isEmpty else { throw err("\(name) needs a non-empty list of checks", arg) }
            let checks = try sequence.map(parse)
            return name == "all-of" ? .allOf(checks) : .anyOf(checks)
        case "not": return .not(try parse(arg))
        case "dialect-is":
            return .dialectIs(try YAMLFields.strings(arg, file: file, what: name).map { raw in
                guard let dialect = Dialect(rawValue: raw) else {
                    throw err("unknown dialect '\(raw)' (known: \(Dialect.allCases.map(\.rawValue).joined(separator: ", ")))", arg)
                }
                return dialect
            })
        case "format-is":
            return .formatIs(try YAMLFields.strings(arg, file: file, what: name).map { raw in
                guard let format = DocumentFormat(rawValue: raw) else {
                    throw err("unknown format '\(raw)' (known: \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")))", arg)
                }
                return format
            })
        case "format-is-rdf": return .formatIsRDF
        case "vocabulary-used":
            if arg.scalar != nil { return .vocabularyUsed(namespaces: [], excluded: []) }
            let f = try fields(arg, name, ["namespaces-any", "exclude-default", "exclude"])
            let excluded = (try f.bool("exclude-default") ? Check.defaultNamespaces : []) + (try f.strings("exclude"))
            return .vocabularyUsed(namespaces: try f.strings("namespaces-any").map { $0.lowercased() }, excluded: excluded.map { $0.lowercased() })
        case "type-is": return .typeIs(try YAMLFields.strings(arg, file: file, what: name))
        case "needs-network": return .needsNetwork(try YAMLFields.scalar(arg, file: file, what: name))
        case "needs-data": return .needsData(try YAMLFields.scalar(arg, file: file, what: name))
        case "needs-attestation": return .needsAttestation(try YAMLFields.scalar(arg, file: file, what: name))
        case "local-files":
            return .localFiles(try YAMLFields.strings(arg, file: file, what: name).map { raw in
                guard let property = LocalFileProperty(rawValue: raw) else {
                    throw err("unknown local-files property '\(raw)' (known: exists, size, type, checksum)", arg)
                }
                return property
            })
        default:
            throw err("unknown check '\(name)' (known: \(Self.primitives.joined(separator: ", ")))", keyNode)
        }
    }

    private func fields(_ node: Node, _ what: String, _ allowed: Set<String>) throws -> YAMLFields {
        let f = try YAMLFields(node, file: file, what: what)
        try f.rejectUnknown(allowed: allowed, what: what)
        return f
    }

    private func factField(_ f: YAMLFields) throws -> FactKind {
        guard let node = f.node("fact") else { throw err("missing field 'fact'", f.node) }
        return try kind(node)
    }

    private func kind(_ node: Node) throws -> FactKind {
        let raw = try YAMLFields.scalar(node, file: file, what: "fact")
        guard let kind = FactKind(rawValue: raw) else {
            throw err("unknown fact kind '\(raw)' (known: \(FactKind.allCases.map(\.rawValue).joined(separator: ", ")))", node)
        }
        return kind
    }

    private func kinds(_ node: Node) throws -> [FactKind] {
        if let sequence = node.sequence { return try sequence.map(kind) }
        return [try kind(node)]
    }

    private func err(_ message: String, _ node: Node) -> Diagnostic { YAMLFields.error(message, node, file) }
}

extension Check {
    /// Namespaces every RDF record uses; they say nothing about semantic resources (I2).
    public static let defaultNamespaces = [
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
        "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/2002/07/owl#",
        "http://schema.org/", "https://schema.org/", "http://www.w3.org/ns/json-ld#",
    ]
}
