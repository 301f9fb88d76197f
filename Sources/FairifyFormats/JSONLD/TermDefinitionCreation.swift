import Foundation

/// Create Term Definition (JSON-LD 1.1 API, 4.2).
extension JSONLDProcessor {
    static let termDefinitionKeys: Set<String> = [
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest",
        "@prefix", "@protected", "@type",
    ]

    func createTermDefinition(_ active: ActiveContext, _ term: String, _ builder: inout TermBuilder) throws {
        if let state = builder.defined[term] {
            if state { return }
            throw JSONLDError("cyclic IRI mapping", term, at: builder.local.member(term)?.keyPosition ?? .unknown)
        }
        let position = builder.local.member(term)?.value.position ?? .unknown
        if term.isEmpty { throw JSONLDError("invalid term definition", "empty term", at: position) }
        builder.defined[term] = false
        let value = builder.local[term] ?? .null
        if term == "@type" && !active.is10 {
            try checkTypeRedefinition(value)
        } else if JSONLDKeywords.isKeyword(term) {
            throw JSONLDError("keyword redefinition", term, at: position)
        } else if JSONLDKeywords.hasKeywordForm(term) {
            warn("term \(term) looks like a keyword and is ignored", in: active)
            builder.defined[term] = true
            return
        }
        let previous = active.terms.removeValue(forKey: term)
        var simpleTerm = false
        let object: JSONObject
        switch value.kind {
        case .null: object = JSONObject([("@id", .null)])
        case .string: object = JSONObject([("@id", value)]); simpleTerm = true
        case .object(let o): object = o
        default: throw JSONLDError("invalid term definition", "\(term) must map to a string, an object or null", at: position)
        }
        var definition = TermDefinition()
        definition.isProtected = builder.protectedDefault
        if let protected = object["@protected"] {
            if active.is10 { throw JSONLDError("invalid term definition", "@protected in json-ld-1.0 mode", at: protected.position) }
            guard let flag = protected.boolValue else { throw JSONLDError("invalid @protected value", term, at: protected.position) }
            definition.isProtected = flag
        }
        if let typeValue = object["@type"] {
            try setTypeMapping(&definition, typeValue, active, &builder)
        }
        if let reverse = object["@reverse"] {
            try defineReverse(&definition, reverse, object, term, active, &builder)
            builder.defined[term] = true
            active.terms[term] = definition
            if definition.isProtected { active.hasProtectedTerms = true }
            return
        }
        if !(try setIRIMapping(&definition, object, term, simpleTerm, active, &builder, position)) { return }
        try setContainerAndOptions(&definition, object, term, active, &builder, position)
        if !builder.overrideProtected, let previous, previous.isProtected {
            guard definition.sameDefinition(as: previous) else {
                throw JSONLDError("protected term redefinition", term, at: position)
            }
            definition = previous
        }
        active.terms[term] = definition
        if definition.isProtected { active.hasProtectedTerms = true }
        builder.defined[term] = true
    }

    private func checkTypeRedefinition(_ value: JSONValue) throws {
        guard let object = value.objectValue, !object.isEmpty else {
            throw JSONLDError("keyword redefinition", "@type may only be given @container @set and @protected", at: value.position)
        }
        for member in object.members {
            switch member.key {
            case "@container": guard member.value.stringValue == "@set" else { fallthrough }
            case "@protected": continue
            default: throw JSONLDError("keyword redefinition", "@type may only be given @container @set and @protected", at: value.position)
            }
        }
    }

    private func setTypeMapping(_ definition: inout TermDefinition, _ typeValue: JSONValue, _ active: ActiveContext,
                                _ builder: inout TermBuilder) throws {
        guard let type = typeValue.stringValue else { throw JSONLDError("invalid type mapping", "@type must be a string", at: typeValue.position) }
        let expanded = try expandIRI(active, type, vocab: true, builder: &builder)
        if (expanded == "@json" || expanded == "@none") && active.is10 {
            throw JSONLDError("invalid type mapping", type, at: typeValue.position)
        }
        guard let expanded, ["@id", "@vocab", "@json", "@none"].contains(expanded) || (IRI.isAbsolute(expanded) && !IRI.isBlankNode(expanded)) else {
            throw JSONLDError("invalid type mapping", type, at: typeValue.position)
        }
        definition.typeMapping = expanded
    }

