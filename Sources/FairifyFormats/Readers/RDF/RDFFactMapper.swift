import FairifyModel

/// Crosswalks the statements about one RDF resource (a dcat:Dataset, a Dublin Core record)
/// onto facts. Objects that are nodes (agents, distributions, locations) are followed once.
struct RDFFactMapper<Origin> {
    typealias Roles = RDFPropertyRoles
    let graph: RDFGraph<Origin>

    func map<Sink: RDFFactSink>(_ subject: RDFGraphTerm, into builder: inout Sink) where Sink.Origin == Origin {
        if case .iri(let iri) = subject, let origin = graph.nodeOrigins[subject] {
            builder.add(.identifier, iri, identifierAttributes(iri, declared: nil), at: origin, property: "rdf:about")
        }
        for triple in graph.statements(about: subject) {
            guard let role = RDFPropertyRoles.role(triple.predicate) else { continue }
            map(triple, role, into: &builder)
        }
    }

    private func map<Sink: RDFFactSink>(_ triple: RDFTriple<Origin>, _ role: RDFRole, into builder: inout Sink) where Sink.Origin == Origin {
        let object = triple.object
        let origin = triple.origin
        let property = triple.predicate
        func add(_ kind: FactKind, _ value: String?, _ attributes: [String: String?] = [:]) {
            builder.add(kind, value, attributes, at: origin, property: property)
        }
        switch role {
        case .identifier:
            let value = object.isLiteral ? object.lexical : (label(object) ?? object.lexical)
            add(.identifier, value.trimmedXMLSpace, identifierAttributes(value, declared: datatypeScheme(object)))
        case .title: add(.title, text(object), [FactAttribute.language: language(object)])
        case .description: add(.description, text(object), [FactAttribute.language: language(object)])
        case .creator, .contributor, .contactPoint, .publisher:
            mapAgent(object, role, add)
        case .dateCreated: add(.dateCreated, text(object))
        case .dateIssued: add(.dateIssued, text(object))
        case .dateModified: add(.dateModified, text(object))
        case .date(let type): add(.date, text(object), [FactAttribute.dateType: type])
        case .keyword:
            if object.isLiteral, property.hasSuffix("keywords"), object.lexical.contains(",") {
                for keyword in object.lexical.split(separator: ",") { add(.keyword, String(keyword).trimmedXMLSpace) }
            } else {
                add(.keyword, label(object), [FactAttribute.termIRI: object.iri])
            }
        case .subject, .theme:
            let scheme = datatypeScheme(object)
            let kind: FactKind = object.isLiteral && scheme == nil && role == .subject ? .keyword : .subject
            add(kind, label(object), [FactAttribute.termIRI: object.iri, FactAttribute.scheme: scheme,
                                      FactAttribute.schemeIRI: schemeIRI(object)])
        case .license:
            add(.license, label(object), [FactAttribute.iri: object.iri ?? urlIfAny(object),
                                          FactAttribute.spdx: RightsClassifier.spdx(uri: object.iri ?? object.lexical, identifier: nil, scheme: nil)])
        case .rights, .accessRights:
            mapRights(object, role, add)
        case .distribution:
            if object.isLiteral {
                let value = object.lexical.trimmedXMLSpace
                let isSize = property.hasSuffix("extent")
                add(.distribution, value, isSize ? [FactAttribute.size: value] : [FactAttribute.format: value, FactAttribute.mediaType: DataCiteXMLReader.mediaType(value)])
            } else {
                mapDistribution(triple, into: &builder)
            }
        case .landingPage:
            add(.relatedResource, object.lexical.trimmedXMLSpace, [FactAttribute.relationType: "landingPage", FactAttribute.url: object.lexical.trimmedXMLSpace])
        case .related(let relation):
            add(.relatedResource, label(object), [FactAttribute.relationType: relation, FactAttribute.iri: object.iri])
        case .provenance(let relation):
            add(.relatedResource, label(object), [FactAttribute.relationType: relation, FactAttribute.iri: object.iri])
            add(.provenance, label(object), [FactAttribute.relationType: relation, FactAttribute.iri: object.iri])
        case .conformsTo: add(.conformsTo, label(object), [FactAttribute.iri: object.iri])
        case .version: add(.version, text(object))
        case .resourceType:
            add(.resourceType, label(object), [FactAttribute.iri: object.iri])
            builder.addType(object.iri ?? text(object))
        case .language: add(.language, languageCode(object), [FactAttribute.iri: object.iri])
        case .spatial: add(.spatialCoverage, label(object) ?? geoShape(object), [FactAttribute.iri: object.iri])
        case .temporal: add(.temporalCoverage, temporal(object), [FactAttribute.iri: object.iri])
        case .dataCatalog: add(.dataCatalog, label(object), [FactAttribute.iri: object.iri])
        case .funding: add(.funding, label(object), [FactAttribute.funder: label(object), FactAttribute.funderIdentifier: object.iri])
        }
    }

    // MARK: node objects

