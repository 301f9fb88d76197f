import FairifyModel

/// What the crosswalk reads about a person or organisation node.
struct LDAgentDescription {
    var name: String?
    var givenName: String?
    var familyName: String?
    var orcid: String?
    var ror: String?
    var identifier: String?
    var agentType: String?
    var affiliation: String?
    var affiliationROR: String?

    static let personTypes: Set<String> = [LDSchema.Person, LDDC.foafPerson, LDDC.vcardIndividual, LDDC.provPerson]
    static let organizationTypes: Set<String> = [
        LDSchema.Organization, LDDC.foafOrganization, LDDC.vcardOrganization, LDDC.provOrganization,
        LDSchema.iri("ResearchOrganization"), LDSchema.iri("CollegeOrUniversity"), LDSchema.iri("GovernmentOrganization"),
        LDSchema.iri("FundingAgency"), LDSchema.iri("Consortium"), LDSchema.iri("NGO"), LDSchema.iri("Corporation"),
    ]

    init(_ node: LDNode) {
        givenName = node.text(LDSchema.givenName, LDDC.foafGivenName, LDExtraTerm.vcardGivenName)
        familyName = node.text(LDSchema.familyName, LDDC.foafFamilyName, LDExtraTerm.vcardFamilyName)
        name = node.label ?? [givenName, familyName].compactMap { $0 }.joined(separator: " ").ldNonEmpty
            ?? Self.literal(of: node, localNameEndingWith: "Name")
        if node.hasType(in: Self.personTypes) || (!node.hasType(in: Self.organizationTypes) && (givenName != nil || familyName != nil)) {
            agentType = "person"
        } else if node.hasType(in: Self.organizationTypes) {
            agentType = "organization"
        }
        let candidates = Self.identifierCandidates(of: node)
        identifier = candidates.first(where: LDIRI.isAbsolute) ?? candidates.first
        for candidate in candidates where Self.mayBeORCIDOrROR(candidate) {
            if orcid != nil, ror != nil || agentType == "person" { break }
            let classified = LDIdentifier.classify(candidate)
            if orcid == nil, classified.scheme == .orcid { orcid = classified.canonical }
            if ror == nil, classified.scheme == .ror { ror = classified.canonical }
        }
        if let first = node.terms(LDSchema.affiliation).first {
            affiliation = first.literalText ?? first.node?.label ?? first.node?.iri
            if let org = first.node {
                affiliationROR = Self.identifierCandidates(of: org).lazy.filter(Self.mayBeORCIDOrROR)
                    .map(LDIdentifier.classify).first { $0.scheme == .ror }?.canonical
            }
        } else {
            affiliation = Self.literal(of: node, localNameEndingWith: "Affiliation")
        }
    }

    /// Classifying is costly; only these strings can be an ORCID or a ROR identifier.
    static func mayBeORCIDOrROR(_ s: String) -> Bool {
        s.ldContains("orcid") || s.ldContains("ror.org") || s.hasPrefix("ror:") || (s.utf8.count == 19 && s.utf8.last != UInt8(ascii: "/"))
    }

    /// Some repositories (Dataverse's ORE export) name agents with their own properties
    /// (`authorName`, `authorAffiliation`, `authorIdentifier`); read those by their local name.
    static func literal(of node: LDNode, localNameEndingWith suffix: String) -> String? {
        for key in node.order where !key.hasPrefix(LDNS.schema) && LDIRI.localName(key).hasSuffix(suffix) {
            if let text = node.text(key) { return text }
        }
        return nil
    }

    private static let identifierProperties = [LDSchema.identifier, LDSchema.sameAs, LDSchema.url, LDDC.identifier]

    /// The agent's `@id`, identifiers (text or PropertyValue), sameAs and url.
    static func identifierCandidates(of node: LDNode) -> [String] {
        var found: [String] = []
        if let iri = node.iri, LDIRI.isAbsolute(iri) { found.append(iri) }
        for key in identifierProperties {
            for term in node.terms(key) {
                if let text = term.literalText ?? term.node.flatMap(LDIdentifierReading.value(of:)) { found.append(text) }
            }
        }
        if let own = literal(of: node, localNameEndingWith: "Identifier") { found.append(own) }
        return found
    }

    /// Only the details present (the fact sink drops empty ones anyway), in a dictionary sized once.
    func attributes(role: String?) -> [String: String] {
        var attributes: [String: String] = [:]
        attributes.reserveCapacity(9)
        func put(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { attributes[key] = value }
        }
        put(FactAttribute.name, name)
        put(FactAttribute.givenName, givenName)
        put(FactAttribute.familyName, familyName)
        put(FactAttribute.orcid, orcid)
        put(FactAttribute.ror, agentType == "person" ? affiliationROR : (ror ?? affiliationROR))
        put(FactAttribute.affiliation, affiliation)
        put(FactAttribute.agentType, agentType)
        put(FactAttribute.identifier, identifier)
        put(FactAttribute.role, role)
        return attributes
    }
}

extension NodeCrosswalk {
    mutating func addAgent(_ kind: FactKind, role: String?, _ term: LDTerm, _ property: String) {
        let at = term.position
        guard let node = term.node else {
            if let text = term.literalText {
                sink.add(kind, text, role.map { [FactAttribute.role: $0] } ?? [:], property: property, at: at)
            }
            return
        }
        if node.hasType(LDSchema.Role) {
            // schema:Role wraps the agent under the same property, adding a role name.
            let roleName = node.text(LDSchema.roleName) ?? role
            for inner in node.terms(LDIRI.canonical(property)) where inner.node !== node {
                addAgent(kind, role: roleName, inner, property)
            }
            return
        }
        let agent = LDAgentDescription(node)
        guard let value = agent.name ?? agent.identifier ?? node.iri else { return }
        let roleName = role ?? node.terms(LDSchema.roleName).first?.display
        sink.add(kind, value, agent.attributes(role: roleName), property: property, at: at)
    }
}

extension String {
    var ldNonEmpty: String? { isEmpty ? nil : self }
}
