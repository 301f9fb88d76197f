import FairifyModel

/// RDF/XML documents: read as triples, then one record per dcat:Dataset (DCAT, DCAT-AP), else
/// per schema.org or DCMI dataset, else the first described resource.
enum RDFXMLReader {
    typealias Roles = RDFPropertyRoles
    static let datasetTypes = [Roles.dcat + "Dataset", Roles.dcat + "DatasetSeries"]
    static let otherDatasetTypes = [Roles.schemaHTTP + "Dataset", Roles.schemaHTTPS + "Dataset",
                                    "http://purl.org/dc/dcmitype/Dataset", "http://rdfs.org/ns/void#Dataset"]

    static func isRDF(_ element: XMLElement) -> Bool { element.isNamed("RDF", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#") }

    static func read(_ root: XMLElement, firstIndex: Int, envelope: XMLEnvelope?) -> [Record] {
        let graph = RDFXMLParser.parse(root)
        var dialect = Dialect.dcat
        var datasets = datasetTypes.flatMap { graph.subjects(ofType: $0) }
        if datasets.isEmpty {
            dialect = .rdfXML
            datasets = otherDatasetTypes.flatMap { graph.subjects(ofType: $0) }
        }
        if datasets.isEmpty, let described = graph.subjects.first(where: { subject in
            graph.statements(about: subject).contains { RDFPropertyRoles.role($0.predicate) == .title }
        }) ?? graph.subjects.first {
            datasets = [described]
        }
        let context = CatalogContext(graph: graph)
        return datasets.enumerated().map { offset, dataset in
            let element = graph.nodeElements[dataset] ?? root
            var builder = XMLRecordBuilder(root: element, dialect: dialect, index: firstIndex + offset, version: nil, envelope: envelope)
            if dialect == .dcat {
                builder.add(.conformsTo, "DCAT", [FactAttribute.iri: Roles.dcat], at: element, property: "rdf:type")
            }
            builder.record.types = graph.types(of: dataset)
            RDFFactMapper(graph: graph).map(dataset, into: &builder)
            context.addCatalogFacts(for: dataset, into: &builder)
            return builder.build(extraVocabularies: vocabularies(of: dataset, in: graph))
        }
    }

    /// Namespaces of the predicates and types used by the resource and the nodes it points to.
    static func vocabularies(of subject: XMLRDFTerm, in graph: XMLRDFGraph) -> [String] {
        var namespaces = Set<String>()
        var queue = [subject]
        var seen = Set<XMLRDFTerm>()
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
struct CatalogContext {
    typealias Roles = RDFPropertyRoles
    let graph: XMLRDFGraph

    func addCatalogFacts(for dataset: XMLRDFTerm, into builder: inout XMLRecordBuilder) {
        let mapper = RDFFactMapper(graph: graph)
        for triple in graph.triples where triple.predicate == Roles.dcat + "dataset" && triple.object == dataset {
            let catalog = triple.subject
            builder.add(.dataCatalog, mapper.first(catalog, [Roles.dcterms + "title"]) ?? catalog.iri, [FactAttribute.iri: catalog.iri],
                        at: triple.element, property: triple.predicate)
            if let publisher = graph.objects(catalog, Roles.dcterms + "publisher").first {
                builder.add(.metadataPublisher, mapper.label(publisher), [FactAttribute.iri: publisher.iri], at: triple.element, property: Roles.dcterms + "publisher")
            }
        }
        for triple in graph.triples where triple.predicate == Roles.foaf + "primaryTopic" && triple.object == dataset {
            let record = triple.subject
            let element = graph.nodeElements[record] ?? triple.element
            let identifier = mapper.first(record, [Roles.dcterms + "identifier"]) ?? record.iri
            builder.add(.metadataIdentifier, identifier, [FactAttribute.scheme: identifier.map { ClassifiedIdentifier.classify($0).scheme.rawValue }],
                        at: element, property: Roles.dcat + "CatalogRecord")
            builder.add(.metadataDate, mapper.first(record, [Roles.dcterms + "modified", Roles.dcterms + "issued"]), at: element, property: Roles.dcterms + "modified")
            for standard in graph.objects(record, Roles.dcterms + "conformsTo") {
                builder.add(.conformsTo, mapper.label(standard), [FactAttribute.iri: standard.iri], at: element, property: Roles.dcterms + "conformsTo")
            }
        }
    }
}

/// Dublin Core records: `oai_dc:dc`, CSW `Record`/`SummaryRecord`/`BriefRecord`, or any element
/// whose children are `dc:`/`dcterms:` elements.
enum DublinCoreReader {
    static let oaiDC: StaticString = "http://www.openarchives.org/OAI/2.0/oai_dc/"

    static func isRecord(_ element: XMLElement) -> Bool {
        if element.isNamed("dc", namespace: oaiDC) { return true }
        if let namespace = element.namespaceURI, namespace.hasPrefix("http://www.opengis.net/cat/csw/"),
           ["Record", "SummaryRecord", "BriefRecord"].contains(element.localName) { return true }
        return element.children.contains { isDublinCore($0) }
    }

    static func isDublinCore(_ element: XMLElement) -> Bool {
        element.namespaceIs("http://purl.org/dc/elements/1.1/") || element.namespaceIs("http://purl.org/dc/terms/")
    }

    static func read(_ root: XMLElement, index: Int, envelope: XMLEnvelope?) -> Record {
        var builder = XMLRecordBuilder(root: root, dialect: .dublinCore, index: index, version: nil, envelope: envelope)
        let standard = root.isNamed("dc", namespace: oaiDC) ? "OAI-PMH oai_dc" : root.namespaceURI?.contains("/cat/csw/") == true ? "OGC CSW Record (Dublin Core)" : "Dublin Core"
        builder.add(.conformsTo, standard, [FactAttribute.iri: root.namespaceURI], at: root, property: root.qualifiedName)
        var graph = XMLRDFGraph()
        let subject = XMLRDFTerm.blank("_:record")
        graph.noteNode(subject, root)
        for child in root.children {
            if isDublinCore(child), let predicate = child.expandedName {
                let scheme = child.value("scheme") ?? child.value("type", namespace: "http://www.w3.org/2001/XMLSchema-instance")
                let text = child.textContent
                let object: XMLRDFTerm = scheme?.hasSuffix("URI") == true ? .iri(text.trimmedXMLSpace) : .literal(text, language: child.language, datatype: scheme)
                graph.add(XMLRDFTriple(subject: subject, predicate: predicate, object: object, element: child))
            } else if child.localName == "BoundingBox" || child.localName == "WGS84BoundingBox" {
                let corners = [child.child("LowerCorner")?.text, child.child("UpperCorner")?.text].compactMap { $0 }
                builder.add(.spatialCoverage, corners.isEmpty ? nil : "box " + corners.joined(separator: " "), ["crs": child.value("crs")], at: child)
            }
        }
        RDFFactMapper(graph: graph).map(subject, into: &builder)
        for type in builder.record.facts(.resourceType) { builder.addType(type.value) }
        return builder.build()
    }
}
