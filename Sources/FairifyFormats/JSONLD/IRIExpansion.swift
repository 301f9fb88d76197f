import Foundation

/// IRI Expansion (JSON-LD 1.1 API, 5.2).
extension JSONLDProcessor {
    /// Expansion against a finished active context (the hot path: no term creation).
    func expandIRI(_ active: ActiveContext, _ value: String, documentRelative: Bool = false, vocab: Bool = false) -> String? {
        if value.utf8.first == UInt8(ascii: "@") {
            if JSONLDKeywords.all.contains(value) { return value }
            if JSONLDKeywords.hasKeywordForm(value) { return nil }
        }
        if let definition = active.terms[value] {
            if let iri = definition.iri, iri.utf8.first == UInt8(ascii: "@"), JSONLDKeywords.all.contains(iri) { return iri }
            if vocab { return definition.iri }
        }
        return expandPrefixed(active, value, documentRelative: documentRelative, vocab: vocab)
    }

    /// Expansion while a context is being processed: terms of `builder.local` are defined on demand.
    func expandIRI(_ active: ActiveContext, _ value: String, documentRelative: Bool = false, vocab: Bool = false,
                   builder: inout TermBuilder) throws -> String? {
        if JSONLDKeywords.isKeyword(value) { return value }
        if JSONLDKeywords.hasKeywordForm(value) { return nil }
        if builder.local[value] != nil, builder.defined[value] != true {
            try createTermDefinition(active, value, &builder)
        }
        if let definition = active.terms[value] {
            if let iri = definition.iri, JSONLDKeywords.isKeyword(iri) { return iri }
            if vocab { return definition.iri }
        }
        if let colon = Self.compactIRIColon(value) {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix != "_", !suffix.hasPrefix("//"), builder.local[prefix] != nil, builder.defined[prefix] != true {
                try createTermDefinition(active, prefix, &builder)
            }
        }
        return expandPrefixed(active, value, documentRelative: documentRelative, vocab: vocab)
    }

    /// A member key expanded as a vocabulary IRI, with its term definition, in one lookup.
    func expandKey(_ active: ActiveContext, _ key: String) -> (iri: String?, definition: TermDefinition?) {
        if key.utf8.first == UInt8(ascii: "@") { return (expandIRI(active, key, vocab: true), active.terms[key]) }
        if let definition = active.terms[key] { return (definition.iri, definition) }
        return (expandPrefixed(active, key, documentRelative: false, vocab: true), nil)
    }

    func expandPrefixed(_ active: ActiveContext, _ value: String, documentRelative: Bool, vocab: Bool) -> String? {
        if let colon = Self.compactIRIColon(value) {
            let prefix = value[..<colon]
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let definition = active.terms[String(prefix)], definition.isPrefix, let iri = definition.iri {
                return iri + suffix
            }
            if IRI.hasScheme(value) { return value }
        }
        if vocab, let vocabIRI = active.vocab { return vocabIRI + value }
        if documentRelative { return IRI.resolve(value, against: active.baseIRI) }
        return value
    }
}
