import FairifyModel

/// Facts as a DataCite 4 XML record. Mandatory properties the facts lack are written as
/// `(:unav)`, DataCite's own "value unavailable" code, and reported.
enum DataCiteBuilder {
    static let relationTypes = ["IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy", "IsContinuedBy", "Continues", "IsDescribedBy",
                                "Describes", "HasMetadata", "IsMetadataFor", "HasVersion", "IsVersionOf", "IsNewVersionOf", "IsPreviousVersionOf",
                                "IsPartOf", "HasPart", "IsPublishedIn", "IsReferencedBy", "References", "IsDocumentedBy", "Documents",
                                "IsCompiledBy", "Compiles", "IsVariantFormOf", "IsOriginalFormOf", "IsIdenticalTo", "IsReviewedBy", "Reviews",
                                "IsDerivedFrom", "IsSourceOf", "IsRequiredBy", "Requires", "IsObsoletedBy", "Obsoletes", "Collects", "IsCollectedBy"]
    static let resourceTypes = ["Audiovisual", "Book", "BookChapter", "Collection", "ComputationalNotebook", "ConferencePaper", "ConferenceProceeding",
                                "DataPaper", "Dataset", "Dissertation", "Event", "Image", "Instrument", "InteractiveResource", "Journal",
                                "JournalArticle", "Model", "OutputManagementPlan", "PeerReview", "PhysicalObject", "Preprint", "Report",
                                "Service", "Software", "Sound", "Standard", "StudyRegistration", "Text", "Workflow", "Other"]

