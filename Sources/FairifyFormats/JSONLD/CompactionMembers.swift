import Foundation

/// Compaction step 12: one expanded member of a node object.
extension JSONLDProcessor {
    func compactMember(_ active: ActiveContext, _ typeScoped: ActiveContext, _ activeProperty: String?, _ property: String,
                       _ value: JSONValue, insideReverse: Bool, into result: inout MapBuilder) throws {
        switch property {
        case "@id":
            let alias = try compactIRI(active, "@id", vocab: true)
            result[alias] = .string(try compactIRI(active, value.stringValue ?? "", vocab: false))
            return
        case "@type":
            let types = try value.asList.compactMap(\.stringValue).map { JSONValue.string(try compactIRI(typeScoped, $0, vocab: true)) }
            let alias = try compactIRI(active, "@type", vocab: true)
            let asArray = (!active.is10 && active.terms[alias]?.container.contains(.set) == true) || !options.compactArrays
            result.add(alias, .array(types), asArray: asArray)
            return
        case "@reverse":
            guard var reversed = try compactElement(active, "@reverse", value)?.objectValue else { return }
            for member in reversed.members {
                guard let definition = active.terms[member.key], definition.isReverse else { continue }
                let asArray = definition.container.contains(.set) || !options.compactArrays
                result.add(member.key, member.value, asArray: asArray)
                reversed[member.key] = nil
            }
            if !reversed.isEmpty { result[try compactIRI(active, "@reverse", vocab: true)] = .object(reversed) }
            return
        case "@preserve":
            return
        case "@index" where activeProperty.flatMap({ active.terms[$0] })?.container.contains(.index) == true:
            return
        case "@direction", "@index", "@language", "@value":
            result[try compactIRI(active, property, vocab: true)] = value
            return
        default:
            break
        }
        let items = value.asList
        if items.isEmpty {
            let itemProperty = try compactIRI(active, property, value: value, vocab: true, reverse: insideReverse)
            try withNestResult(active, itemProperty, &result) { nest in
                nest.add(itemProperty, .array([]), asArray: true)
            }
            return
        }
        for item in items {
            try compactItem(active, property, item, insideReverse: insideReverse, into: &result)
        }
    }

    /// Runs `body` on the map a compacted value goes into: the result, or its `@nest` member.
    func withNestResult(_ active: ActiveContext, _ itemProperty: String, _ result: inout MapBuilder,
                        _ body: (inout MapBuilder) throws -> Void) throws {
        guard let nestTerm = active.terms[itemProperty]?.nest else {
            try body(&result)
            return
        }
        if nestTerm != "@nest" && expandIRI(active, nestTerm, vocab: true) != "@nest" {
            throw JSONLDError("invalid @nest value", "\(itemProperty) nests under \(nestTerm)")
        }
        var nested = MapBuilder(result[nestTerm]?.objectValue ?? JSONObject())
        try body(&nested)
        result[nestTerm] = nested.json()
    }

    private func compactItem(_ active: ActiveContext, _ property: String, _ item: JSONValue, insideReverse: Bool,
                             into result: inout MapBuilder) throws {
        let itemProperty = try compactIRI(active, property, value: item, vocab: true, reverse: insideReverse)
        let definition = active.terms[itemProperty]
        let container = definition?.container ?? []
        let asArray = container.contains(.set) || itemProperty == "@graph" || itemProperty == "@list" || !options.compactArrays
        let object = item.objectValue
        let isList = Self.isListObject(item)
        let isGraph = Self.isGraphObject(item)
        let inner = isList ? object?["@list"] ?? item : isGraph ? object?["@graph"] ?? item : item
        var compacted = try compactElement(active, itemProperty, inner) ?? .null
        try withNestResult(active, itemProperty, &result) { nest in
            if isList {
                if compacted.arrayValue == nil { compacted = .array([compacted]) }
                if !container.contains(.list) {
                    var wrapper = MapBuilder()
                    wrapper[try compactIRI(active, "@list", vocab: true)] = compacted
                    if let index = object?["@index"] { wrapper[try compactIRI(active, "@index", vocab: true)] = index }
                    nest.add(itemProperty, wrapper.json(), asArray: asArray)
                } else {
                    nest[itemProperty] = compacted
                }
            } else if isGraph {
                try addGraph(active, item, compacted, itemProperty, container, asArray, &nest)
            } else if !container.isDisjoint(with: [.language, .index, .id, .type]) && !container.contains(.graph) {
                try addToMap(active, item, compacted, itemProperty, definition, &nest)
            } else {
                nest.add(itemProperty, compacted, asArray: asArray)
            }
        }
    }

