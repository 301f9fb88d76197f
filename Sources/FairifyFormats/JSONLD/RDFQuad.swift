/// An RDF term as the toRdf algorithm produces it.
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    case blank(String)
    case literal(String, datatype: String, language: String?)

    /// The term in N-Quads syntax.
    public var nquads: String {
        switch self {
        case .iri(let iri): return "<" + iri + ">"
        case .blank(let label): return label
        case .literal(let lexical, let datatype, let language):
            var out = "\""
            RDFTerm.escape(lexical, into: &out)
            out += "\""
            if let language { out += "@" + language } else if datatype != RDFVocabulary.xsdString { out += "^^<" + datatype + ">" }
            return out
        }
    }

    private static func escape(_ s: String, into out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}

/// One quad; `graph` nil is the default graph.
public struct RDFQuad: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    /// The quad as one N-Quads line, with its final newline.
    public var nquads: String {
        var line = subject.nquads + " " + predicate.nquads + " " + object.nquads + " "
        if let graph { line += graph.nquads + " " }
        return line + ".\n"
    }

    /// An N-Quads document: one line per quad, duplicates removed, in order.
    public static func nquads(_ quads: [RDFQuad]) -> String {
        var seen = Set<RDFQuad>()
        var out = ""
        for quad in quads where seen.insert(quad).inserted { out += quad.nquads }
        return out
    }
}

enum RDFVocabulary {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let xsdString = xsd + "string"
    static let xsdBoolean = xsd + "boolean"
    static let xsdInteger = xsd + "integer"
    static let xsdDouble = xsd + "double"
    static let rdfType = rdf + "type"
    static let rdfFirst = rdf + "first"
    static let rdfRest = rdf + "rest"
    static let rdfNil = rdf + "nil"
    static let rdfJSON = rdf + "JSON"
    static let rdfLangString = rdf + "langString"
    static let rdfValue = rdf + "value"
    static let rdfLanguage = rdf + "language"
    static let rdfDirection = rdf + "direction"
    static let i18n = "https://www.w3.org/ns/i18n#"
}
