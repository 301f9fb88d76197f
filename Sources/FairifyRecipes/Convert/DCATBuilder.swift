import FairifyModel

/// Facts as a DCAT (v3) dataset in JSON-LD, with Dublin Core terms, FOAF agents and PROV links.
enum DCATBuilder {
    static let context: JSONValue = .object([
        ("dcat", "http://www.w3.org/ns/dcat#"), ("dct", "http://purl.org/dc/terms/"), ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("prov", "http://www.w3.org/ns/prov#"), ("spdx", "http://spdx.org/rdf/terms#"), ("adms", "http://www.w3.org/ns/adms#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"), ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ])

    static func ref(_ iri: String?) -> JSONValue? { iri.map { .object([("@id", .string($0))]) } }

    static func agent(_ fact: Fact) -> JSONValue {
        let organisation = fact[FactAttribute.agentType] == "organization" || fact.kind == .publisher
        var pairs: [(String, JSONValue)] = [("@type", .string(organisation ? "foaf:Organization" : "foaf:Person"))]
        if let id = fact[FactAttribute.orcid] ?? fact[FactAttribute.identifier] ?? fact[FactAttribute.ror] { pairs.append(("@id", .string(id))) }
        pairs.append(("foaf:name", .string(fact.value)))
        if let given = fact[FactAttribute.givenName] { pairs.append(("foaf:givenName", .string(given))) }
        if let family = fact[FactAttribute.familyName] { pairs.append(("foaf:familyName", .string(family))) }
        return .object(JSONObject(pairs))
    }

    static func typed(_ value: String, _ type: String) -> JSONValue { .object([("@value", .string(value)), ("@type", .string(type))]) }

    static func date(_ value: String) -> JSONValue {
        let type = value.count == 4 ? "xsd:gYear" : value.count == 10 ? "xsd:date" : value.contains("T") ? "xsd:dateTime" : nil
        return type.map { typed(value, $0) } ?? .string(value)
    }

    static func build(_ facts: [Fact]) -> (JSONValue, [String: Int]) {
        var c = Collector()
        c.add("@context", context)
        c.add("@type", "dcat:Dataset")
        for fact in facts {
            switch fact.kind {
            case .identifier:
                c.add("dct:identifier", .string(fact.value))
                if let iri = Crosswalk.iri(fact), fact[FactAttribute.scheme] != "url" { c.add("adms:identifier", .object([("@type", "adms:Identifier"), ("skos:notation", .string(iri))])) }
            case .title: c.add("dct:title", .string(fact.value))
            case .description: c.add("dct:description", .string(fact.value))
            case .creator: c.add("dct:creator", agent(fact))
            case .contributor: c.add("dct:contributor", agent(fact))
            case .publisher: c.add("dct:publisher", agent(fact))
            case .dateCreated: c.add("dct:created", date(fact.value))
            case .dateIssued: c.add("dct:issued", date(fact.value))
            case .dateModified: c.add("dct:modified", date(fact.value))
            case .version: c.add("dcat:version", .string(fact.value))
            case .keyword, .subject:
                if let term = fact[FactAttribute.termIRI] { c.add("dcat:theme", ref(term)) } else { c.add("dcat:keyword", .string(fact.value)) }
            case .license: c.add("dct:license", ref(fact[FactAttribute.iri] ?? fact[FactAttribute.spdx].map { "https://spdx.org/licenses/\($0)" }) ?? .string(fact.value))
            case .rights: c.add("dct:rights", .string(fact.value))
            case .accessRights: c.add("dct:accessRights", ref(fact[FactAttribute.iri]) ?? .string(fact.value))
            case .distribution:
                var pairs: [(String, JSONValue)] = [("@type", "dcat:Distribution")]
                if let url = fact[FactAttribute.url] ?? (fact.value.hasPrefix("http") ? fact.value : nil) { pairs.append(("dcat:downloadURL", ref(url)!)) }
                if let type = fact[FactAttribute.mediaType] { pairs.append(("dcat:mediaType", ref("https://www.iana.org/assignments/media-types/" + type)!)) }
                if let format = fact[FactAttribute.format] ?? (fact[FactAttribute.url] == nil ? fact.value : nil) { pairs.append(("dct:format", .string(format))) }
                if let size = fact[FactAttribute.size], Int(size) != nil { pairs.append(("dcat:byteSize", typed(size, "xsd:nonNegativeInteger"))) }
                if let sum = fact[FactAttribute.checksum] {
                    pairs.append(("spdx:checksum", .object([("@type", "spdx:Checksum"), ("spdx:checksumValue", .string(sum)),
                                                            ("spdx:algorithm", .string(fact[FactAttribute.checksumAlgorithm] ?? "unknown"))])))
                }
                c.add("dcat:distribution", .object(JSONObject(pairs)))
            case .relatedResource:
                let relation = (fact[FactAttribute.relationType] ?? "").lowercased()
                let term = ["ispartof": "dct:isPartOf", "haspart": "dct:hasPart", "references": "dct:references", "cites": "dct:references",
                            "isreferencedby": "dct:isReferencedBy", "iscitedby": "dct:isReferencedBy", "isderivedfrom": "prov:wasDerivedFrom",
                            "isversionof": "dct:isVersionOf", "hasversion": "dct:hasVersion", "requires": "dct:requires"][relation] ?? "dct:relation"
                c.add(term, ref(Crosswalk.iri(fact)) ?? .string(fact.value))
            case .provenance:
                let relation = fact[FactAttribute.relationType] ?? ""
                if relation.lowercased().contains("generated") { c.add("prov:wasGeneratedBy", ref(Crosswalk.iri(fact)) ?? .string(fact.value)) }
                else if let iri = Crosswalk.iri(fact) { c.add("prov:wasDerivedFrom", ref(iri)) }
                else { c.add("dct:provenance", .object([("@type", "dct:ProvenanceStatement"), ("rdfs:label", .string(fact.value))])) }
            case .conformsTo: c.drop(fact)
            case .spatialCoverage: c.add("dct:spatial", .object([("@type", "dct:Location"), ("rdfs:label", .string(fact.value))]))
            case .temporalCoverage: c.add("dct:temporal", .object([("@type", "dct:PeriodOfTime"), ("rdfs:label", .string(fact.value))]))
            case .language: c.add("dct:language", .string(fact.value))
            case .resourceType: c.add("dct:type", .string(fact[FactAttribute.name] ?? fact.value))
            case .dataCatalog, .funding, .date, .metadataIdentifier, .metadataPublisher, .metadataDate, .variableMeasured: c.drop(fact)
            }
        }
        if var context = c.members.first?.1.objectValue {
            context["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#"
            context["skos"] = "http://www.w3.org/2004/02/skos/core#"
            c.members[0].1 = .object(context)
        }
        return (c.object, c.dropped)
    }
}
