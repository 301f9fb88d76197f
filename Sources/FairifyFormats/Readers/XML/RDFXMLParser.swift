import FairifyModel

typealias XMLRDFGraph = RDFGraph<XMLElement>
typealias XMLRDFTriple = RDFTriple<XMLElement>

/// RDF/XML (the 2004 syntax) over the DOM: node and property elements, rdf:about/ID/nodeID,
/// rdf:resource, rdf:parseType Resource/Literal/Collection, property attributes, typed and
/// language-tagged literals. Collections become one statement per member.
struct RDFXMLParser {
    private(set) var graph = XMLRDFGraph()
    private var blankCounter = 0

    static func parse(_ root: XMLElement) -> XMLRDFGraph {
        var parser = RDFXMLParser()
        if root.isNamed("RDF", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#") {
            for node in root.children { _ = parser.node(node) }
        } else {
            _ = parser.node(root)
        }
        return parser.graph
    }

    private mutating func newBlank() -> RDFGraphTerm {
        blankCounter += 1
        return .blank("_:b\(blankCounter)")
    }

    private static let rdfNS: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    private mutating func node(_ element: XMLElement) -> RDFGraphTerm {
        let subject: RDFGraphTerm
        if let about = element.attribute("about", namespace: Self.rdfNS) {
            subject = .iri(resolve(about, element))
        } else if let id = element.attribute("ID", namespace: Self.rdfNS) {
            subject = .iri(resolve("#" + id, element))
        } else if let nodeID = element.attribute("nodeID", namespace: Self.rdfNS) {
            subject = .blank("_:" + nodeID)
        } else {
            subject = newBlank()
        }
        graph.noteNode(subject, element)
        if !(element.isNamed("Description", namespace: Self.rdfNS)), let type = element.expandedName {
            graph.add(XMLRDFTriple(subject: subject, predicate: RDFNamespace.type, object: .iri(type), origin: element))
        }
        addPropertyAttributes(of: element, to: subject)
        var memberIndex = 0
        for property in element.children { self.property(property, of: subject, memberIndex: &memberIndex) }
        return subject
    }

    private mutating func addPropertyAttributes(of element: XMLElement, to subject: RDFGraphTerm) {
        for attribute in element.attributes {
            guard let namespace = attribute.namespaceURI, namespace != RDFNamespace.rdf || attribute.localName == "type",
                  namespace != "http://www.w3.org/XML/1998/namespace" else { continue }
            let object: RDFGraphTerm = attribute.localName == "type" && namespace == RDFNamespace.rdf
                ? .iri(resolve(attribute.value, element)) : .literal(attribute.value, language: element.language, datatype: nil)
            graph.add(XMLRDFTriple(subject: subject, predicate: namespace + attribute.localName, object: object, origin: element))
        }
    }

    private mutating func property(_ element: XMLElement, of subject: RDFGraphTerm, memberIndex: inout Int) {
        guard var predicate = element.expandedName else { return }
        if predicate == RDFNamespace.rdf + "li" {
            memberIndex += 1
            predicate = RDFNamespace.rdf + "_\(memberIndex)"
        }
        let parseType = element.attribute("parseType", namespace: Self.rdfNS)
        let object: RDFGraphTerm
        if let resource = element.attribute("resource", namespace: Self.rdfNS) {
            object = .iri(resolve(resource, element))
            addPropertyAttributes(of: element, to: object)
        } else if let nodeID = element.attribute("nodeID", namespace: Self.rdfNS) {
            object = .blank("_:" + nodeID)
            addPropertyAttributes(of: element, to: object)
        } else if parseType == "Resource" {
            object = newBlank()
            graph.noteNode(object, element)
            var index = 0
            for child in element.children { property(child, of: object, memberIndex: &index) }
        } else if parseType == "Literal" {
            object = .literal(element.children.map { $0.serialized() }.joined(), language: nil, datatype: RDFNamespace.rdf + "XMLLiteral")
        } else if parseType == "Collection" {
            for member in element.children {
                graph.add(XMLRDFTriple(subject: subject, predicate: predicate, object: node(member), origin: element))
            }
            return
        } else if let nested = element.children.first {
            object = node(nested)
        } else if element.attributes.contains(where: { $0.namespaceURI != nil && $0.namespaceURI != RDFNamespace.rdf && $0.namespaceURI != "http://www.w3.org/XML/1998/namespace" }) {
            object = newBlank()
            graph.noteNode(object, element)
            addPropertyAttributes(of: element, to: object)
        } else {
            let datatype = element.attribute("datatype", namespace: Self.rdfNS)
            object = .literal(element.textContent, language: datatype == nil ? element.language : nil, datatype: datatype)
        }
        graph.add(XMLRDFTriple(subject: subject, predicate: predicate, object: object, origin: element))
    }

    /// Resolves fragment and relative references against xml:base when one is in scope.
    private func resolve(_ reference: String, _ element: XMLElement) -> String {
        if reference.contains(":") { return reference }
        guard let base = element.xmlBase else { return reference }
        if reference.hasPrefix("#") { return (base.split(separator: "#", maxSplits: 1).first.map(String.init) ?? base) + reference }
        if reference.isEmpty { return base }
        if base.hasSuffix("/") { return base + reference }
        if let slash = base.lastIndex(of: "/") { return String(base[...slash]) + reference }
        return reference
    }
}

extension XMLElement {
    /// Namespace URI + local name (nil for elements without a namespace).
    var expandedName: String? { namespaceURI.map { $0 + localName } }

    var xmlBase: String? {
        var current: XMLElement? = self
        while let element = current {
            if let base = element.attribute("base", namespace: "http://www.w3.org/XML/1998/namespace") { return base }
            current = element.parent
        }
        return nil
    }
}
