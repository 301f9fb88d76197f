import FairifyModel

/// Expands a document straight into an `LDGraph`, without building the expanded JSON first,
/// for the shape most records have: contexts only at the top, terms that map to IRIs (typed
/// or not, as sets or lists), and plain node, value and list objects. The graph is the one
/// `LDGraph(expanded:)` builds from the general processor's output, node for node and in the
/// same order. Anything else (scoped or nested contexts, maps, reverse properties, two keys
/// for one property, input the processor would reject) gives nil, and the general processor
/// reads the document.
struct LDDirectExpansion {
    private struct Unsupported: Error {}

    private typealias Key = LDTermMemo.Key

    private let processor: JSONLDProcessor
    private let active: ActiveContext
    private var graph = LDGraph()
    private var memo: LDTermMemo

    /// Tests turn it off to compare whole readings with and without it.
    nonisolated(unsafe) static var isEnabled = true

    static func graph(of document: JSONValue, options: ReaderOptions) -> LDGraph? {
        guard isEnabled, let object = document.objectValue else { return nil }
        let warnings = JSONLDWarnings()
        let processor = JSONLDProcessor(options: JSONLDOptions(
            documentLoader: OfflineDocumentLoader(options: options), lenientRemoteContexts: true, warnings: warnings))
        do {
            var active = processor.initialContext(base: nil)
            if let local = object["@context"] { active = try processor.applyContext(active, local, base: nil) }
            guard warnings.messages.isEmpty, active.previousContext == nil else { return nil }
            var expansion = LDDirectExpansion(processor: processor, active: active)
            defer { LDTermMemo.store(expansion.memo, for: active) }
            try expansion.addDocument(object, at: document.position)
            return expansion.graph
        } catch {
            return nil
        }
    }

    private init(processor: JSONLDProcessor, active: ActiveContext) {
        self.processor = processor
        self.active = active
        self.memo = LDTermMemo.memo(for: active)
    }

    /// A member key as the expansion algorithm reads it; keywords not handled here give up.
    private mutating func key(_ name: String) throws -> Key {
        let key: Key
        if let known = memo.keys[name] {
            key = known
        } else {
            key = expandedKey(name)
            memo.remember(key: name, key)
        }
        if case .unsupported = key { throw Unsupported() }
        return key
    }

    private func expandedKey(_ name: String) -> Key {
        let (expanded, definition) = processor.expandKey(active, name)
        guard let iri = expanded else { return .ignored }
        if JSONLDKeywords.isKeyword(iri) {
            switch iri {
            case "@id": return .id
            case "@type": return .type
            case "@value": return .value
            case "@list": return .list
            case "@language": return .language
            case "@graph": return .graph
            default: return .unsupported
            }
        }
        return iri.containsByte(":") ? .property(LDTermInfo(iri: iri, definition: definition)) : .ignored
    }

    /// A type name expanded as a vocabulary IRI; nil when it expands to nothing.
    private mutating func typeInfo(_ term: String) throws -> LDTermInfo? {
        if let known = memo.types[term] { return known }
        // Type-scoped contexts would change the active context: the general processor handles them.
        if let definition = active.terms[term], definition.hasContext { throw Unsupported() }
        guard let iri = processor.expandIRI(active, term, documentRelative: true, vocab: true) else { return nil }
        let info = LDTermInfo(iri: iri, definition: nil)
        memo.remember(type: term, info)
        return info
    }

    private mutating func keys(of object: JSONObject, top: Bool = false) throws -> [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(object.count)
        for member in object.members {
            keys.append(top && member.key == "@context" ? .ignored : try key(member.key))
        }
        return keys
    }

    private mutating func addDocument(_ object: JSONObject, at position: SourcePosition) throws {
        let keys = try keys(of: object, top: true)
        guard let graphIndex = keys.firstIndex(where: \.isGraph) else {
            try addTopLevel(object, keys, at: position)
            return
        }
        // The document is `{"@context": …, "@graph": […]}`: its nodes are the top level.
        guard keys.indices.allSatisfy({ $0 == graphIndex || keys[$0].isIgnored }) else { throw Unsupported() }
        try addGraphItems(object.members[graphIndex].value)
    }