    private func defineReverse(_ definition: inout TermDefinition, _ reverse: JSONValue, _ object: JSONObject, _ term: String,
                               _ active: ActiveContext, _ builder: inout TermBuilder) throws {
        if object["@id"] != nil || object["@nest"] != nil {
            throw JSONLDError("invalid reverse property", term, at: reverse.position)
        }
        guard let reverseIRI = reverse.stringValue else { throw JSONLDError("invalid IRI mapping", term, at: reverse.position) }
        if JSONLDKeywords.hasKeywordForm(reverseIRI) {
            warn("reverse property \(reverseIRI) looks like a keyword and is ignored", in: active)
            return
        }
        guard let expanded = try expandIRI(active, reverseIRI, vocab: true, builder: &builder),
              expanded.containsByte(":"), !JSONLDKeywords.isKeyword(expanded) else {
            throw JSONLDError("invalid IRI mapping", term, at: reverse.position)
        }
        definition.iri = expanded
        if let container = object["@container"] {
            switch container.kind {
            case .null: break
            case .string(let c) where c == "@set" || c == "@index": definition.container = ContainerSet.named(c) ?? []
            default: throw JSONLDError("invalid reverse property", "a reverse property's container must be @set or @index", at: container.position)
            }
        }
        definition.isReverse = true
    }

    /// Steps 14-18: the IRI mapping. Returns false when the term is to be ignored.
    private func setIRIMapping(_ definition: inout TermDefinition, _ object: JSONObject, _ term: String, _ simpleTerm: Bool,
                               _ active: ActiveContext, _ builder: inout TermBuilder, _ position: SourcePosition) throws -> Bool {
        if let idValue = object["@id"], idValue.stringValue != term {
            if idValue.isNull {
                definition.iri = nil
                return true
            }
            guard let id = idValue.stringValue else { throw JSONLDError("invalid IRI mapping", term, at: idValue.position) }
            if !JSONLDKeywords.isKeyword(id) && JSONLDKeywords.hasKeywordForm(id) {
                warn("term \(term) maps to \(id), which looks like a keyword; ignored", in: active)
                builder.defined[term] = true
                return false
            }
            guard let expanded = try expandIRI(active, id, vocab: true, builder: &builder),
                  JSONLDKeywords.isKeyword(expanded) || expanded.containsByte(":") else {
                throw JSONLDError("invalid IRI mapping", "\(term) -> \(id)", at: idValue.position)
            }
            if expanded == "@context" { throw JSONLDError("invalid keyword alias", term, at: idValue.position) }
            definition.iri = expanded
            if Self.looksLikeIRI(term) {
                builder.defined[term] = true
                let termIRI = try expandIRI(active, term, vocab: true, builder: &builder)
                if termIRI != expanded { throw JSONLDError("invalid IRI mapping", "\(term) does not expand to \(expanded)", at: position) }
            }
            if !term.containsByte(":") && !term.containsByte("/") && simpleTerm
                && (Self.endsWithGenDelim(expanded) || IRI.isBlankNode(expanded)) {
                definition.isPrefix = true
            }
        } else if let colon = Self.compactIRIColon(term) {
            let prefix = String(term[..<colon])
            let suffix = term[term.index(after: colon)...]
            if builder.local[prefix] != nil { try createTermDefinition(active, prefix, &builder) }
            if let prefixIRI = active.terms[prefix]?.iri {
                definition.iri = prefixIRI + suffix
            } else {
                definition.iri = term
            }
        } else if term.containsByte("/") {
            guard let expanded = expandIRI(active, term, vocab: true), IRI.isAbsolute(expanded) else {
                throw JSONLDError("invalid IRI mapping", term, at: position)
            }
            definition.iri = expanded
        } else if term == "@type" {
            definition.iri = "@type"
        } else if let vocab = active.vocab {
            definition.iri = vocab + term
        } else {
            throw JSONLDError("invalid IRI mapping", "\(term) has no IRI and there is no @vocab", at: position)
        }
        return true
    }

    /// A term containing a colon after its first character, or any slash.
    static func looksLikeIRI(_ term: String) -> Bool {
        if term.containsByte("/") { return true }
        guard let colon = term.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return colon != term.startIndex && term.index(after: colon) != term.endIndex
    }

    static func compactIRIColon(_ term: String) -> String.Index? {
        guard let colon = term.utf8.firstIndex(of: UInt8(ascii: ":")), colon != term.startIndex else { return nil }
        return colon
    }

    static func endsWithGenDelim(_ iri: String) -> Bool {
        guard let last = iri.utf8.last else { return false }
        switch last {
        case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"): return true
        default: return false
        }
    }
}
