import Foundation

/// Expansion steps 13-14: each member of a node object, keywords first-class.
extension JSONLDProcessor {
    func expandMembers(_ active: ActiveContext, _ activeProperty: String?, _ object: JSONObject, baseURL: String?,
                       state: inout NodeExpansion, expandedKeys: [(iri: String?, definition: TermDefinition?)]? = nil) throws {
        var nests: [String] = []
        for (index, member) in object.members.enumerated() {
            let key = member.key
            if key == "@context" { continue }
            let expandedKey = expandedKeys?[index] ?? expandKey(active, key)
            guard let property = expandedKey.iri,
                  property.containsByte(":") || JSONLDKeywords.isKeyword(property) else { continue }
            let value = member.value
            if JSONLDKeywords.isKeyword(property) {
                if property == "@nest" {
                    if !nests.contains(key) { nests.append(key) }
                    continue
                }
                try expandKeyword(active, activeProperty, property, value, baseURL: baseURL, state: &state)
                continue
            }
            try expandProperty(active, key, property, expandedKey.definition, value, baseURL: baseURL, state: &state)
        }
        for key in nests {
            for nested in object[key]?.asList ?? [] {
                guard let nestedObject = nested.objectValue,
                      !nestedObject.keys.contains(where: { expandIRI(active, $0, vocab: true) == "@value" }) else {
                    throw JSONLDError("invalid @nest value", "@nest values must be node objects", at: nested.position)
                }
                try expandMembers(active, activeProperty, nestedObject, baseURL: baseURL, state: &state)
            }
        }
    }

    private func expandProperty(_ active: ActiveContext, _ key: String, _ property: String, _ definition: TermDefinition?,
                                _ value: JSONValue, baseURL: String?, state: inout NodeExpansion) throws {
        let container = definition?.container ?? []
        var expanded: JSONValue?
        if definition?.typeMapping == "@json" {
            expanded = JSONValue(.object(JSONObject([("@value", value), ("@type", "@json")])), position: value.position)
        } else if container.contains(.language), let map = value.objectValue {
            expanded = try expandLanguageMap(active, definition, map, value.position)
        } else if !container.isDisjoint(with: [.index, .type, .id]), let map = value.objectValue {
            expanded = try expandIndexMap(active, key, definition, map, baseURL: baseURL, position: value.position)
        } else {
            expanded = try expandElement(active, key, definition, value, baseURL: baseURL)
        }
        guard var expandedValue = expanded else { return }
        if container.contains(.list) && !Self.isListObject(expandedValue) {
            expandedValue = JSONValue(.object(JSONObject([("@list", .array(expandedValue.asList))])), position: value.position)
        }
        if container.contains(.graph) && container.isDisjoint(with: [.id, .index]) {
            expandedValue = .array(expandedValue.asList.map {
                JSONValue(.object(JSONObject([("@graph", .array($0.asList))])), position: $0.position)
            })
        }
        if definition?.isReverse == true {
            var reverseMap = MapBuilder(state.result["@reverse"]?.objectValue ?? JSONObject())
            for item in expandedValue.asList {
                if Self.isValueObject(item) || Self.isListObject(item) {
                    throw JSONLDError("invalid reverse property value", key, at: item.position)
                }
                reverseMap.append(property, item)
            }
            state.result["@reverse"] = reverseMap.json()
        } else {
            state.result.append(property, expandedValue.arrayValue != nil ? expandedValue : .array([expandedValue]))
        }
    }

    private func expandLanguageMap(_ active: ActiveContext, _ definition: TermDefinition?, _ map: JSONObject,
                                   _ position: SourcePosition) throws -> JSONValue {
        var result: [JSONValue] = []
        let direction = (definition?.hasDirection ?? false) ? definition?.direction : active.defaultDirection
        for member in map.members {
            for item in member.value.asList {
                if item.isNull { continue }
                guard item.stringValue != nil else {
                    throw JSONLDError("invalid language map value", member.key, at: item.position)
                }
                var members = [JSONObject.Member(key: "@value", value: item)]
                if member.key != "@none" && expandIRI(active, member.key, vocab: true) != "@none" {
                    members.append(JSONObject.Member(key: "@language", value: .string(member.key.lowercased())))
                }
                if let direction { members.append(JSONObject.Member(key: "@direction", value: .string(direction))) }
                result.append(JSONValue(.object(JSONObject(members: members)), position: item.position))
            }
        }
        return JSONValue(.array(result), position: position)
    }

    private func expandIndexMap(_ active: ActiveContext, _ key: String, _ definition: TermDefinition?, _ map: JSONObject,
                                baseURL: String?, position: SourcePosition) throws -> JSONValue {
        let container = definition?.container ?? []
        let indexKey = definition?.index ?? "@index"
        var result: [JSONValue] = []
        for member in map.members {
            var mapContext = active
            if !container.isDisjoint(with: [.id, .type]) { mapContext = active.previousContext ?? active }
            if container.contains(.type), let typeDefinition = mapContext.terms[member.key], typeDefinition.hasContext,
               let scoped = typeDefinition.context {
                mapContext = try applyContext(mapContext, scoped, base: typeDefinition.baseURL)
            }
            let expandedIndex = expandIRI(active, member.key, vocab: true)
            let items = try expandElement(mapContext, key, .array(member.value.asList), baseURL: baseURL, fromMap: true)?.asList ?? []
            for itemIn in items {
                var item = itemIn
                if container.contains(.graph) && item.objectValue?["@graph"] == nil {
                    item = JSONValue(.object(JSONObject([("@graph", .array(item.asList))])), position: item.position)
                }
                item = try addIndex(active, container, indexKey, member.key, expandedIndex, to: item)
                result.append(item)
            }
        }
        return JSONValue(.array(result), position: position)
    }

    private func addIndex(_ active: ActiveContext, _ container: ContainerSet, _ indexKey: String, _ index: String,
                          _ expandedIndex: String?, to itemIn: JSONValue) throws -> JSONValue {
        guard expandedIndex != "@none", var object = itemIn.objectValue else { return itemIn }
        if container.contains(.index) && indexKey != "@index" {
            let reExpanded = try expandValue(active, indexKey, .string(index))
            guard let indexProperty = expandIRI(active, indexKey, vocab: true) else { return itemIn }
            var values = [reExpanded]
            values.append(contentsOf: object[indexProperty]?.asList ?? [])
            object[indexProperty] = .array(values)
            if object["@value"] != nil {
                throw JSONLDError("invalid value object", "a property-valued index cannot apply to a value", at: itemIn.position)
            }
        } else if container.contains(.index) {
            if object["@index"] == nil { object["@index"] = .string(index) }
        } else if container.contains(.id) {
            if object["@id"] == nil {
                object["@id"] = expandIRI(active, index, documentRelative: true).map { .string($0) } ?? .null
            }
        } else if container.contains(.type), let expandedIndex {
            var types: [JSONValue] = [.string(expandedIndex)]
            types.append(contentsOf: object["@type"]?.asList ?? [])
            object["@type"] = .array(types)
        }
        return JSONValue(.object(object), position: itemIn.position)
    }

    static func isValueObject(_ value: JSONValue) -> Bool { value.objectValue?["@value"] != nil }
    static func isListObject(_ value: JSONValue) -> Bool { value.objectValue?["@list"] != nil }
    static func isGraphObject(_ value: JSONValue) -> Bool {
        guard let object = value.objectValue, object["@graph"] != nil else { return false }
        return object.keys.allSatisfy { $0 == "@graph" || $0 == "@id" || $0 == "@index" || $0 == "@context" }
    }
}
