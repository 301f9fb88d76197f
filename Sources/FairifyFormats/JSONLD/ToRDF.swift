import Foundation

/// Deserialize JSON-LD to RDF (JSON-LD 1.1 API, 8.1-8.2).
extension JSONLDProcessor {
    public func toRDF(_ input: JSONValue, base: String? = nil) throws -> [RDFQuad] {
        let expanded = try expand(input, base: base)
        let nodeMap = NodeMap(issuer: BlankNodeIssuer())
        try nodeMap.generate(expanded, graph: "@default")
        var quads: [RDFQuad] = []
        for graphName in nodeMap.graphs.keys.sorted() {
            let graphTerm: RDFTerm?
            if graphName == "@default" { graphTerm = nil }
            else if IRI.isBlankNode(graphName) { graphTerm = .blank(graphName) }
            else if IRI.isWellFormed(graphName) { graphTerm = .iri(graphName) }
            else { continue }
            let nodes = nodeMap.graphs[graphName] ?? [:]
            for subject in nodes.keys.sorted() {
                guard let node = nodes[subject], let subjectTerm = Self.resourceTerm(subject) else { continue }
                var writer = QuadWriter(graph: graphTerm, issuer: nodeMap.issuer, direction: options.rdfDirection)
                writer.emitNode(subjectTerm, node, generalized: options.produceGeneralizedRDF)
                quads.append(contentsOf: writer.quads)
            }
        }
        return quads
    }

    /// Serialises quads as an N-Quads document.
    public func toNQuads(_ input: JSONValue, base: String? = nil) throws -> String {
        RDFQuad.nquads(try toRDF(input, base: base))
    }

    static func resourceTerm(_ id: String) -> RDFTerm? {
        if IRI.isBlankNode(id) { return .blank(id) }
        return IRI.isWellFormed(id) ? .iri(id) : nil
    }
}

/// Emits the quads of one node, its lists and compound literals.
struct QuadWriter {
    let graph: RDFTerm?
    let issuer: BlankNodeIssuer
    let direction: JSONLDOptions.RDFDirection?
    var quads: [RDFQuad] = []

    init(graph: RDFTerm?, issuer: BlankNodeIssuer, direction: JSONLDOptions.RDFDirection?) {
        self.graph = graph
        self.issuer = issuer
        self.direction = direction
    }

    mutating func emit(_ s: RDFTerm, _ p: String, _ o: RDFTerm) {
        quads.append(RDFQuad(subject: s, predicate: .iri(p), object: o, graph: graph))
    }

    mutating func emitNode(_ subject: RDFTerm, _ node: NodeMap.Node, generalized: Bool) {
        for type in node.types {
            if let object = JSONLDProcessor.resourceTerm(type) { emit(subject, RDFVocabulary.rdfType, object) }
        }
        for property in node.properties.keys.sorted() {
            if IRI.isBlankNode(property) ? !generalized : !IRI.isWellFormed(property) { continue }
            for item in node.properties[property] ?? [] {
                if let object = term(for: item) {
                    quads.append(RDFQuad(subject: subject, predicate: IRI.isBlankNode(property) ? .blank(property) : .iri(property),
                                         object: object, graph: graph))
                }
            }
        }
    }

    mutating func term(for item: NodeMap.Item) -> RDFTerm? {
        switch item {
        case .reference(let id): return JSONLDProcessor.resourceTerm(id)
        case .list(let box): return listTerm(box.items)
        case .value(let value): return literal(value)
        }
    }

    private mutating func listTerm(_ items: [NodeMap.Item]) -> RDFTerm {
        guard !items.isEmpty else { return .iri(RDFVocabulary.rdfNil) }
        let nodes = items.map { _ in RDFTerm.blank(issuer.issue(nil)) }
        for (index, item) in items.enumerated() {
            if let object = term(for: item) { emit(nodes[index], RDFVocabulary.rdfFirst, object) }
            emit(nodes[index], RDFVocabulary.rdfRest, index + 1 < nodes.count ? nodes[index + 1] : .iri(RDFVocabulary.rdfNil))
        }
        return nodes[0]
    }

    private mutating func literal(_ valueObject: JSONValue) -> RDFTerm? {
        guard let object = valueObject.objectValue, let value = object["@value"] else { return nil }
        var datatype = object["@type"]?.stringValue
        if let type = datatype, type != "@json", !IRI.isWellFormed(type) { return nil }
        let language = object["@language"]?.stringValue
        if let language, !RDFLiterals.isWellFormedLanguageTag(language) { return nil }
        let lexical: String
        if datatype == "@json" {
            lexical = CanonicalJSON.string(value)
            datatype = RDFVocabulary.rdfJSON
        } else {
            switch value.kind {
            case .bool(let b):
                lexical = b ? "true" : "false"
                datatype = datatype ?? RDFVocabulary.xsdBoolean
            case .number(let n):
                let isDouble = !n.double.isFinite || n.double.rounded() != n.double || abs(n.double) >= 1e21
                    || datatype == RDFVocabulary.xsdDouble
                if isDouble {
                    lexical = RDFLiterals.canonicalDouble(n.double)
                    datatype = datatype ?? RDFVocabulary.xsdDouble
                } else {
                    lexical = RDFLiterals.canonicalInteger(n)
                    datatype = datatype ?? RDFVocabulary.xsdInteger
                }
            case .string(let s):
                lexical = s
                if let dir = object["@direction"]?.stringValue, datatype == nil, let direction {
                    return directional(s, language: language, dir: dir, mode: direction)
                }
            default:
                return nil
            }
        }
        if datatype == nil, let language { return .literal(lexical, datatype: RDFVocabulary.rdfLangString, language: language) }
        return .literal(lexical, datatype: datatype ?? RDFVocabulary.xsdString, language: nil)
    }

    private mutating func directional(_ s: String, language: String?, dir: String,
                                      mode: JSONLDOptions.RDFDirection) -> RDFTerm {
        switch mode {
        case .i18nDatatype:
            return .literal(s, datatype: RDFVocabulary.i18n + (language?.lowercased() ?? "") + "_" + dir, language: nil)
        case .compoundLiteral:
            let node = RDFTerm.blank(issuer.issue(nil))
            emit(node, RDFVocabulary.rdfValue, .literal(s, datatype: RDFVocabulary.xsdString, language: nil))
            if let language {
                emit(node, RDFVocabulary.rdfLanguage, .literal(language.lowercased(), datatype: RDFVocabulary.xsdString, language: nil))
            }
            emit(node, RDFVocabulary.rdfDirection, .literal(dir, datatype: RDFVocabulary.xsdString, language: nil))
            return node
        }
    }
}
