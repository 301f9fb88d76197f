import FairifyModel

/// Which resources of an RDF graph become records, and the facts every RDF syntax adds
/// around the crosswalk of one resource.
enum RDFDatasets {
    typealias Roles = RDFPropertyRoles
    static let dcatTypes = [Roles.dcat + "Dataset", Roles.dcat + "DatasetSeries"]
    static let otherTypes = [Roles.schemaHTTP + "Dataset", Roles.schemaHTTPS + "Dataset",
                             "http://purl.org/dc/dcmitype/Dataset", "http://rdfs.org/ns/void#Dataset"]

    /// One record per dcat:Dataset; else per schema.org or DCMI dataset; else the first
    /// resource with a title, else the first resource described.
    static func select<Origin>(in graph: RDFGraph<Origin>) -> (isDCAT: Bool, subjects: [RDFGraphTerm]) {
        let dcat = dcatTypes.flatMap { graph.subjects(ofType: $0) }
        if !dcat.isEmpty { return (true, dcat) }
        let others = otherTypes.flatMap { graph.subjects(ofType: $0) }
        if !others.isEmpty { return (false, others) }
        let titled = graph.subjects.first { subject in
            graph.statements(about: subject).contains { Roles.role($0.predicate) == .title }
        }
        return (false, (titled ?? graph.subjects.first).map { [$0] } ?? [])
    }

    /// The crosswalk of one dataset plus its types, its catalogue and catalogue record.
    static func addFacts<Sink: RDFFactSink>(of dataset: RDFGraphTerm, isDCAT: Bool, in context: CatalogContext<Sink.Origin>, into builder: inout Sink) {
        let graph = context.graph
        if isDCAT, let origin = graph.nodeOrigins[dataset] {
            builder.add(.conformsTo, "DCAT", [FactAttribute.iri: Roles.dcat], at: origin, property: "rdf:type")
        }
        for type in graph.types(of: dataset) { builder.addType(type) }
        RDFFactMapper(graph: graph).map(dataset, into: &builder)
        context.addCatalogFacts(for: dataset, into: &builder)
    }

    /// Namespaces of the predicates and types used by the resource and the nodes it points to.
    static func vocabularies<Origin>(of subject: RDFGraphTerm, in graph: RDFGraph<Origin>) -> [String] {
        var namespaces = Set<String>()
        var queue = [subject]
        var seen = Set<RDFGraphTerm>()
        while let next = queue.popLast(), seen.insert(next).inserted, seen.count < 64 {
            for triple in graph.statements(about: next) {
                namespaces.insert(namespace(of: triple.predicate))
                if triple.predicate == RDFNamespace.type, let type = triple.object.iri { namespaces.insert(namespace(of: type)) }
                if case .blank = triple.object { queue.append(triple.object) }
            }
        }
        return Array(namespaces)
    }

    static func namespace(of iri: String) -> String {
        guard let index = iri.lastIndex(where: { $0 == "#" || $0 == "/" }) else { return iri }
        return String(iri[...index])
    }
}

/// Catalogue-level context: the catalogue a dataset belongs to and its catalogue record.
/// The links are indexed once per graph, so a catalogue of many datasets stays linear.
struct CatalogContext<Origin> {
    typealias Roles = RDFPropertyRoles
    let graph: RDFGraph<Origin>
    private var catalogLinks: [RDFGraphTerm: [RDFTriple<Origin>]] = [:]
    private var recordLinks: [RDFGraphTerm: [RDFTriple<Origin>]] = [:]

    init(graph: RDFGraph<Origin>) {
        self.graph = graph
        for triple in graph.triples {
            if triple.predicate == Roles.dcat + "dataset" { catalogLinks[triple.object, default: []].append(triple) }
            if triple.predicate == Roles.foaf + "primaryTopic" { recordLinks[triple.object, default: []].append(triple) }
        }
    }

    func addCatalogFacts<Sink: RDFFactSink>(for dataset: RDFGraphTerm, into builder: inout Sink) where Sink.Origin == Origin {
        let mapper = RDFFactMapper(graph: graph)
        for triple in catalogLinks[dataset] ?? [] {
            let catalog = triple.subject
            builder.add(.dataCatalog, mapper.first(catalog, [Roles.dcterms + "title"]) ?? catalog.iri, [FactAttribute.iri: catalog.iri],
                        at: triple.origin, property: triple.predicate)
            if let publisher = graph.objects(catalog, Roles.dcterms + "publisher").first {
                builder.add(.metadataPublisher, mapper.label(publisher), [FactAttribute.iri: publisher.iri], at: triple.origin, property: Roles.dcterms + "publisher")
            }
        }
        for triple in recordLinks[dataset] ?? [] {
            let record = triple.subject
            let origin = graph.nodeOrigins[record] ?? triple.origin
            let identifier = mapper.first(record, [Roles.dcterms + "identifier"]) ?? record.iri
            builder.add(.metadataIdentifier, identifier, [FactAttribute.scheme: identifier.map { ClassifiedIdentifier.classify($0).scheme.rawValue }],
                        at: origin, property: Roles.dcat + "CatalogRecord")
            builder.add(.metadataDate, mapper.first(record, [Roles.dcterms + "modified", Roles.dcterms + "issued"]), [:], at: origin, property: Roles.dcterms + "modified")
            for standard in graph.objects(record, Roles.dcterms + "conformsTo") {
                builder.add(.conformsTo, mapper.label(standard), [FactAttribute.iri: standard.iri], at: origin, property: Roles.dcterms + "conformsTo")
            }
        }
    }
}
