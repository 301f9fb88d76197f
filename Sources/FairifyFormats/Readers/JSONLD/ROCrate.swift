import FairifyModel

/// RO-Crate: the metadata descriptor (`ro-crate-metadata.json`) names the root data entity
/// through `about`, and declares the RO-Crate version through `conformsTo`.
enum ROCrate {
    static func descriptor(in graph: LDGraph) -> LDNode? {
        graph.topLevel.first { node in
            guard let id = node.id, id.ldContains("ro-crate-metadata.json"), node.has(LDSchema.about) else { return false }
            let name = id.split(separator: "/").last ?? Substring(id)
            return name == "ro-crate-metadata.json" || name == "ro-crate-metadata.jsonld"
        }
    }

    static func root(in graph: LDGraph) -> LDNode? {
        descriptor(in: graph)?.terms(LDSchema.about).first?.node
    }

    static func version(in graph: LDGraph) -> String? {
        guard let descriptor = descriptor(in: graph) else { return nil }
        for term in descriptor.terms(LDDC.conformsTo) + descriptor.terms(LDSchema.conformsTo) {
            if let iri = term.node?.iri ?? term.literalText, iri.ldContains("w3id.org/ro/crate/") {
                return LDSchemaVersion.from(iri)
            }
        }
        return nil
    }
}

/// A node describing the metadata record rather than the resource (the RO-Crate metadata
/// descriptor, an OAI-ORE resource map): its identifier, dates and publisher are the record's.
enum LDMetadataDescriptor {
    static let dateProperties = [LDSchema.dateModified, LDSchema.datePublished, LDSchema.dateCreated,
                                 LDNS.dcterms + "modified", LDNS.dcterms + "issued", LDNS.dcterms + "created"]
    static let publisherProperties = [LDSchema.publisher, LDNS.dcterms + "publisher", LDNS.dcterms + "creator", LDSchema.iri("creator")]

    static func addFacts(of descriptor: LDNode, to crosswalk: inout NodeCrosswalk) {
        if let id = descriptor.id, !LDIRI.isBlank(id) {
            crosswalk.sink.add(.metadataIdentifier, id, property: "@id", at: descriptor.position)
        }
        for key in [LDDC.conformsTo, LDSchema.conformsTo] {
            for term in descriptor.terms(key) { crosswalk.addConformsTo(term, written(key, descriptor)) }
        }
        for key in dateProperties {
            for term in descriptor.terms(key) {
                if let date = term.literalText { crosswalk.sink.add(.metadataDate, date, property: written(key, descriptor), at: term.position) }
            }
        }
        for key in publisherProperties {
            for term in descriptor.terms(key) {
                if let name = term.literalText ?? term.node.flatMap({ $0.label ?? $0.iri }) {
                    crosswalk.sink.add(.metadataPublisher, name, property: written(key, descriptor), at: term.position)
                }
            }
        }
    }

    private static func written(_ key: String, _ node: LDNode) -> String { node.property(key)?.iri ?? key }
}
