import FairifyModel

/// The dialect readers, and how each one recognises its root element.
struct XMLDialectReader {
    var dialect: Dialect
    var read: (_ root: XMLElement, _ firstIndex: Int, _ envelope: XMLEnvelope?) -> [Record]
}

enum XMLDialects {
    static func reader(for element: XMLElement, forced: Dialect?) -> XMLDialectReader? {
        if let forced, let reader = reader(forcing: forced) { return reader }
        if DataCiteXMLReader.isResource(element) {
            return XMLDialectReader(dialect: .dataCiteXML) { [DataCiteXMLReader.read($0, index: $1, envelope: $2)] }
        }
        if EMLReader.isEML(element) {
            return XMLDialectReader(dialect: .eml) { [EMLReader.read($0, index: $1, envelope: $2)] }
        }
        if DDICodebookReader.isCodebook(element) {
            return XMLDialectReader(dialect: .ddi) { [DDICodebookReader.read($0, index: $1, envelope: $2)] }
        }
        if ISO19139Reader.isMetadata(element) {
            return XMLDialectReader(dialect: .iso19115) { [ISO19139Reader.read($0, index: $1, envelope: $2)] }
        }
        if RDFXMLReader.isRDF(element) {
            return XMLDialectReader(dialect: .dcat) { RDFXMLReader.read($0, firstIndex: $1, envelope: $2) }
        }
        // Dublin Core last: it also accepts any element with dc:/dcterms: children.
        if DublinCoreReader.isRecord(element) {
            return XMLDialectReader(dialect: .dublinCore) { [DublinCoreReader.read($0, index: $1, envelope: $2)] }
        }
        return nil
    }
}

extension XMLDialects {
    /// `--dialect` makes the payload be read by that dialect's reader whatever its root.
    static func reader(forcing dialect: Dialect) -> XMLDialectReader? {
        switch dialect {
        case .dataCiteXML: return XMLDialectReader(dialect: dialect) { [DataCiteXMLReader.read($0, index: $1, envelope: $2)] }
        case .dublinCore: return XMLDialectReader(dialect: dialect) { [DublinCoreReader.read($0, index: $1, envelope: $2)] }
        case .eml: return XMLDialectReader(dialect: dialect) { [EMLReader.read($0, index: $1, envelope: $2)] }
        case .ddi: return XMLDialectReader(dialect: dialect) { [DDICodebookReader.read($0, index: $1, envelope: $2)] }
        case .iso19115: return XMLDialectReader(dialect: dialect) { [ISO19139Reader.read($0, index: $1, envelope: $2)] }
        case .dcat, .rdfXML: return XMLDialectReader(dialect: dialect) { RDFXMLReader.read($0, firstIndex: $1, envelope: $2) }
        default: return nil
        }
    }
}

/// Envelopes other than OAI-PMH that carry metadata records.
enum XMLEnvelopes {
    /// The payload elements when `element` is an envelope, else nil.
    static func unwrap(_ element: XMLElement) -> [XMLElement]? {
        if element.isNamed("oai_datacite") {
            return element.child("payload")?.children ?? []
        }
        if let namespace = element.namespaceURI, namespace.hasPrefix("http://www.opengis.net/cat/csw/") {
            if element.isNamed("GetRecordByIdResponse") { return element.children }
            if element.isNamed("GetRecordsResponse") { return element.child("SearchResults")?.children ?? [] }
        }
        return nil
    }

    static func emptyDialect(_ element: XMLElement) -> Dialect {
        element.isNamed("oai_datacite") ? .dataCiteXML : .dublinCore
    }
}

/// OAI-PMH responses: GetRecord and ListRecords, one record per `<record>` with its header.
enum OAIPMH {
    static let namespace: StaticString = "http://www.openarchives.org/OAI/2.0/"

    static func isEnvelope(_ element: XMLElement) -> Bool { element.isNamed("OAI-PMH", namespace: namespace) }

    static func records(_ root: XMLElement) -> [(record: XMLElement, header: XMLElement?)] {
        var found: [(XMLElement, XMLElement?)] = []
        for verb in root.children where verb.isNamed("GetRecord") || verb.isNamed("ListRecords") {
            for record in verb.children(named: "record") { found.append((record, record.child("header"))) }
        }
        return found
    }

    static func payload(_ record: XMLElement) -> XMLElement? { record.child("metadata")?.children.first }

    static func envelope(_ header: XMLElement?) -> XMLEnvelope {
        XMLEnvelope(metadataIdentifier: header?.child("identifier"), metadataDate: header?.child("datestamp"),
                    sets: header?.children(named: "setSpec") ?? [])
    }

    static func deletedNote(_ header: XMLElement?) -> String {
        var note = header?.child("identifier")?.text.map { " (\($0))" } ?? ""
        if header?.value("status") == "deleted" { note += ": deleted" }
        return note
    }

    static func metadataPrefix(_ root: XMLElement) -> String? { root.child("request")?.value("metadataPrefix") }

    static func dialect(forPrefix prefix: String?) -> Dialect? {
        guard let prefix = prefix?.lowercased() else { return nil }
        if prefix.contains("datacite") { return .dataCiteXML }
        if prefix.contains("ddi") { return .ddi }
        if prefix.contains("eml") { return .eml }
        if prefix.contains("iso") || prefix.contains("gmd") { return .iso19115 }
        if prefix.contains("rdf") || prefix.contains("dcat") { return .dcat }
        if prefix.contains("dc") { return .dublinCore }
        return nil
    }
}
