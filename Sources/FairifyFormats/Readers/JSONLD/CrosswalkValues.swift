import FairifyModel

enum LDIdentifierReading {
    /// The identifier a node stands for: a PropertyValue's value or url, a DATS Identifier's
    /// `identifier`, an ADMS identifier's notation, else the node's own IRI.
    static func value(of node: LDNode) -> String? {
        node.text(LDSchema.value, LDSchema.identifier, LDDC.notation, LDSchema.url, LDSchema.name) ?? node.iri
    }
}

extension NodeCrosswalk {
    mutating func addIdentifier(_ term: LDTerm, _ property: String) {
        let text = term.literalText ?? term.node.flatMap(LDIdentifierReading.value(of:))
        guard let text else { return }
        addIdentifier(text, property: property, at: term.position)
        if let node = term.node, let url = node.text(LDSchema.url), url != text {
            addIdentifier(url, property: property, at: term.position)
        }
    }

    mutating func addIdentifier(_ text: String, property: String, at position: SourcePosition) {
        guard !sink.hasSeen(identifier: text) else { return }  // the sink would drop it: skip classifying
        let classified = LDIdentifier.classify(text)
        var attributes = [FactAttribute.scheme: classified.scheme.rawValue]
        attributes[FactAttribute.iri] = classified.canonical
        sink.add(.identifier, text, attributes, property: property, at: position)
    }

    mutating func addURL(_ term: LDTerm, _ property: String) {
        guard let text = term.text else { return }
        let classified = LDIdentifier.classify(text)
        if classified.scheme.isPersistent {
            addIdentifier(text, property: property, at: term.position)
        } else {
            addRelatedText(.relatedResource, "landingPage", text, property: property, at: term.position)
        }
    }

    mutating func addDate(_ kind: FactKind, _ dateType: String?, _ term: LDTerm, _ property: String) {
        var kind = kind, dateType = dateType
        var text = term.literalText
        if let node = term.node {
            // DATS dates are nodes: a date plus an annotation naming what the date is.
            text = node.text(LDSchema.temporalCoverage, LDSchema.value, LDSchema.startDate)
            if let label = node.terms(LDSchema.additionalType).first?.display {
                (kind, dateType) = LDDateTypes.kind(forLabel: label, default: kind)
            }
        }
        guard let text else { return }
        let attributes = kind == .date ? dateType.map { [FactAttribute.dateType: $0] } ?? [:] : [:]
        sink.add(kind, text, attributes, property: property, at: term.position)
    }

    mutating func addKeywords(_ kind: FactKind, _ term: LDTerm, _ property: String) {
        switch term {
        case .literal(let literal):
            // schema:keywords may be one comma-separated text; each part is a keyword.
            let splits = kind == .keyword && (property == LDExtraTerm.sdoKeywords || property == LDExtraTerm.httpsKeywords) && literal.text.ldContains(",")
            guard splits else { return sink.add(kind, literal.text, property: property, at: literal.position) }
            for part in literal.text.split(separator: ",") { sink.add(kind, String(part), property: property, at: literal.position) }
        case .node(let node, _):
            guard let value = node.label ?? node.text(LDSchema.value, LDSchema.termCode) ?? node.iri else { return }
            var attributes: [String: String] = [:]
            attributes[FactAttribute.termIRI] = node.iri.flatMap { LDIRI.isAbsolute($0) ? $0 : nil } ?? node.text(LDSchema.url, LDSchema.valueReference)
            if let set = (node.terms(LDSchema.inDefinedTermSet) + node.terms(LDDC.inScheme)).first {
                let setIRI = set.node?.iri ?? set.node?.text(LDSchema.url) ?? set.literalText.flatMap { LDIRI.isAbsolute($0) ? $0 : nil }
                attributes[FactAttribute.schemeIRI] = setIRI
                attributes[FactAttribute.scheme] = set.node?.label ?? set.literalText ?? setIRI
            }
            sink.add(kind, value, attributes, property: property, at: term.position)
        }
    }

    mutating func addLicense(_ term: LDTerm, _ property: String) {
        var candidates: [String] = []
        let value: String?
        if let node = term.node {
            candidates = [node.iri, node.text(LDSchema.url), node.text(LDSchema.identifier), node.label].compactMap { $0 }
            value = candidates.first
        } else {
            value = term.literalText
            candidates = value.map { [$0] } ?? []
        }
        guard let value else { return }
        var attributes: [String: String] = [:]
        attributes[FactAttribute.iri] = candidates.first { LDIRI.isAbsolute($0) && $0.ldContains("/") }
        attributes[FactAttribute.spdx] = candidates.lazy.compactMap(SPDXLicense.identify).first
        sink.add(.license, value, attributes, property: property, at: term.position)
    }

    mutating func addAccessRights(_ term: LDTerm, _ property: String) {
        guard let value = term.node?.label ?? term.text else { return }
        var attributes: [String: String] = [:]
        if let iri = term.node?.iri ?? term.literalText.flatMap({ LDIRI.isAbsolute($0) ? $0 : nil }) {
            attributes[FactAttribute.iri] = iri
            attributes[FactAttribute.isOpen] = LDAccessRightsIRI.isOpen(iri).map { $0 ? "true" : "false" }
        }
        sink.add(.accessRights, value, attributes, property: property, at: term.position)
    }

    mutating func addFreeAccess(_ term: LDTerm, _ property: String) {
        guard let text = term.literalText?.lowercased(), text == "true" || text == "false" else { return }
        let open = text == "true"
        sink.add(.accessRights, open ? "accessible for free" : "not accessible for free",
                 [FactAttribute.isOpen: open ? "true" : "false"], property: property, at: term.position)
    }
}

enum LDDateTypes {
    /// DATS names date types in words ("creation date", "release date").
    static func kind(forLabel label: String, default kind: FactKind) -> (FactKind, String?) {
        let lower = label.lowercased()
        if lower.ldContains("creat") { return (.dateCreated, nil) }
        if lower.ldContains("modif") || lower.ldContains("updat") { return (.dateModified, nil) }
        if lower.ldContains("release") || lower.ldContains("publi") || lower.ldContains("issue") { return (.dateIssued, nil) }
        return (kind, label)
    }
}

enum LDAccessRightsIRI {
    /// Open or not, for the common access-rights vocabularies (EU authority table, COAR, info:eu-repo).
    static func isOpen(_ iri: String) -> Bool? {
        let local = LDIRI.localName(iri)
        switch local {
        case "PUBLIC", "c_abf2", "openAccess": return true
        case "RESTRICTED", "NON_PUBLIC", "CONFIDENTIAL", "c_16ec", "c_f1cf", "c_14cb",
             "closedAccess", "restrictedAccess", "embargoedAccess": return false
        default: return nil
        }
    }
}
