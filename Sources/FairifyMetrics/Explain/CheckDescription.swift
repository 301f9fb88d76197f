import FairifyModel

extension Check {
    /// The check in plain words, for `fairify explain`.
    public var plainDescription: String {
        switch self {
        case .present(let kinds): return "has " + kinds.map(\.rawValue).joined(separator: " and ")
        case .presentAny(let kinds): return "has " + kinds.map(\.rawValue).joined(separator: " or ")
        case .scheme(let kind, let schemes, let attribute): return "\(article(kind.rawValue)) \(kind.rawValue)\(attribute.map { " " + $0 } ?? "") is a " + schemes.map(\.rawValue).sorted().joined(separator: "/")
        case .persistent(let kind, let attribute): return "\(article(kind.rawValue)) \(kind.rawValue)\(attribute.map { " " + $0 } ?? "") is a persistent identifier (DOI, Handle, ARK, PURL, w3id...; not a plain URL)"
        case .attributePresent(let kind, let attribute, let all): return "\(all ? "every" : article(kind.rawValue)) \(kind.rawValue) has \(attribute)"
        case .vocabulary(let m):
            let options = (m.prefixes.map { $0 + "..." } + m.values)
            let shown = options.prefix(6).joined(separator: ", ") + (options.count > 6 ? ", ... (\(options.count) in all)" : "")
            return "\(m.all ? "every" : article(m.kind.rawValue)) \(m.kind.rawValue) (\(m.attributes.joined(separator: " or "))) is one of \(shown)"
        case .minCount(let kind, let count): return "at least \(count) \(kind.rawValue) values"
        case .urlScheme(let kind, let attribute, let schemes):
            return "\(article(kind.rawValue)) \(kind.rawValue)\(attribute.map { " \($0)" } ?? " link") uses \(schemes.joined(separator: "/"))"
        case .allOf(let checks): return checks.map(\.plainDescription).joined(separator: ", and ")
        case .anyOf(let checks): return "either " + checks.map(\.plainDescription).joined(separator: "; or ")
        case .not(let check): return "not (\(check.plainDescription))"
        case .dialectIs(let dialects): return "the record is " + dialects.map(\.rawValue).joined(separator: "/")
        case .formatIs(let formats): return "the document is " + formats.map(\.rawValue).joined(separator: "/")
        case .formatIsRDF: return "the record is RDF-based (JSON-LD, RDF/XML...)"
        case .vocabularyUsed(let namespaces, let excluded):
            if !namespaces.isEmpty { return "uses a namespace from " + namespaces.joined(separator: ", ") }
            return excluded.isEmpty ? "uses any vocabulary namespace" : "uses a namespace other than the defaults (rdf, rdfs, xsd, owl, schema.org)"
        case .typeIs(let names): return "typed " + names.joined(separator: "/")
        case .needsNetwork(let what): return "not assessed offline: needs the network (\(what))"
        case .needsData(let what): return "not assessed offline: needs the data (\(what))"
        case .needsAttestation(let what): return "never measured: a steward attests that \(what)"
        case .localFiles(let properties):
            return "distribution files next to the metadata match their declared " + properties.map(\.rawValue).joined(separator: ", ") + " (not assessed when there are none)"
        }
    }

    private func article(_ word: String) -> String { "aeio".contains(word.first ?? "x") ? "an" : "a" }
}
