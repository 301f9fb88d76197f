import Foundation

/// Expansion step 13.4: members whose key expands to a keyword.
extension JSONLDProcessor {
    func expandKeyword(_ active: ActiveContext, _ activeProperty: String?, _ keyword: String, _ value: JSONValue,
                       baseURL: String?, state: inout NodeExpansion) throws {
        if activeProperty == "@reverse" {
            throw JSONLDError("invalid reverse property map", "\(keyword) inside @reverse", at: value.position)
        }
        if state.result.has(keyword) && keyword != "@included" && keyword != "@type" {
            throw JSONLDError("colliding keywords", keyword, at: value.position)
        }
        var expanded: JSONValue?
        switch keyword {
        case "@id":
            guard let id = value.stringValue else { throw JSONLDError("invalid @id value", "@id must be a string", at: value.position) }
            expanded = JSONValue(expandIRI(active, id, documentRelative: true).map { .string($0) } ?? .null, position: value.position)
        case "@type":
            expanded = try expandTypeValue(active, value, state: state)
        case "@graph":
            let graph = try expandElement(active, "@graph", value, baseURL: baseURL)
            expanded = .array(graph?.asList ?? [])
        case "@included":
            if active.is10 { return }
            for item in value.asListKeepingNull where item.objectValue == nil {
                throw JSONLDError("invalid @included value", "@included must hold node objects", at: item.position)
            }
            let included = try expandElement(active, nil, value, baseURL: baseURL)?.asList ?? []
            for item in included where item.objectValue == nil || Self.isValueObject(item) || Self.isListObject(item) {
                throw JSONLDError("invalid @included value", "@included must hold node objects", at: item.position)
            }
            var all = state.result["@included"]?.asList ?? []
            all.append(contentsOf: included)
            expanded = .array(all)
        case "@value":
            if state.inputType == "@json" {
                if active.is10 { throw JSONLDError("invalid value object value", "@json in json-ld-1.0 mode", at: value.position) }
                expanded = value
            } else {
                guard value.isScalar else {
                    throw JSONLDError("invalid value object value", "@value must be a scalar or null", at: value.position)
                }
                expanded = value
            }
            state.result["@value"] = expanded
            return
        case "@language":
            guard let tag = value.stringValue else {
                throw JSONLDError("invalid language-tagged string", "@language must be a string", at: value.position)
            }
            expanded = .string(tag)
        case "@direction":
            if active.is10 { return }
            guard let direction = value.stringValue, direction == "ltr" || direction == "rtl" else {
                throw JSONLDError("invalid base direction", "@direction must be ltr or rtl", at: value.position)
            }
            expanded = value
        case "@index":
            guard value.stringValue != nil else { throw JSONLDError("invalid @index value", "@index must be a string", at: value.position) }
            expanded = value
        case "@list":
            if activeProperty == nil || activeProperty == "@graph" { return }
            let list = try expandElement(active, activeProperty, value, baseURL: baseURL)
            expanded = JSONValue(.array(list?.asList ?? []), position: value.position)
        case "@set":
            expanded = try expandElement(active, activeProperty, value, baseURL: baseURL)
        case "@reverse":
            try expandReverse(active, value, baseURL: baseURL, state: &state)
            return
        default:
            return
        }
        if let expanded { state.result[keyword] = expanded }
    }

    private func expandTypeValue(_ active: ActiveContext, _ value: JSONValue, state: NodeExpansion) throws -> JSONValue {
        var types: [JSONValue] = []
        switch value.kind {
        case .string(let type):
            types = [.string(expandIRI(state.typeScoped, type, documentRelative: true, vocab: true) ?? type)]
        case .array(let items):
            for item in items {
                guard let type = item.stringValue else {
                    throw JSONLDError("invalid type value", "@type must be a string or an array of strings", at: item.position)
                }
                if let iri = expandIRI(state.typeScoped, type, documentRelative: true, vocab: true) { types.append(.string(iri)) }
            }
        default:
            throw JSONLDError("invalid type value", "@type must be a string or an array of strings", at: value.position)
        }
        if let existing = state.result["@type"] {
            return .array(existing.asList + types)
        }
        if case .string = value.kind { return types[0] }
        return .array(types)
    }

    private func expandReverse(_ active: ActiveContext, _ value: JSONValue, baseURL: String?, state: inout NodeExpansion) throws {
        guard value.objectValue != nil else {
            throw JSONLDError("invalid @reverse value", "@reverse must be an object", at: value.position)
        }
        guard let expanded = try expandElement(active, "@reverse", value, baseURL: baseURL)?.objectValue else { return }
        if let doubleReversed = expanded["@reverse"]?.objectValue {
            for member in doubleReversed.members { state.result.append(member.key, member.value) }
        }
        var reverseMap = MapBuilder(state.result["@reverse"]?.objectValue ?? JSONObject())
        var any = false
        for member in expanded.members where member.key != "@reverse" {
            for item in member.value.asList {
                if Self.isValueObject(item) || Self.isListObject(item) {
                    throw JSONLDError("invalid reverse property value", member.key, at: item.position)
                }
                reverseMap.append(member.key, item)
                any = true
            }
            if member.value.asList.isEmpty { reverseMap.append(member.key, .array([])); any = true }
        }
        if any { state.result["@reverse"] = reverseMap.json() }
    }
}
