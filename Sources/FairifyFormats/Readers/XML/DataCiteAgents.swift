import FairifyModel

/// DataCite `creator` and `contributor` elements, with name identifiers and affiliations.
enum DataCiteAgents {
    static func read(_ agent: XMLElement, into builder: inout XMLRecordBuilder) {
        let isCreator = agent.isNamed("creator")
        guard let nameElement = agent.child(isCreator ? "creatorName" : "contributorName") else {
            if agent.child("givenName") != nil || agent.child("familyName") != nil { add(agent, nameElement: nil, isCreator: isCreator, into: &builder) }
            return
        }
        add(agent, nameElement: nameElement, isCreator: isCreator, into: &builder)
    }

    private static func add(_ agent: XMLElement, nameElement: XMLElement?, isCreator: Bool, into builder: inout XMLRecordBuilder) {
        let given = agent.child("givenName")?.text
        let family = agent.child("familyName")?.text
        let name = nameElement?.text ?? [given, family].compactMap { $0 }.joined(separator: " ")
        var orcid: String?
        var ror: String?
        var otherIdentifier: String?
        agent.forEachChild(named: "nameIdentifier") { identifier in
            guard let value = identifier.text else { return }
            if let found = QuickIdentifiers.orcid(value) {
                orcid = orcid ?? found
            } else if let found = QuickIdentifiers.ror(value) {
                ror = ror ?? found
            } else {
                otherIdentifier = otherIdentifier ?? value
            }
        }
        var affiliations: [String] = []
        var affiliationRORs: [String] = []
        agent.forEachChild(named: "affiliation") { affiliation in
            if let text = affiliation.text { affiliations.append(text) }
            if let id = affiliation.value("affiliationIdentifier") {
                if let found = QuickIdentifiers.ror(id) {
                    affiliationRORs.append(found)
                } else if affiliation.value("affiliationIdentifierScheme")?.uppercased() == "ROR" {
                    affiliationRORs.append(id)
                }
            }
        }
        let nameType = nameElement?.value("nameType")?.lowercased()
        let agentType: String? = nameType.map { $0.hasPrefix("org") ? "organization" : "person" }
            ?? (given != nil || family != nil || orcid != nil ? "person" : nil)
        let attributes: KeyValuePairs<String, String?> = [
            FactAttribute.name: name, FactAttribute.givenName: given, FactAttribute.familyName: family,
            FactAttribute.orcid: orcid, FactAttribute.ror: ror ?? (affiliationRORs.isEmpty ? nil : affiliationRORs.joined(separator: " ")),
            FactAttribute.affiliation: affiliations.isEmpty ? nil : affiliations.joined(separator: "; "),
            FactAttribute.identifier: orcid ?? ror ?? otherIdentifier, FactAttribute.agentType: agentType,
            FactAttribute.role: isCreator ? nil : agent.value("contributorType"),
        ]
        builder.add(isCreator ? .creator : .contributor, name, attributes: attributes, at: agent)
    }
}

/// DataCite `geoLocation`: a place name, a point or a box, as one spatial-coverage fact.
enum DataCiteGeo {
    static func read(_ location: XMLElement, into builder: inout XMLRecordBuilder) {
        var parts: [String] = []
        var attributes: [String: String?] = [:]
        for child in location.children {
            switch child.localName {
            case "geoLocationPlace":
                if let place = child.text { parts.append(place); attributes["place"] = place }
            case "geoLocationPoint":
                let point = coordinates(child, ["pointLatitude", "pointLongitude"])
                if let point { parts.append("point " + point); attributes["point"] = point }
            case "geoLocationBox":
                let box = coordinates(child, ["southBoundLatitude", "westBoundLongitude", "northBoundLatitude", "eastBoundLongitude"])
                if let box { parts.append("box " + box); attributes["box"] = box }
            case "geoLocationPolygon":
                parts.append("polygon")
                attributes["polygon"] = "\(child.children.count) points"
            default: break
            }
        }
        builder.add(.spatialCoverage, parts.isEmpty ? nil : parts.joined(separator: "; "), attributes, at: location)
    }

    /// Kernel 3 writes `lat lon` as text; kernel 4 uses child elements.
    private static func coordinates(_ element: XMLElement, _ names: [String]) -> String? {
        if element.children.isEmpty { return element.text }
        let byName = Dictionary(element.children.map { ($0.localName, $0.text ?? "") }, uniquingKeysWith: { first, _ in first })
        let values = names.compactMap { byName[$0] }
        return values.isEmpty ? nil : values.joined(separator: " ")
    }
}
