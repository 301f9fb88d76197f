import Foundation

/// The Expansion Algorithm (JSON-LD 1.1 API, 5.1). Results keep the position of the
/// JSON node each node or value object came from.
extension JSONLDProcessor {
    func expandElement(_ active: ActiveContext, _ activeProperty: String?, _ element: JSONValue, baseURL: String?,
                       fromMap: Bool = false) throws -> JSONValue? {
        try expandElement(active, activeProperty, activeProperty.flatMap { active.terms[$0] }, element, baseURL: baseURL, fromMap: fromMap)
    }

    /// `propertyDefinition` is the active property's definition in `activeIn`, looked up once by the caller.
    func expandElement(_ activeIn: ActiveContext, _ activeProperty: String?, _ propertyDefinition: TermDefinition?,
                       _ element: JSONValue, baseURL: String?, fromMap: Bool = false) throws -> JSONValue? {
        var active = activeIn
        switch element.kind {
        case .null:
            return nil
        case .array(let items):
            var result: [JSONValue] = []
            result.reserveCapacity(items.count)
            let isList = propertyDefinition?.container.contains(.list) ?? false
            for item in items {
                guard let expanded = try expandElement(active, activeProperty, propertyDefinition, item, baseURL: baseURL,
                                                       fromMap: fromMap) else { continue }
                if isList, case .array = expanded.kind {
                    result.append(JSONValue(.object(JSONObject([("@list", expanded)])), position: item.position))
                } else if case .array(let inner) = expanded.kind {
                    result.append(contentsOf: inner)
                } else {
                    result.append(expanded)
                }
            }
            return JSONValue(.array(result), position: element.position)
        case .object(let object):
            if active.previousContext != nil && !fromMap && !keepsScopedContext(active, object) {
                active = active.previousContext ?? active
            }
            if let definition = propertyDefinition, definition.hasContext, let scoped = definition.context {
                active = try applyContext(active, scoped, base: definition.baseURL, overrideProtected: true)
            }
            if let local = object["@context"] {
                active = try applyContext(active, local, base: baseURL)
            }
            return try expandNode(active, activeProperty, object, element.position, baseURL: baseURL)
        default:
            if activeProperty == nil || activeProperty == "@graph" { return nil }
            if let definition = propertyDefinition, definition.hasContext, let scoped = definition.context {
                active = try applyContext(active, scoped, base: definition.baseURL, overrideProtected: true)
                return try expandValue(active, activeProperty, element)
            }
            return try expandValue(active, activeProperty, element, definition: propertyDefinition)
        }
    }

    /// Step 7: a term-scoped context survives into value objects and bare `@id` references only.
    private func keepsScopedContext(_ active: ActiveContext, _ object: JSONObject) -> Bool {
        for member in object.members where expandIRI(active, member.key, vocab: true) == "@value" { return true }
        return object.count == 1 && expandIRI(active, object.members[0].key, vocab: true) == "@id"
    }

    private func expandNode(_ activeIn: ActiveContext, _ activeProperty: String?, _ object: JSONObject,
                            _ position: SourcePosition, baseURL: String?) throws -> JSONValue? {
        var active = activeIn
        let typeScoped = active
        var typeKeys: [String] = []
        let expandedKeys = object.members.map { expandKey(active, $0.key) }
        for (index, member) in object.members.enumerated() where expandedKeys[index].iri == "@type" { typeKeys.append(member.key) }
        typeKeys.sort()
        for key in typeKeys {
            let terms = (object[key]?.asList ?? []).compactMap(\.stringValue).sorted()
            for term in terms {
                if let definition = typeScoped.terms[term], definition.hasContext, let scoped = definition.context {
                    active = try applyContext(active, scoped, base: definition.baseURL, propagate: false)
                }
            }
        }
        var inputType: String?
        if let firstKey = typeKeys.first, let last = object[firstKey]?.asList.last?.stringValue {
            inputType = expandIRI(active, last, vocab: true)
        }
        var state = NodeExpansion(typeScoped: typeScoped, inputType: inputType)
        // Keys expanded before type-scoped contexts applied are still valid when none was applied.
        try expandMembers(active, activeProperty, object, baseURL: baseURL, state: &state,
                          expandedKeys: active === typeScoped ? expandedKeys : nil)
        return try finishNode(state.result, activeProperty, position)
    }

