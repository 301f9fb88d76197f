import FairifyModel

/// Turns the node describing one resource into facts, following `LDPropertyRules.table`.
struct NodeCrosswalk {
    var sink: LDFactSink
    /// Nested values (an agent's affiliation, a grant's funder) are read this deep at most,
    /// which also stops cycles between nodes.
    let maxDepth = 4

    init(sink: LDFactSink) { self.sink = sink }

    mutating func describe(_ root: LDNode) {
        if let iri = root.iri, LDIRI.isAbsolute(iri), !iri.hasPrefix("file:") {
            addIdentifier(iri, property: "@id", at: sink.memberPosition("@id", of: root.position))
        }
        let typeAt = root.typePosition.isKnown ? root.typePosition : sink.memberPosition("@type", of: root.position)
        for type in root.types {
            sink.add(.resourceType, String(LDIRI.localName(type)), [FactAttribute.iri: type], property: "@type", at: typeAt)
        }
        for (key, property) in zip(root.order, root.propertyValues) {
            guard let rule = LDPropertyRules.table[key] else { continue }
            for term in property.values { apply(rule, term, property.iri) }
        }
    }

    private mutating func apply(_ rule: LDPropertyRule, _ term: LDTerm, _ property: String) {
        let at = term.position
        switch rule {
        case .text(let kind):
            if let text = term.literalText ?? term.node?.label { sink.add(kind, text, property: property, at: at) }
        case .date(let kind, let dateType): addDate(kind, dateType, term, property)
        case .agent(let kind, let role): addAgent(kind, role: role, term, property)
        case .identifier: addIdentifier(term, property)
        case .url: addURL(term, property)
        case .keyword: addKeywords(.keyword, term, property)
        case .subject: addKeywords(.subject, term, property)
        case .license: addLicense(term, property)
        case .rights:
            if let text = term.text { sink.add(.rights, text, property: property, at: at) }
        case .accessRights: addAccessRights(term, property)
        case .isAccessibleForFree: addFreeAccess(term, property)
        case .distribution: addDistribution(term, property)
        case .part: addPart(term, property)
        case .related(let type): addRelated(.relatedResource, type, term, property)
        case .provenance(let type): addRelated(.provenance, type, term, property)
        case .conformsTo: addConformsTo(term, property)
        case .schemaVersion:
            if let text = term.text { sink.add(.conformsTo, text, [FactAttribute.schemaVersion: text], property: property, at: at) }
        case .funder: addFunder(term, property)
        case .funding: addFunding(term, property)
        case .spatial: addSpatial(term, property)
        case .temporal: addTemporal(term, property)
        case .language:
            if let text = term.literalText ?? term.node.flatMap({ $0.text(LDSchema.alternateName, LDSchema.name) ?? $0.iri }) {
                sink.add(.language, text, property: property, at: at)
            }
        case .resourceType:
            if let text = term.display { sink.add(.resourceType, text, [FactAttribute.iri: term.node?.iri ?? ""], property: property, at: at) }
        case .dataCatalog: addCatalog(term, property)
        case .metadataIdentifier:
            if let text = term.node.flatMap({ $0.iri ?? $0.text(LDSchema.url, LDSchema.identifier) }) ?? term.literalText {
                sink.add(.metadataIdentifier, text, property: property, at: at)
            }
        case .metadataPublisher:
            if let text = term.literalText ?? term.node.flatMap({ $0.label ?? $0.iri }) {
                sink.add(.metadataPublisher, text, [FactAttribute.identifier: term.node?.iri ?? ""], property: property, at: at)
            }
        case .variable: addVariable(term, property)
        case .metadataDate:
            if let text = term.text { sink.add(.metadataDate, text, property: property, at: at) }
        }
    }
}