    private mutating func addGraphItems(_ value: JSONValue) throws {
        switch value.kind {
        case .array(let items):
            for item in items { try addGraphItems(item) }
        case .object(let object):
            try addTopLevel(object, try keys(of: object), at: value.position)
        default:
            break  // free-floating values are dropped
        }
    }

    /// A node at the top of the document or of its `@graph`; dropped when it says nothing but its `@id`.
    private mutating func addTopLevel(_ object: JSONObject, _ keys: [Key], at position: SourcePosition) throws {
        var saysSomething = false, ids = 0
        for (index, key) in keys.enumerated() {
            switch key {
            case .value, .list, .language, .graph, .unsupported: throw Unsupported()
            case .type: saysSomething = true
            case .property(let info):
                try checkSimple(info.definition)
                if try !saysSomething && produces(object.members[index].value) { saysSomething = true }
            case .id:
                ids += 1
                guard ids == 1, object.members[index].value.stringValue != nil else { throw Unsupported() }
            case .ignored: continue
            }
        }
        guard saysSomething else { return }
        graph.addTopLevel(node: try node(object, keys, at: position))
    }

    /// Terms whose values need more than this reader does (scoped contexts, maps, reversal, JSON literals).
    private func checkSimple(_ definition: TermDefinition?) throws {
        guard let definition else { return }
        if definition.hasContext || definition.isReverse || definition.typeMapping == "@json"
            || !definition.container.isSubset(of: [.set, .list]) {
            throw Unsupported()
        }
    }

    /// Whether a property's value leaves an entry in the expanded node (null and null-valued value objects do not).
    private mutating func produces(_ value: JSONValue) throws -> Bool {
        switch value.kind {
        case .null:
            return false
        case .object(let object):
            let keys = try keys(of: object)
            guard keys.contains(where: \.isValue) else { return true }
            return try literal(object, keys, at: value.position) != nil
        default:
            return true
        }
    }

    private mutating func node(_ object: JSONObject, _ keys: [Key], at position: SourcePosition) throws -> LDNode {
        var idValue: JSONValue?
        var hasType = false
        for (index, key) in keys.enumerated() {
            switch key {
            case .id:
                guard idValue == nil else { throw Unsupported() }
                idValue = object.members[index].value
            case .type:
                guard !hasType else { throw Unsupported() }
                hasType = true
                try checkTypeTerms(object.members[index].value)
            case .property, .ignored: continue
            case .value, .list, .language, .graph, .unsupported: throw Unsupported()
            }
        }
        var id: String?
        if let idValue {
            guard let raw = idValue.stringValue else { throw Unsupported() }
            id = processor.expandIRI(active, raw, documentRelative: true)
        }
        let node = graph.node(for: id)
        if !node.position.isKnown, try idValue == nil || hasType || hasEntry(besidesID: object, keys) {
            node.position = position
        }
        var properties: [String] = []
        for (index, key) in keys.enumerated() {
            switch key {
            case .type:
                try addTypes(object.members[index].value, to: node)
            case .property(let info):
                try checkSimple(info.definition)
                let iri = info.iri
                if properties.contains(where: { $0.utf8.count == iri.utf8.count && $0 == iri }) { throw Unsupported() }
                properties.append(iri)
                let value = object.members[index].value
                var values: [LDTerm] = []
                if case .array(let items) = value.kind { values.reserveCapacity(items.count) }
                if try expand(value, info.definition, into: &values) {
                    graph.add(values, property: info, to: node)
                }
            default:
                continue
            }
        }
        return node
    }

    private mutating func hasEntry(besidesID object: JSONObject, _ keys: [Key]) throws -> Bool {
        for (index, key) in keys.enumerated() {
            if case .property = key, try produces(object.members[index].value) { return true }
        }
        return false
    }

    private mutating func checkTypeTerms(_ value: JSONValue) throws {
        for item in value.asList {
            guard let term = item.stringValue else { throw Unsupported() }
            _ = try typeInfo(term)
        }
    }