    static func build(_ facts: [Fact]) -> (String, [String: Int]) {
        var c = Collector()
        var resource: [NewElement] = []
        var missing: [String] = []
        func items(_ kind: FactKind) -> [Fact] { facts.filter { $0.kind == kind } }
        let identifiers = items(.identifier)
        let doi = identifiers.first { ClassifiedIdentifier.classify($0.value).scheme == .doi }
        if let doi {
            resource.append(NewElement(name: "identifier", attributes: [("identifierType", "DOI")], text: ClassifiedIdentifier.classify(doi.value).value))
        } else {
            missing.append("identifier (no DOI)")
            resource.append(NewElement(name: "identifier", attributes: [("identifierType", "DOI")], text: "(:unav)"))
        }
        let creators = items(.creator).map(agent)
        if creators.isEmpty { missing.append("creator") }
        resource.append(NewElement(name: "creators", children: creators.isEmpty ? [NewElement(name: "creator", children: [NewElement(name: "creatorName", text: "(:unav)")])] : creators))
        let titles = items(.title)
        if titles.isEmpty { missing.append("title") }
        resource.append(NewElement(name: "titles", children: titles.isEmpty ? [NewElement(name: "title", text: "(:unav)")] : titles.map { NewElement(name: "title", text: $0.value) }))
        let publisher = items(.publisher).first
        if publisher == nil { missing.append("publisher") }
        resource.append(NewElement(name: "publisher", text: publisher?.value ?? "(:unav)"))
        let year = (items(.dateIssued) + items(.dateCreated) + items(.date) + items(.dateModified)).lazy.map { String($0.value.prefix(4)) }.first { Int($0) != nil }
        if year == nil { missing.append("publicationYear") }
        resource.append(NewElement(name: "publicationYear", text: year ?? "(:unav)"))
        let type = items(.resourceType).first
        let general = resourceTypes.first { $0.lowercased() == (type?.value ?? "Dataset").split(separator: "/").last.map(String.init)?.lowercased() } ?? "Dataset"
        resource.append(NewElement(name: "resourceType", attributes: [("resourceTypeGeneral", general)], text: type?[FactAttribute.name] ?? ""))
        let subjects = (items(.keyword) + items(.subject)).map { f in
            NewElement(name: "subject", attributes: [("subjectScheme", f[FactAttribute.scheme]), ("schemeURI", f[FactAttribute.schemeIRI]), ("valueURI", f[FactAttribute.termIRI])].compactMap { p in p.1.map { (p.0, $0) } }, text: f.value)
        }
        if !subjects.isEmpty { resource.append(NewElement(name: "subjects", children: subjects)) }
        let contributors = items(.contributor).map { agent($0, contributor: true) }
        if !contributors.isEmpty { resource.append(NewElement(name: "contributors", children: contributors)) }
        var dates: [NewElement] = []
        for (kind, label) in [(FactKind.dateCreated, "Created"), (.dateIssued, "Issued"), (.dateModified, "Updated")] {
            for f in items(kind) where f[FactAttribute.dateType] != "publicationYear" { dates.append(NewElement(name: "date", attributes: [("dateType", label)], text: f.value)) }
        }
        for f in items(.temporalCoverage) { dates.append(NewElement(name: "date", attributes: [("dateType", "Collected")], text: f.value)) }
        if !dates.isEmpty { resource.append(NewElement(name: "dates", children: dates)) }
        if let language = items(.language).first { resource.append(NewElement(name: "language", text: language.value)) }
        let alternates = identifiers.filter { $0.value != doi?.value }.map { f in
            NewElement(name: "alternateIdentifier", attributes: [("alternateIdentifierType", f[FactAttribute.scheme]?.uppercased() ?? "Local")], text: f.value)
        }
        if !alternates.isEmpty { resource.append(NewElement(name: "alternateIdentifiers", children: alternates)) }
        var related: [NewElement] = []
        for f in items(.relatedResource) + items(.provenance) {
            let relation = relationTypes.first { $0.lowercased() == (f[FactAttribute.relationType] ?? "").lowercased() }
                ?? (f.kind == .provenance && Crosswalk.iri(f) != nil ? "IsDerivedFrom" : nil)
            guard let relation, let target = Crosswalk.iri(f) ?? (f.value.contains(":") ? f.value : nil) else { c.drop(f); continue }
            let type = DataCiteActions.dataCiteType(target) ?? "URL"
            related.append(NewElement(name: "relatedIdentifier", attributes: [("relatedIdentifierType", type), ("relationType", relation)],
                                      text: type == "DOI" ? ClassifiedIdentifier.classify(target).value : target))
        }
        if !related.isEmpty { resource.append(NewElement(name: "relatedIdentifiers", children: related)) }
        let distributions = items(.distribution)
        let sizes = distributions.compactMap { $0[FactAttribute.size] }.map { NewElement(name: "size", text: $0) }
        let formats = distributions.compactMap { $0[FactAttribute.mediaType] ?? $0[FactAttribute.format] }.map { NewElement(name: "format", text: $0) }
        for f in distributions where f[FactAttribute.url] != nil { c.drop(f) }
        if !sizes.isEmpty { resource.append(NewElement(name: "sizes", children: sizes)) }
        if !formats.isEmpty { resource.append(NewElement(name: "formats", children: formats)) }
        if let version = items(.version).first { resource.append(NewElement(name: "version", text: version.value)) }
        var rights: [NewElement] = items(.license).map { f in
            let licence = f[FactAttribute.spdx].flatMap(SPDXLicenses.find) ?? SPDXLicenses.find(f[FactAttribute.iri] ?? f.value)
            var attributes: [(String, String)] = [(f[FactAttribute.iri] ?? licence?.iri).map { ("rightsURI", $0) }].compactMap { $0 }
            if let licence { attributes += [("rightsIdentifier", licence.id), ("rightsIdentifierScheme", "SPDX"), ("schemeURI", "https://spdx.org/licenses/")] }
            return NewElement(name: "rights", attributes: attributes, text: f.value)
        }
        rights += items(.accessRights).map { NewElement(name: "rights", attributes: [$0[FactAttribute.iri]].compactMap { $0 }.map { ("rightsURI", $0) }, text: $0.value) }
        rights += items(.rights).map { NewElement(name: "rights", text: $0.value) }
        if !rights.isEmpty { resource.append(NewElement(name: "rightsList", children: rights)) }
        let descriptions = items(.description).map { NewElement(name: "description", attributes: [("descriptionType", $0["descriptionType"] ?? "Abstract")], text: $0.value) }
        if !descriptions.isEmpty { resource.append(NewElement(name: "descriptions", children: descriptions)) }
        let places = items(.spatialCoverage).map { NewElement(name: "geoLocation", children: [NewElement(name: "geoLocationPlace", text: $0[("place")] ?? $0.value)]) }
        if !places.isEmpty { resource.append(NewElement(name: "geoLocations", children: places)) }
        let funding = items(.funding).map { f in
            NewElement(name: "fundingReference", children: [NewElement(name: "funderName", text: f[FactAttribute.funder] ?? f.value)]
                + [f[FactAttribute.funderIdentifier].map { NewElement(name: "funderIdentifier", attributes: [("funderIdentifierType", ClassifiedIdentifier.classify($0).scheme == .ror ? "ROR" : "Other")], text: $0) },
                   f[FactAttribute.awardNumber].map { NewElement(name: "awardNumber", text: $0) },
                   f[FactAttribute.awardTitle].map { NewElement(name: "awardTitle", text: $0) }].compactMap { $0 })
        }
        if !funding.isEmpty { resource.append(NewElement(name: "fundingReferences", children: funding)) }
        for f in facts where [.conformsTo, .dataCatalog, .date, .metadataIdentifier, .metadataPublisher, .metadataDate, .variableMeasured].contains(f.kind) { c.drop(f) }
        for m in missing { c.dropped["missing mandatory " + m, default: 0] += 1 }
        let root = NewElement(name: "resource", attributes: [("xmlns", DataCiteActions.kernel4), ("xmlns:xsi", DataCiteActions.xsi),
                                                              ("xsi:schemaLocation", "\(DataCiteActions.kernel4) https://schema.datacite.org/meta/kernel-4/metadata.xsd")], children: resource)
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render(prefix: "", base: "", unit: "  ", newline: "\n") + "\n", c.dropped)
    }

    static func agent(_ f: Fact) -> NewElement { agent(f, contributor: false) }

    static let contributorTypes = ["ContactPerson", "DataCollector", "DataCurator", "DataManager", "Distributor", "Editor", "HostingInstitution",
                                   "Other", "Producer", "ProjectLeader", "ProjectManager", "ProjectMember", "RegistrationAgency",
                                   "RegistrationAuthority", "RelatedPerson", "ResearchGroup", "RightsHolder", "Researcher", "Sponsor",
                                   "Supervisor", "WorkPackageLeader"]

    static func contributorType(_ role: String?) -> String {
        guard let role = role?.lowercased().replacingOccurrences(of: " ", with: "") else { return "Other" }
        let synonyms = ["contact": "ContactPerson", "pointofcontact": "ContactPerson", "curator": "DataCurator", "editor": "Editor",
                        "funder": "Sponsor", "publisher": "Distributor", "owner": "RightsHolder", "custodian": "DataManager"]
        return contributorTypes.first { $0.lowercased() == role } ?? synonyms[role] ?? "Other"
    }

    static func agent(_ f: Fact, contributor: Bool) -> NewElement {
        let prefix = contributor ? "contributor" : "creator"
        let organisation = f[FactAttribute.agentType] == "organization"
        var children = [NewElement(name: prefix + "Name", attributes: [("nameType", organisation ? "Organizational" : "Personal")], text: f.value)]
        if let given = f[FactAttribute.givenName] { children.append(NewElement(name: "givenName", text: given)) }
        if let family = f[FactAttribute.familyName] { children.append(NewElement(name: "familyName", text: family)) }
        if let orcid = f[FactAttribute.orcid] { children.append(NewElement(name: "nameIdentifier", attributes: [("nameIdentifierScheme", "ORCID"), ("schemeURI", "https://orcid.org")], text: orcid)) }
        if let affiliation = f[FactAttribute.affiliation] {
            let ror = f[FactAttribute.ror].map { [("affiliationIdentifier", $0), ("affiliationIdentifierScheme", "ROR"), ("schemeURI", "https://ror.org")] } ?? []
            children.append(NewElement(name: "affiliation", attributes: ror, text: affiliation))
        }
        let role = contributor ? [("contributorType", contributorType(f[FactAttribute.role]))] : []
        return NewElement(name: prefix, attributes: role, children: children)
    }
}