    private func addGraph(_ active: ActiveContext, _ item: JSONValue, _ compactedIn: JSONValue, _ itemProperty: String,
                          _ container: ContainerSet, _ asArray: Bool, _ nest: inout MapBuilder) throws {
        var compacted = compactedIn
        let object = item.objectValue ?? JSONObject()
        if container.contains(.graph) && container.contains(.id) {
            var map = MapBuilder(nest[itemProperty]?.objectValue ?? JSONObject())
            let key = try object["@id"]?.stringValue.map { try compactIRI(active, $0, vocab: false) } ?? compactIRI(active, "@none", vocab: true)
            map.add(key, compacted, asArray: asArray)
            nest[itemProperty] = map.json()
        } else if container.contains(.graph) && container.contains(.index) && object["@id"] == nil {
            var map = MapBuilder(nest[itemProperty]?.objectValue ?? JSONObject())
            let key = try object["@index"]?.stringValue ?? compactIRI(active, "@none", vocab: true)
            map.add(key, compacted, asArray: asArray)
            nest[itemProperty] = map.json()
        } else if container.contains(.graph) && object["@id"] == nil {
            if let list = compacted.arrayValue, list.count > 1 {
                compacted = .object(JSONObject([(try compactIRI(active, "@included", vocab: true), compacted)]))
            }
            nest.add(itemProperty, compacted, asArray: asArray)
        } else {
            var wrapper = MapBuilder()
            wrapper[try compactIRI(active, "@graph", vocab: true)] = compacted
            if let id = object["@id"]?.stringValue {
                wrapper[try compactIRI(active, "@id", vocab: true)] = .string(try compactIRI(active, id, vocab: false))
            }
            if let index = object["@index"] { wrapper[try compactIRI(active, "@index", vocab: true)] = index }
            nest.add(itemProperty, wrapper.json(), asArray: asArray)
        }
    }

    private func addToMap(_ active: ActiveContext, _ item: JSONValue, _ compactedIn: JSONValue, _ itemProperty: String,
                          _ definition: TermDefinition?, _ nest: inout MapBuilder) throws {
        var compacted = compactedIn
        let container = definition?.container ?? []
        let object = item.objectValue ?? JSONObject()
        var map = MapBuilder(nest[itemProperty]?.objectValue ?? JSONObject())
        let keyword = container.contains(.language) ? "@language" : container.contains(.index) ? "@index"
            : container.contains(.id) ? "@id" : "@type"
        var containerKey = try compactIRI(active, keyword, vocab: true)
        let indexKey = definition?.index ?? "@index"
        var mapKey: String?
        if container.contains(.language), object["@value"] != nil {
            compacted = object["@value"] ?? compacted
            mapKey = object["@language"]?.stringValue
        } else if container.contains(.index) && indexKey == "@index" {
            mapKey = object["@index"]?.stringValue
        } else if container.contains(.index) {
            containerKey = try compactIRI(active, expandIRI(active, indexKey, vocab: true) ?? indexKey, vocab: true)
            if var node = compacted.objectValue, let values = node[containerKey] {
                var list = values.asList
                if let first = list.first?.stringValue {
                    mapKey = first
                    list.removeFirst()
                    node[containerKey] = list.isEmpty ? JSONValue?.none : (list.count == 1 ? list[0] : .array(list))
                    compacted = .object(node)
                }
            }
        } else if container.contains(.id) {
            if var node = compacted.objectValue {
                mapKey = node[containerKey]?.stringValue
                node[containerKey] = JSONValue?.none
                compacted = .object(node)
            }
        } else if container.contains(.type) {
            if var node = compacted.objectValue {
                var types = node[containerKey]?.asList ?? []
                if let first = types.first?.stringValue { mapKey = first; types.removeFirst() }
                node[containerKey] = types.isEmpty ? JSONValue?.none : (types.count == 1 ? types[0] : .array(types))
                compacted = .object(node)
                if node.count == 1, let id = object["@id"], expandIRI(active, node.members[0].key, vocab: true) == "@id" {
                    compacted = try compactElement(active, itemProperty, .object(JSONObject([("@id", id)]))) ?? compacted
                }
            }
        }
        let key = try mapKey ?? compactIRI(active, "@none", vocab: true)
        let asArray = container.contains(.set) || !options.compactArrays
        map.add(key, compacted, asArray: asArray)
        nest[itemProperty] = map.json()
    }
}
