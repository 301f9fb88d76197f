import FairifyModel

/// RDF/XML documents: read as triples, then one record per dataset (see `RDFDatasets`).
enum RDFXMLReader {
    static func isRDF(_ element: XMLElement) -> Bool { element.isNamed("RDF", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#") }

    static func read(_ root: XMLElement, firstIndex: Int, envelope: XMLEnvelope?) -> [Record] {
        let graph = RDFXMLParser.parse(root)
        let (isDCAT, datasets) = RDFDatasets.select(in: graph)
        let context = CatalogContext(graph: graph)
        return datasets.enumerated().map { offset, dataset in
            let element = graph.nodeOrigins[dataset] ?? root
            var builder = XMLRecordBuilder(root: element, dialect: isDCAT ? .dcat : .rdfXML, index: firstIndex + offset, version: nil, envelope: envelope)
            RDFDatasets.addFacts(of: dataset, isDCAT: isDCAT, in: context, into: &builder)
            return builder.build(extraVocabularies: RDFDatasets.vocabularies(of: dataset, in: graph))
        }
    }
}

extension XMLRecordBuilder: RDFFactSink {}

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
        let subject = RDFGraphTerm.blank("_:record")
        graph.noteNode(subject, root)
        for child in root.children {
            if isDublinCore(child), let predicate = child.expandedName {
                let scheme = child.value("scheme") ?? child.value("type", namespace: "http://www.w3.org/2001/XMLSchema-instance")
                let text = child.textContent
                let object: RDFGraphTerm = scheme?.hasSuffix("URI") == true ? .iri(text.trimmedXMLSpace) : .literal(text, language: child.language, datatype: scheme)
                graph.add(XMLRDFTriple(subject: subject, predicate: predicate, object: object, origin: child))
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
