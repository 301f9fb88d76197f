import FairifyModel

/// An RDF term as read from RDF/XML or Turtle.
enum RDFGraphTerm: Hashable {
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

/// One statement, with where it was read from (an XML element, a Turtle position).
struct RDFTriple<Origin> {
    var subject: RDFGraphTerm
    var predicate: String
    var object: RDFGraphTerm
    var origin: Origin
}

/// The triples of a document, indexed by subject.
struct RDFGraph<Origin> {
    private(set) var triples: [RDFTriple<Origin>] = []
    private(set) var bySubject: [RDFGraphTerm: [Int]] = [:]
    /// Where each subject is first described.
    private(set) var nodeOrigins: [RDFGraphTerm: Origin] = [:]

    mutating func add(_ triple: RDFTriple<Origin>) {
        bySubject[triple.subject, default: []].append(triples.count)
        triples.append(triple)
    }

    mutating func noteNode(_ subject: RDFGraphTerm, _ origin: Origin) {
        if nodeOrigins[subject] == nil { nodeOrigins[subject] = origin }
    }

    func statements(about subject: RDFGraphTerm) -> [RDFTriple<Origin>] {
        (bySubject[subject] ?? []).map { triples[$0] }
    }

    func objects(_ subject: RDFGraphTerm, _ predicate: String) -> [RDFGraphTerm] {
        (bySubject[subject] ?? []).compactMap { triples[$0].predicate == predicate ? triples[$0].object : nil }
    }

    func types(of subject: RDFGraphTerm) -> [String] { objects(subject, RDFNamespace.type).compactMap(\.iri) }

    func subjects(ofType type: String) -> [RDFGraphTerm] {
        var seen = Set<RDFGraphTerm>()
        return triples.compactMap { triple in
            triple.predicate == RDFNamespace.type && triple.object == .iri(type) && seen.insert(triple.subject).inserted ? triple.subject : nil
        }
    }

    /// Subjects in the order they were first described.
    var subjects: [RDFGraphTerm] {
        var seen = Set<RDFGraphTerm>()
        return triples.compactMap { seen.insert($0.subject).inserted ? $0.subject : nil }
    }
}

enum RDFNamespace {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let type = rdf + "type"
}

/// Where the RDF crosswalk puts its facts; each syntax says how an origin becomes a location.
protocol RDFFactSink {
    associatedtype Origin
    mutating func add(_ kind: FactKind, _ value: String?, _ attributes: [String: String?], at origin: Origin, property: String?)
    mutating func addType(_ type: String?)
}
