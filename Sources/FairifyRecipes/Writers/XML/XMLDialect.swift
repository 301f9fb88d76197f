import FairifyModel

/// The XML dialects besides DataCite that `fix` patches, and where their records sit: every
/// `oai_dc:dc` of an OAI-PMH response, EML's `dataset`, ISO 19139's `MD_Metadata`, every
/// `dcat:Dataset` of an RDF/XML document.
enum XMLDialect: String, CaseIterable {
    case dublinCore = "dublin-core"
    case eml
    case iso19139 = "iso19139"
    case dcat = "rdf-dcat"

    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let dcatNS = "http://www.w3.org/ns/dcat#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let gmd = "http://www.isotc211.org/2005/gmd"

    static func detect(_ scanner: XMLScanner) -> (dialect: XMLDialect, records: [Int])? {
        guard let root = scanner.root else { return nil }
        let rootElement = scanner.elements[root]
        if rootElement.localName == "RDF", rootElement.namespace == rdf {
            let datasets = scanner.elements.indices.filter { isDataset(scanner, $0) }
            return datasets.isEmpty ? nil : (.dcat, datasets)
        }
        if rootElement.localName == "eml", rootElement.namespace?.contains("eml") == true, let dataset = scanner.child(root, "dataset") {
            return (.eml, [dataset])
        }
        if rootElement.localName == "MD_Metadata", rootElement.namespace == gmd { return (.iso19139, [root]) }
        // Dublin Core: every element whose children are DC elements (oai_dc:dc, or a bare <metadata>).
        let records = scanner.elements.indices.filter { index in
            scanner.elements[index].namespace != dc && scanner.elements[index].children.contains { scanner.elements[$0].namespace == dc }
        }
        return records.isEmpty ? nil : (.dublinCore, records)
    }

    /// `dcat:Dataset`, or `rdf:Description` typed `dcat:Dataset` with `rdf:type`.
    static func isDataset(_ scanner: XMLScanner, _ index: Int) -> Bool {
        let e = scanner.elements[index]
        if e.localName == "Dataset", e.namespace == dcatNS { return true }
        guard e.localName == "Description", e.namespace == rdf else { return false }
        return scanner.children(index, named: "type").contains { t in
            scanner.elements[t].namespace == rdf && scanner.elements[t].attributes.contains { $0.name.hasSuffix("resource") && $0.value == dcatNS + "Dataset" }
        }
    }

    var actions: [String: XMLAction] {
        switch self {
        case .dublinCore: return DublinCoreActions.all
        case .eml: return EMLActions.all
        case .iso19139: return ISOActions.all
        case .dcat: return DCATActions.all
        }
    }
}
