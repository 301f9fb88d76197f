import FairifyModel

/// Contexts applied before a document's own when one of its remote contexts cannot be loaded
/// offline, so its terms are still read (the reader warns that it did so).
enum LDFallbackContexts {
    static func context(for dialect: Dialect?) -> JSONValue {
        switch dialect {
        case .dats: return dats
        case .codeMeta: return codeMetaV1
        default: return ["@vocab": .string(LDNS.schema)]
        }
    }

    static func note(for dialect: Dialect?) -> String {
        switch dialect {
        case .dats: return "terms of the unloaded DATS contexts were read with fairify's bundled DATS-to-schema.org context"
        default: return "terms of the unloaded contexts were read as schema.org terms; map the context with --context-map for an exact reading"
        }
    }

    /// CodeMeta 1.0 used schema.org names for most terms; these two are its own.
    static let codeMetaV1: JSONValue = [
        "@vocab": .string(LDNS.schema),
        "agents": .string(LDNS.codemetaV1 + "agents"),
        "title": .string(LDNS.codemetaV1 + "title"),
    ]

    /// The bundled DATS context (schema.org mapping) stands in for any DATS context.
    static var dats: JSONValue {
        BundledContexts.document(for: "https://w3id.org/dats/context/sdo/dataset_sdo_context.jsonld") ?? ["@vocab": .string(LDNS.schema)]
    }
}
