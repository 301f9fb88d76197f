import FairifyModel

/// One node of an expanded JSON-LD document. Every mention of an `@id` shares one node, so a
/// reference `{"@id": x}` and x's full description are the same object.
final class LDNode {
    let id: String?
    /// `@type` IRIs in canonical form.
    var types: [String] = []
    var typePosition = SourcePosition.unknown
    /// Canonical property IRIs in the order first met, and their values at the same index.
    /// Nodes have few properties: comparing lengths first, a scan beats hashing long IRIs.
    private(set) var order: [String] = []
    private(set) var propertyValues: [LDProperty] = []
    var position = SourcePosition.unknown

    init(id: String?) { self.id = id }

    private func index(of iri: String) -> Int? {
        let length = iri.utf8.count
        for index in order.indices where order[index].utf8.count == length && order[index] == iri { return index }
        return nil
    }

    /// The property under a canonical IRI.
    func property(_ iri: String) -> LDProperty? { index(of: iri).map { propertyValues[$0] } }

    func add(_ values: [LDTerm], property: String, canonical: String) {
        if let index = index(of: canonical) {
            propertyValues[index].values += values
        } else {
            order.append(canonical)
            propertyValues.append(LDProperty(iri: property, values: values))
        }
    }

    /// The `@id` when it is an IRI worth citing (not a blank node).
    var iri: String? {
        guard let id, !LDIRI.isBlank(id) else { return nil }
        return id
    }

    func terms(_ iri: String) -> [LDTerm] { index(of: iri).map { propertyValues[$0].values } ?? [] }
    func has(_ iri: String) -> Bool { index(of: iri) != nil }
    func hasType(_ iri: String) -> Bool { types.contains(iri) }
    func hasType(in set: Set<String>) -> Bool { types.contains(where: set.contains) }

    /// The first literal of the first property present among `iris`.
    func text(_ iris: String...) -> String? { text(in: iris) }

