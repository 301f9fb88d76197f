import FairifyModel

/// An RDF term as read from RDF/XML.
enum XMLRDFTerm: Hashable {
    case iri(String)
    case blank(String)
    case literal(String, language: String?, datatype: String?)

    var lexical: String {
        switch self {
        case .iri(let value), .blank(let value), .literal(let value, _, _): return value
        }
    }

    var isLiteral: Bool { if case .literal = self { return true } else { return false } }
    var iri: String? { if case .iri(let value) = self { return value } else { return nil } }
}

/// One statement, with the element it was read from (for source locations).
struct XMLRDFTriple {
    var subject: XMLRDFTerm
    var predicate: String
    var object: XMLRDFTerm
    var element: XMLElement
}

/// The triples of an RDF/XML document, indexed by subject.
struct XMLRDFGraph {
    private(set) var triples: [XMLRDFTriple] = []
    private(set) var bySubject: [XMLRDFTerm: [Int]] = [:]
    /// Where each subject is first described (its node element).
    private(set) var nodeElements: [XMLRDFTerm: XMLElement] = [:]

    mutating func add(_ triple: XMLRDFTriple) {
        bySubject[triple.subject, default: []].append(triples.count)
        triples.append(triple)
    }

    mutating func noteNode(_ subject: XMLRDFTerm, _ element: XMLElement) {
        if nodeElements[subject] == nil { nodeElements[subject] = element }
    }

    func statements(about subject: XMLRDFTerm) -> [XMLRDFTriple] {
        (bySubject[subject] ?? []).map { triples[$0] }
    }

    func objects(_ subject: XMLRDFTerm, _ predicate: String) -> [XMLRDFTerm] {
        (bySubject[subject] ?? []).compactMap { triples[$0].predicate == predicate ? triples[$0].object : nil }
    }

    func types(of subject: XMLRDFTerm) -> [String] { objects(subject, RDFNamespace.type).compactMap(\.iri) }

    func subjects(ofType type: String) -> [XMLRDFTerm] {
        var seen = Set<XMLRDFTerm>()
        return triples.compactMap { triple in
            triple.predicate == RDFNamespace.type && triple.object == .iri(type) && seen.insert(triple.subject).inserted ? triple.subject : nil
        }
    }

    /// Subjects in the order they were first described.
    var subjects: [XMLRDFTerm] {
        var seen = Set<XMLRDFTerm>()
        return triples.compactMap { seen.insert($0.subject).inserted ? $0.subject : nil }
    }
}

enum RDFNamespace {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let type = rdf + "type"
}

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

    private mutating func newBlank() -> XMLRDFTerm {
        blankCounter += 1
        return .blank("_:b\(blankCounter)")
    }

    private static let rdfNS: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    private mutating func node(_ element: XMLElement) -> XMLRDFTerm {
        let subject: XMLRDFTerm
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
            graph.add(XMLRDFTriple(subject: subject, predicate: RDFNamespace.type, object: .iri(type), element: element))
        }
        addPropertyAttributes(of: element, to: subject)
        var memberIndex = 0
        for property in element.children { self.property(property, of: subject, memberIndex: &memberIndex) }
        return subject
    }

    private mutating func addPropertyAttributes(of element: XMLElement, to subject: XMLRDFTerm) {
        for attribute in element.attributes {
            guard let namespace = attribute.namespaceURI, namespace != RDFNamespace.rdf || attribute.localName == "type",
                  namespace != "http://www.w3.org/XML/1998/namespace" else { continue }
            let object: XMLRDFTerm = attribute.localName == "type" && namespace == RDFNamespace.rdf
                ? .iri(resolve(attribute.value, element)) : .literal(attribute.value, language: element.language, datatype: nil)
            graph.add(XMLRDFTriple(subject: subject, predicate: namespace + attribute.localName, object: object, element: element))
        }
    }

    private mutating func property(_ element: XMLElement, of subject: XMLRDFTerm, memberIndex: inout Int) {
        guard var predicate = element.expandedName else { return }
        if predicate == RDFNamespace.rdf + "li" {
            memberIndex += 1
            predicate = RDFNamespace.rdf + "_\(memberIndex)"
        }
        let parseType = element.attribute("parseType", namespace: Self.rdfNS)
        let object: XMLRDFTerm
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
                graph.add(XMLRDFTriple(subject: subject, predicate: predicate, object: node(member), element: element))
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
        graph.add(XMLRDFTriple(subject: subject, predicate: predicate, object: object, element: element))
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
