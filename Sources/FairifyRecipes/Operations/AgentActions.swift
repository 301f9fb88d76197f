import FairifyModel

enum AgentActions {
    /// "Family, Given" names get givenName and familyName; the name as written stays.
    static func splitNames(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for term in ["creator", "author", "contributor"] {
            for raw in doc.values(term) {
                let agent = doc.resolved(raw)
                if let name = agent.value.stringValue, let (family, given) = split(name) {
                    edits.append(.replace(agent.pointer, TreeActions.node([
                        ("@type", "Person"), (doc.key("name"), .string(name)),
                        (doc.key("givenName"), .string(given)), (doc.key("familyName"), .string(family)),
                    ])))
                } else if let object = agent.value.objectValue, !isOrganization(object),
                          doc.member("givenName", in: object) == nil, doc.member("familyName", in: object) == nil,
                          let name = doc.member("name", in: object)?.value.stringValue, let (family, given) = split(name) {
                    edits.append(.add(agent.pointer, key: doc.key("givenName"), .string(given)))
                    edits.append(.add(agent.pointer, key: doc.key("familyName"), .string(family)))
                }
            }
        }
        return edits
    }

    static func split(_ name: String) -> (family: String, given: String)? {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !parts[1].contains(where: \.isNumber), parts[0].split(separator: " ").count <= 3 else { return nil }
        return (parts[0], parts[1])
    }

    static func isOrganization(_ object: JSONObject) -> Bool {
        (object["@type"] ?? .null).asList.contains { ($0.stringValue ?? "").hasSuffix("Organization") }
    }

    /// The agent a parameter names: a 1-based position or (part of) a name; default the first.
    static func selectAgent(_ doc: SchemaDocument, _ selector: String?) throws -> (pointer: String, value: JSONValue)? {
        let agents = doc.agents.map(doc.resolved)
        guard !agents.isEmpty else { return nil }
        guard let selector else { return agents[0] }
        if let index = Int(selector) {
            guard agents.indices.contains(index - 1) else {
                throw Diagnostic.error("creator=\(selector): the record has \(agents.count) creator(s)", code: "parameter")
            }
            return agents[index - 1]
        }
        let wanted = selector.lowercased()
        guard let match = agents.first(where: { name(of: $0.value, doc).lowercased().contains(wanted) }) else {
            throw Diagnostic.error("creator=\(selector): no creator has that name", code: "parameter")
        }
        return match
    }

    static func name(of agent: JSONValue, _ doc: SchemaDocument) -> String {
        if let s = agent.stringValue { return s }
        guard let object = agent.objectValue else { return "" }
        if let name = doc.member("name", in: object)?.value.stringValue { return name }
        let given = doc.member("givenName", in: object)?.value.stringValue ?? ""
        let family = doc.member("familyName", in: object)?.value.stringValue ?? ""
        return "\(given) \(family)"
    }

    static func addORCID(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let orcid = input.params["orcid"] else { return [] }
        guard let agent = try selectAgent(doc, input.params["creator"]) else {
            input.notes.append("the record has no creator to attach the ORCID to")
            return []
        }
        if let name = agent.value.stringValue {
            return [.replace(agent.pointer, TreeActions.node([("@type", "Person"), ("@id", .string(orcid)), (doc.key("name"), .string(name))]))]
        }
        guard let object = agent.value.objectValue else { return [] }
        let ids = ([object["@id"]] + doc.values("identifier", at: agent.pointer).map(\.value)).compactMap { $0?.stringValue }
        if ids.contains(where: { ClassifiedIdentifier.classify($0).scheme == .orcid }) {
            if !ids.contains(orcid) { input.notes.append("\(name(of: agent.value, doc)) already has another ORCID; not changed") }
            return []
        }
        if object["@id"] == nil { return [.add(agent.pointer, key: "@id", .string(orcid))] }
        return [doc.addValue("identifier", .string(orcid), at: agent.pointer)]
    }

    static func addROR(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let ror = input.params["ror"] else { return [] }
        guard let agent = try selectAgent(doc, input.params["creator"]), agent.value.objectValue != nil else {
            input.notes.append("no creator written as an object to attach the affiliation to; run split-creator-names or add-orcid first")
            return []
        }
        let affiliations = doc.values("affiliation", at: agent.pointer)
        let label = input.params["affiliation"]
        func rorOf(_ value: JSONValue) -> String? {
            ([value["@id"]] + (value.objectValue.map { o in doc.member("identifier", in: o).map { [$0.value] } ?? [] } ?? []))
                .compactMap { $0?.stringValue }.first { ClassifiedIdentifier.classify($0).scheme == .ror }
        }
        if affiliations.contains(where: { rorOf($0.value) != nil }) { return [] }
        // An affiliation named the same (or the only one) gets the ROR id; otherwise a new one is added.
        let matching = affiliations.first { a in
            let text = a.value.stringValue ?? (a.value.objectValue.flatMap { doc.member("name", in: $0)?.value.stringValue }) ?? ""
            return label == nil ? affiliations.count == 1 : text.lowercased() == label!.lowercased()
        }
        if let matching {
            if let text = matching.value.stringValue {
                return [.replace(matching.pointer, TreeActions.node([("@type", "Organization"), ("@id", .string(ror)), (doc.key("name"), .string(text))]))]
            }
            if matching.value["@id"] == nil { return [.add(matching.pointer, key: "@id", .string(ror))] }
            return [doc.addValue("identifier", .string(ror), at: matching.pointer)]
        }
        let organisation = TreeActions.node([("@type", "Organization"), ("@id", .string(ror)), (doc.key("name"), label.map(JSONValue.string))])
        return [doc.addValue("affiliation", organisation, at: agent.pointer)]
    }

    static func addPublisher(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let name = input.params["publisher"], !doc.has("publisher") else { return [] }
        let publisher = TreeActions.node([("@type", "Organization"), ("@id", input.params["publisher-ror"].map(JSONValue.string)), (doc.key("name"), .string(name))])
        return [.add(doc.target, key: doc.key("publisher"), publisher)]
    }
}