    /// Literals first; a node value counts by its IRI (contexts often type `url`, `sameAs` as `@id`).
    func text(in iris: [String]) -> String? {
        for iri in iris {
            for term in terms(iri) {
                if let text = term.literalText ?? term.node?.iri, !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// A literal, or else the IRI of a node value, of the first property present.
    func textOrIRI(in iris: [String]) -> String? {
        for iri in iris {
            for term in terms(iri) {
                if let text = term.literalText ?? term.node?.iri, !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// What a person would call this node.
    var label: String? { text(in: LDNode.labelProperties) }

    static let labelProperties = [LDSchema.name, LDDC.title, LDDC.foafName, LDDC.vcardFn, LDDC.prefLabel, LDDC.rdfsLabel, LDSchema.headline]
}

struct LDProperty {
    /// The property IRI as the expander wrote it (before canonicalisation).
    var iri: String
    var values: [LDTerm]
}

struct LDLiteral {
    var text: String
    var datatype: String?
    var language: String?
    var position: SourcePosition
}

enum LDTerm {
    case literal(LDLiteral)
    /// A node value; the position is where this mention of it was written.
    case node(LDNode, SourcePosition)

    var literalText: String? {
        if case .literal(let literal) = self { return literal.text }
        return nil
    }

    var node: LDNode? {
        if case .node(let node, _) = self { return node }
        return nil
    }

    var position: SourcePosition {
        switch self {
        case .literal(let literal): return literal.position
        case .node(let node, let position): return position.isKnown ? position : node.position
        }
    }

    /// Literal text, else the node's label or value (a DATS annotation), else its IRI.
    var display: String? {
        switch self {
        case .literal(let literal): return literal.text
        case .node(let node, _): return node.label ?? node.text(in: [LDSchema.value]) ?? node.iri
        }
    }

    /// Literal text, else the node's IRI, else its label.
    var text: String? {
        switch self {
        case .literal(let literal): return literal.text
        case .node(let node, _): return node.iri ?? node.label
        }
    }
}

/// The nodes of an expanded document, indexed once by `@id`.
struct LDGraph {
    private(set) var nodes: [LDNode] = []
    private(set) var byID: [String: LDNode] = [:]
    /// Nodes written at the top of the document or of a `@graph`.
    private(set) var topLevel: [LDNode] = []
    /// Every property and type IRI met, as written, with its canonical form (computed once).
    private var canonicalForms: [String: String] = [:]
    /// IRIs met through `LDTermMemo` entries, each entry once.
    private var usedTerms: [LDTermInfo] = []

    /// Every property and type IRI met, as written.
    var usedIRIs: Set<String> { Set(canonicalForms.keys).union(usedTerms.map(\.iri)) }

    func usesIRI(withPrefix prefix: String) -> Bool {
        usedTerms.contains { $0.iri.hasPrefix(prefix) } || canonicalForms.keys.contains { $0.hasPrefix(prefix) }
    }

    init(expanded: JSONValue) {
        for item in expanded.asList { addTopLevel(item) }
    }

    /// An empty graph, filled by `LDDirectExpansion`.
    init() {}

    func node(_ id: String) -> LDNode? { byID[id] }

    /// The namespaces of the properties and types used, sorted.
    var vocabularies: [String] {
        var found: [String] = []
        for namespace in usedTerms.lazy.compactMap(\.namespace) where !found.contains(namespace) { found.append(namespace) }
        for namespace in canonicalForms.keys.lazy.compactMap(LDIRI.namespace) where !found.contains(namespace) { found.append(namespace) }
        return found.sorted()
    }

    private mutating func addTopLevel(_ item: JSONValue) {
        guard let object = item.objectValue else { return }
        if let graph = object["@graph"], object.count == 1 || (object.count == 2 && object["@id"] != nil) {
            for inner in graph.asList { addTopLevel(inner) }
            return
        }
        addTopLevel(node: self.node(from: object, position: item.position))
    }

    mutating func addTopLevel(node: LDNode) {
        if !topLevel.contains(where: { $0 === node }) { topLevel.append(node) }
    }

    mutating func node(for rawID: String?) -> LDNode {
        let id = rawID.map(Self.relativeAgain)
        if let id, let known = byID[id] { return known }
        let node = LDNode(id: id)
        if let id { byID[id] = node }
        nodes.append(node)
        return node
    }

    private mutating func node(from object: JSONObject, position: SourcePosition) -> LDNode {
        let node = self.node(for: object["@id"]?.stringValue)
        if object.count > 1 || object["@id"] == nil, !node.position.isKnown { node.position = position }
        for member in object.members {
            switch member.key {
            case "@type":
                for type in member.value.asList {
                    if let iri = type.stringValue { addType(iri, to: node) }
                }
                if !node.typePosition.isKnown { node.typePosition = member.value.asList.first?.position ?? member.value.position }
            case "@graph":
                for inner in member.value.asList { addTopLevel(inner) }
            case let key where key.hasPrefix("@"):
                continue
            default:
                var values: [LDTerm] = []
                for value in member.value.asList { appendTerms(of: value, to: &values) }
                add(values, property: member.key, to: node)
            }
        }
        return node
    }

    mutating func add(_ values: [LDTerm], property: String, to node: LDNode) {
        add(values, property: property, canonical: canonical(property), to: node)
    }

    mutating func add(_ values: [LDTerm], property: LDTermInfo, to node: LDNode) {
        noteUsed(property)
        add(values, property: property.iri, canonical: property.canonical, to: node)
    }

    private func add(_ values: [LDTerm], property: String, canonical: String, to node: LDNode) {
        node.add(values, property: property, canonical: canonical)
    }

    mutating func addType(_ iri: String, to node: LDNode) {
        node.types.append(canonical(iri))
    }

    mutating func addType(_ type: LDTermInfo, to node: LDNode) {
        noteUsed(type)
        node.types.append(type.canonical)
    }

    /// Few distinct entries per document: a scan by identity is cheaper than hashing.
    private mutating func noteUsed(_ info: LDTermInfo) {
        if !usedTerms.contains(where: { $0 === info }) { usedTerms.append(info) }
    }

    private mutating func appendTerms(of value: JSONValue, to terms: inout [LDTerm]) {
        guard let object = value.objectValue else { return }
        if let literal = object["@value"] {
            guard let text = Self.literalText(literal) else { return }
            terms.append(.literal(LDLiteral(
                text: text, datatype: object["@type"]?.stringValue, language: object["@language"]?.stringValue,
                position: literal.position.isKnown ? literal.position : value.position)))
        } else if let list = object["@list"] ?? object["@set"] {
            for item in list.asList { appendTerms(of: item, to: &terms) }
        } else {
            let node = self.node(from: object, position: value.position)
            terms.append(.node(node, value.position))
        }
    }

    private mutating func canonical(_ iri: String) -> String {
        if let known = canonicalForms[iri] { return known }
        let form = LDIRI.canonical(iri)
        canonicalForms[iri] = form
        return form
    }

    private static func relativeAgain(_ id: String) -> String {
        guard id.hasPrefix(JSONLDExpansion.placeholderBase) else { return id }
        return String(id.dropFirst(JSONLDExpansion.placeholderBase.utf8.count))
    }

    static func literalText(_ value: JSONValue) -> String? {
        switch value.kind {
        case .string(let s): return s
        case .number(let n): return n.lexical
        case .bool(let b): return b ? "true" : "false"
        default: return nil  // @json literals carry data, not metadata
        }
    }
}
