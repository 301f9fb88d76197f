import Foundation

/// Create Term Definition, steps 19-26: container, index, scoped context, language,
/// direction, nest and prefix.
extension JSONLDProcessor {
    func setContainerAndOptions(_ definition: inout TermDefinition, _ object: JSONObject, _ term: String,
                                _ active: ActiveContext, _ builder: inout TermBuilder, _ position: SourcePosition) throws {
        if let container = object["@container"] {
            definition.container = try parseContainer(container, active)
            if definition.container.contains(.type) {
                if definition.typeMapping == nil { definition.typeMapping = "@id" }
                guard definition.typeMapping == "@id" || definition.typeMapping == "@vocab" else {
                    throw JSONLDError("invalid type mapping", "a @type container needs @type @id or @vocab", at: container.position)
                }
            }
        }
        if let index = object["@index"] {
            guard !active.is10, definition.container.contains(.index) else {
                throw JSONLDError("invalid term definition", "@index without an @index container", at: index.position)
            }
            guard let indexString = index.stringValue,
                  let expanded = try expandIRI(active, indexString, vocab: true, builder: &builder),
                  IRI.isAbsolute(expanded) else {
                throw JSONLDError("invalid term definition", "@index must be a property IRI", at: index.position)
            }
            definition.index = indexString
        }
        if let scoped = object["@context"] {
            if active.is10 { throw JSONLDError("invalid term definition", "scoped context in json-ld-1.0 mode", at: scoped.position) }
            do {
                _ = try processContext(active, scoped, base: builder.base, remoteContexts: builder.remoteContexts,
                                       overrideProtected: true, validateScoped: false)
            } catch let error as JSONLDError {
                throw JSONLDError("invalid scoped context", "\(term): \(error.description)", at: scoped.position)
            }
            definition.context = scoped
            definition.hasContext = true
            definition.baseURL = builder.base
        }
        if let language = object["@language"], object["@type"] == nil {
            switch language.kind {
            case .null: definition.language = nil
            case .string(let tag): definition.language = tag.lowercased()
            default: throw JSONLDError("invalid language mapping", term, at: language.position)
            }
            definition.hasLanguage = true
        }
        if let direction = object["@direction"], object["@type"] == nil {
            switch direction.kind {
            case .null: definition.direction = nil
            case .string(let d) where d == "ltr" || d == "rtl": definition.direction = d
            default: throw JSONLDError("invalid base direction", term, at: direction.position)
            }
            definition.hasDirection = true
        }
        if let nest = object["@nest"] {
            if active.is10 { throw JSONLDError("invalid term definition", "@nest in json-ld-1.0 mode", at: nest.position) }
            guard let nestValue = nest.stringValue, !JSONLDKeywords.isKeyword(nestValue) || nestValue == "@nest" else {
                throw JSONLDError("invalid @nest value", term, at: nest.position)
            }
            definition.nest = nestValue
        }
        if let prefix = object["@prefix"] {
            if active.is10 || term.containsByte(":") || term.containsByte("/") {
                throw JSONLDError("invalid term definition", "@prefix on \(term)", at: prefix.position)
            }
            guard let flag = prefix.boolValue else { throw JSONLDError("invalid @prefix value", term, at: prefix.position) }
            if flag, let iri = definition.iri, JSONLDKeywords.isKeyword(iri) {
                throw JSONLDError("invalid term definition", "a keyword alias cannot be a prefix", at: prefix.position)
            }
            definition.isPrefix = flag
        }
        for member in object.members where !Self.termDefinitionKeys.contains(member.key) {
            throw JSONLDError("invalid term definition", "\(term) has unknown entry \(member.key)", at: member.value.position)
        }
    }

    private func parseContainer(_ value: JSONValue, _ active: ActiveContext) throws -> ContainerSet {
        let invalid = JSONLDError("invalid container mapping", "", at: value.position)
        var names: [String] = []
        switch value.kind {
        case .null: return []
        case .string(let s): names = [s]
        case .array(let items):
            if active.is10 { throw invalid }
            for item in items {
                guard let s = item.stringValue else { throw invalid }
                names.append(s)
            }
        default: throw invalid
        }
        var set: ContainerSet = []
        for name in names {
            guard let bit = ContainerSet.named(name) else { throw invalid }
            set.insert(bit)
        }
        if active.is10 && !set.isDisjoint(with: [.graph, .id, .type]) { throw invalid }
        guard Self.isValidContainer(set, count: names.count) else { throw invalid }
        return set
    }

    private static func isValidContainer(_ set: ContainerSet, count: Int) -> Bool {
        if count == 1 || set.isEmpty { return true }
        if set.contains(.list) { return set == .list }
        var rest = set.subtracting(.set)
        if rest.isEmpty { return true }
        if rest.contains(.graph) {
            rest.remove(.graph)
            return rest.isEmpty || rest == .id || rest == .index
        }
        return rest == .index || rest == .id || rest == .type || rest == .language
    }
}