    private func finishNode(_ resultIn: MapBuilder, _ activeProperty: String?, _ position: SourcePosition) throws -> JSONValue? {
        var result = resultIn
        if let value = result["@value"] {
            try checkValueObject(result, value, position)
            if value.isNull && result["@type"]?.stringValue != "@json" { return nil }
        } else if let type = result["@type"], type.arrayValue == nil {
            result["@type"] = .array([type])
        } else if result.has("@set") || result.has("@list") {
            guard result.count == 1 || (result.count == 2 && result.has("@index")) else {
                throw JSONLDError("invalid set or list object", "@set and @list allow only @index beside them", at: position)
            }
            if let set = result["@set"] { return set }
        }
        if result.count == 1 && result.has("@language") { return nil }
        if activeProperty == nil || activeProperty == "@graph" {
            if result.isEmpty || result.has("@value") || result.has("@list") { return nil }
            if result.count == 1 && result.has("@id") { return nil }
        }
        return result.json(at: position)
    }

    private func checkValueObject(_ result: MapBuilder, _ value: JSONValue, _ position: SourcePosition) throws {
        let allowed: Set<String> = ["@direction", "@index", "@language", "@type", "@value"]
        for key in result.keys where !allowed.contains(key) {
            throw JSONLDError("invalid value object", "unexpected \(key) in a value object", at: position)
        }
        if result.has("@type") && (result.has("@language") || result.has("@direction")) {
            throw JSONLDError("invalid value object", "@type with @language or @direction", at: position)
        }
        if result["@type"]?.stringValue == "@json" { return }
        if value.isNull { return }
        if !value.isScalar { throw JSONLDError("invalid value object value", "@value must be a scalar", at: value.position) }
        if result.has("@language") && value.stringValue == nil {
            throw JSONLDError("invalid language-tagged value", "@language needs a string @value", at: value.position)
        }
        if let type = result["@type"] {
            guard let iri = type.stringValue, IRI.isWellFormed(iri), !IRI.isBlankNode(iri) else {
                throw JSONLDError("invalid typed value", "@type of a value must be an IRI", at: type.position)
            }
        }
    }

    /// Value Expansion (5.3).
    func expandValue(_ active: ActiveContext, _ activeProperty: String?, _ value: JSONValue) throws -> JSONValue {
        try expandValue(active, activeProperty, value, definition: activeProperty.flatMap { active.terms[$0] })
    }

    func expandValue(_ active: ActiveContext, _ activeProperty: String?, _ value: JSONValue,
                     definition: TermDefinition?) throws -> JSONValue {
        let typeMapping = definition?.typeMapping
        if let string = value.stringValue {
            if typeMapping == "@id" {
                let iri = expandIRI(active, string, documentRelative: true)
                return JSONValue(.object(JSONObject([("@id", iri.map { .string($0) } ?? .null)])), position: value.position)
            }
            if typeMapping == "@vocab" {
                let iri = expandIRI(active, string, documentRelative: true, vocab: true)
                return JSONValue(.object(JSONObject([("@id", iri.map { .string($0) } ?? .null)])), position: value.position)
            }
        }
        var members: [JSONObject.Member] = [JSONObject.Member(key: "@value", value: value)]
        if let typeMapping, typeMapping != "@id", typeMapping != "@vocab", typeMapping != "@none" {
            members.append(JSONObject.Member(key: "@type", value: .string(typeMapping)))
        } else if value.stringValue != nil {
            let language = (definition?.hasLanguage ?? false) ? definition?.language : active.defaultLanguage
            let direction = (definition?.hasDirection ?? false) ? definition?.direction : active.defaultDirection
            if let language { members.append(JSONObject.Member(key: "@language", value: .string(language))) }
            if let direction { members.append(JSONObject.Member(key: "@direction", value: .string(direction))) }
        }
        return JSONValue(.object(JSONObject(members: members)), position: value.position)
    }
}

/// State shared by the members (and nested members) of one node being expanded.
struct NodeExpansion {
    let typeScoped: ActiveContext
    let inputType: String?
    var result = MapBuilder()

    init(typeScoped: ActiveContext, inputType: String?) {
        self.typeScoped = typeScoped
        self.inputType = inputType
    }
}
