import FairifyModel

/// RO-Crate: the metadata descriptor (`ro-crate-metadata.json`) names the root data entity
/// through `about`, and declares the RO-Crate version through `conformsTo`.
enum ROCrate {
    static func descriptor(in graph: LDGraph) -> LDNode? {
        graph.topLevel.first { node in
            guard let id = node.id, node.has(SDO.about) else { return false }
            let name = id.split(separator: "/").last ?? Substring(id)
            return name == "ro-crate-metadata.json" || name == "ro-crate-metadata.jsonld"
        }
    }

    static func root(in graph: LDGraph) -> LDNode? {
        descriptor(in: graph)?.terms(SDO.about).first?.node
    }

    static func version(in graph: LDGraph) -> String? {
        guard let descriptor = descriptor(in: graph) else { return nil }
        for term in descriptor.terms(DCT.conformsTo) + descriptor.terms(SDO.conformsTo) {
            if let iri = term.node?.iri ?? term.literalText, iri.contains("w3id.org/ro/crate/") {
                return SchemaVersion.from(iri)
            }
        }
        return nil
    }

    /// The descriptor describes the metadata record itself.
    static func addRecordFacts(of descriptor: LDNode, to crosswalk: inout NodeCrosswalk) {
        if let id = descriptor.id {
            crosswalk.sink.add(.metadataIdentifier, id, property: "@id", at: descriptor.position)
        }
        for term in descriptor.terms(DCT.conformsTo) + descriptor.terms(SDO.conformsTo) {
            crosswalk.addConformsTo(term, descriptor.properties[DCT.conformsTo]?.iri ?? SDO.conformsTo)
        }
        for key in [SDO.dateModified, SDO.datePublished, SDO.dateCreated] {
            for term in descriptor.terms(key) {
                if let date = term.literalText { crosswalk.sink.add(.metadataDate, date, property: descriptor.properties[key]?.iri ?? key, at: term.position) }
            }
        }
        for term in descriptor.terms(SDO.publisher) {
            if let name = term.literalText ?? term.node.flatMap({ $0.label ?? $0.iri }) {
                crosswalk.sink.add(.metadataPublisher, name, property: descriptor.properties[SDO.publisher]?.iri ?? SDO.publisher, at: term.position)
            }
        }
    }
}
