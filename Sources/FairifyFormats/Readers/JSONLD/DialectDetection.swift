import FairifyModel

/// Decides which JSON-LD dialect a document is written in, first from its context URLs
/// (cheap, before expansion), then from the expanded graph.
struct LDDialectDetection {
    var dialect: Dialect
    var version: String?

    static let jsonLDDialects: Set<Dialect> = [.schemaOrg, .roCrate, .codeMeta, .croissant, .dcat, .dats, .jsonLD]

    struct ContextEntry {
        var url: String
        var position: SourcePosition
    }

    /// The URLs and namespace IRIs a document's top-level `@context` names.
    static func contextEntries(of document: JSONValue) -> [ContextEntry] {
        var found: [ContextEntry] = []
        for item in document.asList {
            guard let context = item["@context"] else { continue }
            for entry in context.asList {
                if let url = entry.stringValue { found.append(ContextEntry(url: url, position: entry.position)) }
                for member in entry.objectValue?.members ?? [] {
                    let value = member.value.stringValue.map { ($0, member.value.position) }
                        ?? member.value["@id"]?.stringValue.map { ($0, member.value.position) }
                    if let (iri, position) = value { found.append(ContextEntry(url: iri, position: position)) }
                }
            }
        }
        return found
    }

    static func fromContext(_ contexts: [String]) -> LDDialectDetection? {
        for url in contexts {
            let lower = url.lowercased()
            if lower.ldContains("w3id.org/ro/crate/") { return LDDialectDetection(dialect: .roCrate, version: versionAfter("/crate/", in: lower)) }
            if lower.ldContains("codemeta") { return LDDialectDetection(dialect: .codeMeta, version: codeMetaVersion(lower)) }
            if lower.ldContains("w3id.org/dats") { return LDDialectDetection(dialect: .dats, version: nil) }
            if lower.hasPrefix("http://mlcommons.org/croissant") { return LDDialectDetection(dialect: .croissant, version: nil) }
        }
        return nil
    }

    static func fromGraph(_ graph: LDGraph, roots: [LDNode]) -> LDDialectDetection {
        if ROCrate.descriptor(in: graph) != nil { return LDDialectDetection(dialect: .roCrate, version: nil) }
        if roots.contains(where: { $0.hasType(LDDC.Dataset) || $0.hasType(LDDC.Catalog) }) {
            return LDDialectDetection(dialect: .dcat, version: nil)
        }
        if roots.contains(where: { $0.types.contains { $0.hasPrefix(LDNS.schema) } || $0.order.contains { $0.hasPrefix(LDNS.schema) } }) {
            return LDDialectDetection(dialect: .schemaOrg, version: nil)
        }
        return LDDialectDetection(dialect: .jsonLD, version: nil)
    }

    private static func versionAfter(_ marker: String, in url: String) -> String? {
        guard let range = url.ldRange(of: marker) else { return nil }
        let version = url[range.upperBound...].prefix { $0 != "/" && $0 != "#" }
        return version.isEmpty ? nil : String(version).replacingDraft()
    }

    private static func codeMetaVersion(_ url: String) -> String? {
        for version in ["1.0", "2.0", "3.0", "3.1"] where url.contains(version) { return version }
        return nil
    }
}

private extension String {
    /// `1.4-draft` as in the context URL becomes `1.4-DRAFT`, the form RO-Crate writes.
    func replacingDraft() -> String {
        hasSuffix("-draft") ? String(dropLast(6)) + "-DRAFT" : self
    }
}
