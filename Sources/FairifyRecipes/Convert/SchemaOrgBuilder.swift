import FairifyModel

/// Facts as a schema.org Dataset in JSON-LD.
enum SchemaOrgBuilder {
    static func node(_ pairs: [(String, String?)]) -> JSONValue {
        .object(JSONObject(pairs.compactMap { p in p.1.map { (p.0, JSONValue.string($0)) } }))
    }

    static func agent(_ fact: Fact) -> JSONValue {
        let organisation = fact[FactAttribute.agentType] == "organization"
        var pairs: [(String, JSONValue)] = [("@type", .string(organisation ? "Organization" : "Person"))]
        if let id = fact[FactAttribute.orcid] ?? fact[FactAttribute.identifier] ?? fact[FactAttribute.ror] { pairs.append(("@id", .string(id))) }
        pairs.append(("name", .string(fact.value)))
        if let given = fact[FactAttribute.givenName] { pairs.append(("givenName", .string(given))) }
        if let family = fact[FactAttribute.familyName] { pairs.append(("familyName", .string(family))) }
        if let affiliation = fact[FactAttribute.affiliation] {
            pairs.append(("affiliation", node([("@type", "Organization"), ("@id", fact[FactAttribute.ror]), ("name", affiliation)])))
        }
        return .object(JSONObject(pairs))
    }

    static func distribution(_ fact: Fact) -> JSONValue {
        let looksLikeType = fact.value.contains("/") && !fact.value.contains(" ") && !fact.value.contains(":")
        let looksLikeSize = fact.value.first?.isNumber == true
        let sha = fact[FactAttribute.checksumAlgorithm]?.lowercased().replacingOccurrences(of: "-", with: "") == "sha256" ? fact[FactAttribute.checksum] : nil
        return node([
            ("@type", "DataDownload"), ("name", fact[FactAttribute.name]),
            ("contentUrl", fact[FactAttribute.url] ?? (fact.value.hasPrefix("http") ? fact.value : nil)),
            ("encodingFormat", fact[FactAttribute.mediaType] ?? fact[FactAttribute.format] ?? (looksLikeType ? fact.value : nil)),
            ("contentSize", fact[FactAttribute.size] ?? (looksLikeSize && !looksLikeType ? fact.value : nil)), ("sha256", sha),
        ])
    }

    static let relations: [String: String] = [
        "ispartof": "isPartOf", "haspart": "hasPart", "cites": "citation", "references": "citation",
        "isderivedfrom": "isBasedOn", "isbasedon": "isBasedOn", "wasderivedfrom": "isBasedOn", "isidenticalto": "sameAs",
        "isdescribedby": "subjectOf", "isdocumentedby": "subjectOf",
    ]

    static func build(_ facts: [Fact]) -> (JSONValue, [String: Int]) {
        var c = Collector()
        c.add("@context", "https://schema.org/")
        c.add("@type", "Dataset")
        for fact in facts {
            switch fact.kind {
            case .identifier: c.add("identifier", .string(Crosswalk.iri(fact) ?? fact.value))
            case .title: if c.members.contains(where: { $0.0 == "name" }) { c.add("alternateName", .string(fact.value)) } else { c.add("name", .string(fact.value)) }
            case .description: c.add("description", .string(fact.value))
            case .creator: c.add("creator", agent(fact))
            case .contributor: c.add("contributor", agent(fact))
            case .publisher: c.add("publisher", node([("@type", "Organization"), ("@id", fact[FactAttribute.identifier]), ("name", fact.value)]))
            case .dateCreated: c.add("dateCreated", .string(fact.value))
            case .dateIssued:
                // The most precise publication date wins (a full date over a publication year).
                let best = facts.filter { $0.kind == .dateIssued }.max { $0.value.count < $1.value.count }
                if best?.location == fact.location, best?.value == fact.value { c.add("datePublished", .string(fact.value)) }
            case .dateModified: c.add("dateModified", .string(fact.value))
            case .version: c.add("version", .string(fact.value))
            case .keyword, .subject:
                if let term = fact[FactAttribute.termIRI] {
                    c.add("keywords", node([("@type", "DefinedTerm"), ("@id", term), ("name", fact.value), ("inDefinedTermSet", fact[FactAttribute.schemeIRI])]))
                } else { c.add("keywords", .string(fact.value)) }
            case .license: c.add("license", .string(fact[FactAttribute.iri] ?? fact[FactAttribute.spdx].map { "https://spdx.org/licenses/\($0)" } ?? fact.value))
            case .rights: c.add("copyrightNotice", .string(fact.value))
            case .accessRights:
                c.add("conditionsOfAccess", .string(fact[FactAttribute.iri] ?? fact.value))
                if let open = fact[FactAttribute.isOpen] { c.add("isAccessibleForFree", .bool(open == "true")) }
            case .distribution: c.add("distribution", distribution(fact))
            case .relatedResource, .provenance:
                let relation = (fact[FactAttribute.relationType] ?? "").lowercased()
                let fallback = fact.kind == .provenance ? (relation.isEmpty || relation.contains("derived") || relation.contains("based") ? "isBasedOn" : nil) : "http://purl.org/dc/terms/relation"
                guard let term = relations[relation] ?? fallback, let target = Crosswalk.iri(fact) else { c.drop(fact); continue }
                c.add(term, term == "sameAs" ? .string(target) : node([("@id", target)]))
            case .conformsTo:
                // The source's own standard (DataCite kernel, DCAT-AP...) is not the target's.
                c.drop(fact)
            case .funding:
                c.add("funding", .object(JSONObject([("@type", "Grant")] + [("identifier", fact[FactAttribute.awardNumber]), ("name", fact[FactAttribute.awardTitle]), ("url", fact["awardURI"])].compactMap { p in p.1.map { (p.0, JSONValue.string($0)) } }
                    + [("funder", node([("@type", "Organization"), ("@id", fact[FactAttribute.funderIdentifier]), ("name", fact[FactAttribute.funder] ?? fact.value)]))])))
            case .spatialCoverage: c.add("spatialCoverage", .string(fact.value))
            case .temporalCoverage: c.add("temporalCoverage", .string(fact.value))
            case .language: c.add("inLanguage", .string(fact.value))
            case .resourceType: c.add("additionalType", .string(fact[FactAttribute.name] ?? fact.value))
            case .dataCatalog: c.add("includedInDataCatalog", node([("@type", "DataCatalog"), ("name", fact.value)]))
            case .variableMeasured: c.add("variableMeasured", .string(fact.value))
            case .date, .metadataIdentifier, .metadataPublisher, .metadataDate: c.drop(fact)
            }
        }
        return (c.object, c.dropped)
    }
}
