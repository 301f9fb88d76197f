import Foundation

/// Value Compaction (JSON-LD 1.1 API, 6.3).
extension JSONLDProcessor {
    func compactValue(_ active: ActiveContext, _ activeProperty: String?, _ value: JSONObject) throws -> JSONValue {
        let definition = activeProperty.flatMap { active.terms[$0] }
        let language = (definition?.hasLanguage ?? false) ? definition?.language : active.defaultLanguage
        let direction = (definition?.hasDirection ?? false) ? definition?.direction : active.defaultDirection
        let typeMapping = definition?.typeMapping
        let container = definition?.container ?? []
        let hasIndex = value["@index"] != nil
        let indexOK = !hasIndex || container.contains(.index)
        if let id = value["@id"]?.stringValue, value.keys.allSatisfy({ $0 == "@id" || $0 == "@index" }) {
            if typeMapping == "@id" && indexOK { return .string(try compactIRI(active, id, vocab: false)) }
            if typeMapping == "@vocab" && indexOK { return .string(try compactIRI(active, id, vocab: true)) }
        }
        if let type = value["@type"]?.stringValue, type == typeMapping, indexOK, let inner = value["@value"] {
            return inner
        }
        if typeMapping == "@none" || (value["@type"] != nil && value["@type"]?.stringValue != typeMapping) {
            return try compactValueKeys(active, value, dropIndex: hasIndex && container.contains(.index))
        }
        if let inner = value["@value"], inner.stringValue == nil {
            if indexOK && value["@type"] == nil && value["@language"] == nil { return inner }
        } else if value["@value"] != nil, value["@type"] == nil {
            let valueLanguage = value["@language"]?.stringValue?.lowercased()
            let valueDirection = value["@direction"]?.stringValue
            if valueLanguage == language?.lowercased() && valueDirection == direction && indexOK {
                return value["@value"] ?? .null
            }
        }
        return try compactValueKeys(active, value, dropIndex: hasIndex && container.contains(.index))
    }

    private func compactValueKeys(_ active: ActiveContext, _ value: JSONObject, dropIndex: Bool) throws -> JSONValue {
        var result = MapBuilder()
        for member in value.members {
            if member.key == "@index" && dropIndex { continue }
            let alias = try compactIRI(active, member.key, vocab: true)
            if member.key == "@type", let type = member.value.stringValue {
                result[alias] = .string(try compactIRI(active, type, vocab: true))
            } else {
                result[alias] = member.value
            }
        }
        return result.json()
    }
}
