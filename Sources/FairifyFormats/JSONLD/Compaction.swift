import Foundation

/// The Compaction Algorithm (JSON-LD 1.1 API, 6.1).
extension JSONLDProcessor {
    public func compact(_ input: JSONValue, context: JSONValue, base: String? = nil) throws -> JSONValue {
        let documentBase = base ?? options.base
        let expanded = try expand(input, base: documentBase)
        let local = context.objectValue?["@context"] ?? context
        let active = try applyContext(initialContext(base: documentBase), local, base: documentBase)
        var compacted = try compactElement(active, nil, expanded) ?? .object(JSONObject())
        if let list = compacted.arrayValue {
            compacted = list.isEmpty ? .object(JSONObject())
                : .object(JSONObject([(try compactIRI(active, "@graph", vocab: true), compacted)]))
        }
        if Self.isNonEmptyContext(local), var object = compacted.objectValue {
            object.members.insert(JSONObject.Member(key: "@context", value: local), at: 0)
            compacted = .object(object)
        }
        return compacted
    }

    private static func isNonEmptyContext(_ context: JSONValue) -> Bool {
        switch context.kind {
        case .null: return false
        case .object(let o): return !o.isEmpty
        case .array(let a): return !a.isEmpty
        default: return true
        }
    }

    func compactElement(_ activeIn: ActiveContext, _ activeProperty: String?, _ element: JSONValue) throws -> JSONValue? {
        var active = activeIn
        switch element.kind {
        case .array(let items):
            var result: [JSONValue] = []
            for item in items { if let compacted = try compactElement(active, activeProperty, item) { result.append(compacted) } }
            let container = activeProperty.flatMap { active.terms[$0] }?.container ?? []
            if result.count != 1 || !options.compactArrays || activeProperty == "@graph" || activeProperty == "@set"
                || container.contains(.list) || container.contains(.set) {
                return .array(result)
            }
            return result[0]
        case .object(let object):
            let typeScoped = active
            if let previous = active.previousContext, object["@value"] == nil, !(object.count == 1 && object["@id"] != nil) {
                active = previous
            }
            let propertyDefinition = activeProperty.flatMap { typeScoped.terms[$0] }
            if let definition = propertyDefinition, definition.hasContext, let scoped = definition.context {
                active = try applyContext(active, scoped, base: definition.baseURL, overrideProtected: true)
            }
            if object["@value"] != nil || (object["@id"] != nil && object.keys.allSatisfy({ $0 == "@id" || $0 == "@index" })) {
                let compacted = try compactValue(active, activeProperty, object)
                if compacted.isScalar || propertyDefinition?.typeMapping == "@json" { return compacted }
                if object["@value"] != nil { return compacted }
            }
            if let list = object["@list"], propertyDefinition?.container.contains(.list) == true {
                return try compactElement(active, activeProperty, list)
            }
            return try compactNode(active, typeScoped, activeProperty, object)
        default:
            return element
        }
    }

    private func compactNode(_ activeIn: ActiveContext, _ typeScoped: ActiveContext, _ activeProperty: String?,
                             _ object: JSONObject) throws -> JSONValue {
        var active = activeIn
        if let types = object["@type"]?.asList.compactMap(\.stringValue) {
            let compactedTypes = try types.map { try compactIRI(typeScoped, $0, vocab: true) }.sorted()
            for term in compactedTypes {
                if let definition = typeScoped.terms[term], definition.hasContext, let scoped = definition.context {
                    active = try applyContext(active, scoped, base: definition.baseURL, propagate: false)
                }
            }
        }
        var result = MapBuilder()
        let insideReverse = activeProperty == "@reverse"
        for member in object.members {
            try compactMember(active, typeScoped, activeProperty, member.key, member.value, insideReverse: insideReverse, into: &result)
        }
        return result.json()
    }
}