    private func mapAgent(_ object: RDFGraphTerm, _ role: RDFRole, _ add: (FactKind, String?, [String: String?]) -> Void) {
        let name = label(object)
        let identifiers: [String] = [object.iri, first(object, [Roles.dcterms + "identifier", Roles.schemaHTTP + "identifier", Roles.schemaHTTPS + "identifier", Roles.adms + "identifier"])].compactMap { $0 }
        let orcid = identifiers.lazy.compactMap(QuickIdentifiers.orcid).first
        let ror = identifiers.lazy.compactMap(QuickIdentifiers.ror).first
        let types = graph.types(of: object).map { $0.lowercased() }
        let agentType: String? = types.contains { $0.hasSuffix("person") || $0.hasSuffix("individual") } ? "person"
            : types.contains { $0.hasSuffix("organization") || $0.hasSuffix("organisation") } ? "organization" : (orcid != nil ? "person" : nil)
        let attributes: [String: String?] = [
            FactAttribute.name: name, FactAttribute.orcid: orcid, FactAttribute.ror: ror, FactAttribute.agentType: agentType,
            FactAttribute.identifier: object.iri ?? identifiers.first,
            FactAttribute.givenName: first(object, [Roles.foaf + "givenName", Roles.vcard + "given-name", Roles.schemaHTTP + "givenName", Roles.schemaHTTPS + "givenName"]),
            FactAttribute.familyName: first(object, [Roles.foaf + "familyName", Roles.vcard + "family-name", Roles.schemaHTTP + "familyName", Roles.schemaHTTPS + "familyName"]),
            FactAttribute.affiliation: first(object, [Roles.schemaHTTP + "affiliation", Roles.schemaHTTPS + "affiliation", "http://www.w3.org/ns/org#memberOf"]),
            "email": first(object, [Roles.vcard + "hasEmail", Roles.foaf + "mbox", Roles.schemaHTTP + "email", Roles.schemaHTTPS + "email"]),
            FactAttribute.role: role == .contactPoint ? "contactPoint" : nil,
        ]
        let kind: FactKind = role == .creator ? .creator : role == .publisher ? .publisher : .contributor
        add(kind, name ?? object.iri, attributes)
    }

    private func mapRights(_ object: RDFGraphTerm, _ role: RDFRole, _ add: (FactKind, String?, [String: String?]) -> Void) {
        let value = label(object)
        let iri = object.iri ?? uriLike(object)
        let kind = role == .accessRights ? RightsClassifier.Kind.accessRights : RightsClassifier.kind(uri: iri, identifier: nil, text: value)
        switch kind {
        case .accessRights: add(.accessRights, value, [FactAttribute.iri: iri, FactAttribute.isOpen: RightsClassifier.isOpen(iri ?? value ?? "")])
        case .license: add(.license, value, [FactAttribute.iri: iri, FactAttribute.spdx: RightsClassifier.spdx(uri: iri, identifier: nil, scheme: nil)])
        case .rights: add(.rights, value, [FactAttribute.iri: iri])
        }
    }

    private func mapDistribution<Sink: RDFFactSink>(_ triple: RDFTriple<Origin>, into builder: inout Sink) where Sink.Origin == Origin {
        let object = triple.object
        let url = first(object, [Roles.dcat + "downloadURL", Roles.dcat + "accessURL", Roles.schemaHTTP + "contentUrl", Roles.schemaHTTPS + "contentUrl", Roles.schemaHTTP + "url", Roles.schemaHTTPS + "url"]) ?? object.iri
        let mediaType = graph.objects(object, Roles.dcat + "mediaType").first.map { mediaTypeName($0) }
            ?? first(object, [Roles.schemaHTTP + "encodingFormat", Roles.schemaHTTPS + "encodingFormat"])
        let format = graph.objects(object, Roles.dcterms + "format").first.flatMap { label($0) }
        let checksum = graph.objects(object, Roles.spdx + "checksum").first
        let attributes: [String: String?] = [
            FactAttribute.url: url, FactAttribute.mediaType: mediaType, FactAttribute.format: format.map(lastSegment),
            FactAttribute.size: first(object, [Roles.dcat + "byteSize", Roles.schemaHTTP + "contentSize", Roles.schemaHTTPS + "contentSize"]),
            FactAttribute.checksum: checksum.flatMap { first($0, [Roles.spdx + "checksumValue"]) },
            FactAttribute.checksumAlgorithm: checksum.flatMap { graph.objects($0, Roles.spdx + "algorithm").first.map { algorithmName($0.lexical) } },
            FactAttribute.name: first(object, [Roles.dcterms + "title", Roles.schemaHTTP + "name", Roles.schemaHTTPS + "name"]),
        ]
        builder.add(.distribution, url ?? format ?? mediaType ?? label(object), attributes, at: triple.origin, property: triple.predicate)
        // Licences and access rights are often stated only on distributions (DCAT-AP).
        for triple in graph.statements(about: object) {
            if let role = RDFPropertyRoles.role(triple.predicate), role == .license || role == .accessRights || role == .rights {
                map(triple, role, into: &builder)
            }
        }
    }