    private mutating func addTypes(_ value: JSONValue, to node: LDNode) throws {
        switch value.kind {
        case .string(let type):
            if let info = try typeInfo(type) { graph.addType(info, to: node) } else { graph.addType(type, to: node) }
        case .array(let items):
            for item in items {
                guard let type = item.stringValue else { throw Unsupported() }
                if let info = try typeInfo(type) { graph.addType(info, to: node) }
            }
        default:
            throw Unsupported()
        }
    }

    /// Appends the terms a property value stands for; false when it leaves no entry at all.
    private mutating func expand(_ value: JSONValue, _ definition: TermDefinition?, into terms: inout [LDTerm]) throws -> Bool {
        switch value.kind {
        case .null:
            return false
        case .array(let items):
            for item in items { _ = try expand(item, definition, into: &terms) }
            return true
        case .object(let object):
            return try expandObject(object, at: value.position, definition, into: &terms)
        default:
            terms.append(scalar(value, definition))
            return true
        }
    }

    private mutating func expandObject(_ object: JSONObject, at position: SourcePosition, _ definition: TermDefinition?,
                                       into terms: inout [LDTerm]) throws -> Bool {
        let keys = try keys(of: object)
        if keys.contains(where: \.isValue) {
            guard let literal = try literal(object, keys, at: position) else { return false }
            terms.append(.literal(literal))
            return true
        }
        if let listIndex = keys.firstIndex(where: \.isList) {
            guard keys.indices.allSatisfy({ $0 == listIndex || keys[$0].isIgnored }) else { throw Unsupported() }
            _ = try expand(object.members[listIndex].value, definition, into: &terms)
            return true
        }
        terms.append(.node(try node(object, keys, at: position), position))
        return true
    }

    /// A value object written out; nil when its `@value` is null.
    private mutating func literal(_ object: JSONObject, _ keys: [Key], at position: SourcePosition) throws -> LDLiteral? {
        var value: JSONValue?, type: String?, language: String?
        for (index, key) in keys.enumerated() {
            let member = object.members[index].value
            switch key {
            case .value:
                guard value == nil else { throw Unsupported() }
                value = member
            case .type:
                guard type == nil, let term = member.stringValue else { throw Unsupported() }
                type = try typeInfo(term)?.iri ?? term
            case .language:
                guard language == nil, let tag = member.stringValue else { throw Unsupported() }
                language = tag
            case .ignored:
                continue
            default:
                throw Unsupported()
            }
        }
        guard let value, !(type != nil && language != nil), type != "@json" else { throw Unsupported() }
        if value.isNull { return nil }
        guard let text = LDGraph.literalText(value), language == nil || value.stringValue != nil else { throw Unsupported() }
        if let type, !IRI.isWellFormed(type) || IRI.isBlankNode(type) { throw Unsupported() }
        return LDLiteral(text: text, datatype: type, language: language, position: value.position.isKnown ? value.position : position)
    }

    /// A bare string, number or boolean under a term (Value Expansion).
    private mutating func scalar(_ value: JSONValue, _ definition: TermDefinition?) -> LDTerm {
        let typeMapping = definition?.typeMapping
        if case .string(let string) = value.kind, typeMapping == "@id" || typeMapping == "@vocab" {
            let iri = processor.expandIRI(active, string, documentRelative: true, vocab: typeMapping == "@vocab")
            return .node(graph.node(for: iri), value.position)
        }
        var datatype: String?, language: String?
        if let typeMapping, typeMapping != "@id", typeMapping != "@vocab", typeMapping != "@none" {
            datatype = typeMapping
        } else if value.stringValue != nil {
            language = (definition?.hasLanguage ?? false) ? definition?.language : active.defaultLanguage
        }
        return .literal(LDLiteral(text: LDGraph.literalText(value) ?? "", datatype: datatype, language: language, position: value.position))
    }
}

private extension LDTermMemo.Key {
    var isValue: Bool { if case .value = self { return true } else { return false } }
    var isList: Bool { if case .list = self { return true } else { return false } }
    var isGraph: Bool { if case .graph = self { return true } else { return false } }
    var isIgnored: Bool { if case .ignored = self { return true } else { return false } }
}