    // MARK: values

    func text(_ term: RDFGraphTerm) -> String? {
        let value = term.isLiteral ? term.lexical.trimmedXMLSpace : (label(term) ?? term.lexical)
        return value.isEmpty ? nil : value
    }

    /// A literal's text, else a label found in the graph, else the IRI.
    func label(_ term: RDFGraphTerm) -> String? {
        if term.isLiteral { return text(term) }
        if let found = first(term, RDFPropertyRoles.labels) { return found }
        if let related = first(term, [Roles.dcterms + "relation", Roles.dcterms + "source"]) { return related }
        return term.iri
    }

    func first(_ term: RDFGraphTerm, _ predicates: [String]) -> String? {
        for predicate in predicates {
            for object in graph.objects(term, predicate) {
                let value = object.isLiteral ? object.lexical.trimmedXMLSpace : (object.iri ?? first(object, RDFPropertyRoles.labels) ?? "")
                if !value.isEmpty { return value.hasPrefix("mailto:") ? String(value.dropFirst(7)) : value }
            }
        }
        return nil
    }

    private func temporal(_ term: RDFGraphTerm) -> String? {
        if term.isLiteral { return text(term) }
        let start = first(term, [Roles.dcat + "startDate", Roles.schemaHTTP + "startDate", Roles.schemaHTTPS + "startDate", "http://www.w3.org/2006/time#hasBeginning"])
        let end = first(term, [Roles.dcat + "endDate", Roles.schemaHTTP + "endDate", Roles.schemaHTTPS + "endDate", "http://www.w3.org/2006/time#hasEnd"])
        if start != nil || end != nil { return (start ?? "..") + "/" + (end ?? "..") }
        return label(term)
    }

    /// A schema.org place without a name, described by its `geo` shape or coordinates.
    private func geoShape(_ place: RDFGraphTerm) -> String? {
        let geos = graph.objects(place, Roles.schemaHTTP + "geo") + graph.objects(place, Roles.schemaHTTPS + "geo")
        for geo in geos {
            func value(_ name: String) -> String? { first(geo, [Roles.schemaHTTP + name, Roles.schemaHTTPS + name]) }
            if let box = value("box") { return "box " + box }
            if let polygon = value("polygon") { return "polygon " + polygon }
            if let latitude = value("latitude"), let longitude = value("longitude") { return "point \(latitude) \(longitude)" }
        }
        return nil
    }

    private func language(_ term: RDFGraphTerm) -> String? {
        if case .literal(_, let language, _) = term { return language }
        return nil
    }

    private func languageCode(_ term: RDFGraphTerm) -> String? {
        guard let iri = term.iri else { return text(term) }
        return lastSegment(iri)
    }

    private func datatypeScheme(_ term: RDFGraphTerm) -> String? {
        guard case .literal(_, _, let datatype) = term, let datatype, !datatype.hasPrefix("http://www.w3.org/2001/XMLSchema#") else { return nil }
        return datatype
    }

    private func schemeIRI(_ term: RDFGraphTerm) -> String? {
        first(term, [Roles.skos + "inScheme"]) ?? datatypeScheme(term).flatMap { $0.contains("://") ? $0 : nil }
    }

    /// A literal written as a URI (`info:eu-repo/...`, `https://...`), as Dublin Core records often do.
    private func uriLike(_ term: RDFGraphTerm) -> String? {
        guard term.isLiteral else { return nil }
        let value = term.lexical.trimmedXMLSpace
        guard let colon = value.firstIndex(of: ":"), colon > value.startIndex, !value.contains(" "),
              value[..<colon].allSatisfy({ $0.isLetter }) else { return nil }
        return value
    }

    private func urlIfAny(_ term: RDFGraphTerm) -> String? {
        let value = term.lexical.trimmedXMLSpace
        return value.hasPrefix("http://") || value.hasPrefix("https://") ? value : nil
    }

    private func mediaTypeName(_ term: RDFGraphTerm) -> String {
        let value = label(term) ?? term.lexical
        if let range = value.range(of: "media-types/") { return String(value[range.upperBound...]) }
        return value
    }

    private func identifierAttributes(_ value: String, declared: String?) -> [String: String?] {
        let classified = ClassifiedIdentifier.classify(value)
        return [FactAttribute.scheme: IdentifierTypes.scheme(declared: declared, classified: classified), FactAttribute.iri: classified.canonical]
    }
}

func algorithmName(_ iri: String) -> String {
    let name = lastSegment(iri)
    return name.hasPrefix("checksumAlgorithm_") ? String(name.dropFirst("checksumAlgorithm_".count)) : name
}

func lastSegment(_ iri: String) -> String {
    guard iri.contains("/") || iri.contains("#") else { return iri }
    let trimmed = iri.hasSuffix("/") ? String(iri.dropLast()) : iri
    return trimmed.split(whereSeparator: { $0 == "/" || $0 == "#" }).last.map(String.init) ?? iri
}
