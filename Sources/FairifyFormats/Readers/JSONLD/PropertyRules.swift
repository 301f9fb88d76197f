import FairifyModel

/// How one property of the described resource becomes facts. The same table serves every
/// dialect: schema.org, DCMI, DCAT, PROV, CodeMeta, Croissant and DATS terms have distinct IRIs.
enum LDPropertyRule {
    case text(FactKind)
    case date(FactKind, dateType: String?)
    case agent(FactKind, role: String?)
    case identifier
    /// schema:url: an identifier when persistent (a DOI URL), else the landing page.
    case url
    case keyword
    case subject
    case license
    case rights
    case accessRights
    case isAccessibleForFree
    case distribution
    /// hasPart: files become distributions (RO-Crate), anything else a related resource.
    case part
    case related(String)
    case provenance(String)
    case conformsTo
    case schemaVersion
    case funder
    case funding
    case spatial
    case temporal
    case language
    case resourceType
    case dataCatalog
    case metadataIdentifier
    case metadataPublisher
    case metadataDate
    case variable
}

enum LDPropertyRules {
    static let table: [String: LDPropertyRule] = {
        var rules: [String: LDPropertyRule] = [:]
        for (ns, entries) in [(LDNS.schema, schemaOrg), (LDNS.dcterms, dcTerms), (LDNS.dcElements, dcElements), (LDNS.dcat, dcat),
                              (LDNS.prov, prov), (LDNS.codemeta, codeMeta), (LDNS.codemetaV1, codeMeta),
                              (LDNS.adms, adms), (LDNS.ore, [("aggregates", .part)]), (LDNS.owl, owl)] {
            for (local, rule) in entries { rules[ns + local] = rule }
        }
        return rules
    }()

    static let schemaOrg: [(String, LDPropertyRule)] = [
        ("name", .text(.title)), ("headline", .text(.title)),
        ("description", .text(.description)), ("abstract", .text(.description)),
        ("identifier", .identifier), ("sameAs", .identifier), ("url", .url),
        ("creator", .agent(.creator, role: nil)), ("author", .agent(.creator, role: nil)),
        ("contributor", .agent(.contributor, role: nil)), ("editor", .agent(.contributor, role: "Editor")),
        ("maintainer", .agent(.contributor, role: "Maintainer")), ("producer", .agent(.contributor, role: "Producer")),
        ("provider", .agent(.contributor, role: "Distributor")), ("copyrightHolder", .agent(.contributor, role: "RightsHolder")),
        ("accountablePerson", .agent(.contributor, role: "ContactPerson")),
        ("publisher", .agent(.publisher, role: nil)),
        ("dateCreated", .date(.dateCreated, dateType: nil)), ("datePublished", .date(.dateIssued, dateType: nil)),
        ("dateModified", .date(.dateModified, dateType: nil)), ("uploadDate", .date(.dateIssued, dateType: nil)),
        ("expires", .date(.date, dateType: "Expires")), ("copyrightYear", .date(.date, dateType: "Copyright")),
        ("version", .text(.version)), ("softwareVersion", .text(.version)),
        ("keywords", .keyword), ("about", .subject), ("genre", .subject), ("applicationCategory", .subject),
        ("license", .license), ("copyrightNotice", .rights), ("usageInfo", .rights), ("acquireLicensePage", .rights),
        ("conditionsOfAccess", .accessRights), ("isAccessibleForFree", .isAccessibleForFree),
        ("distribution", .distribution), ("associatedMedia", .distribution), ("encoding", .distribution),
        ("hasPart", .part), ("isPartOf", .related("IsPartOf")), ("citation", .related("Cites")),
        ("workExample", .related("HasVersion")), ("exampleOfWork", .related("IsVersionOf")),
        ("mainEntityOfPage", .related("landingPage")), ("codeRepository", .related("codeRepository")),
        ("isRelatedTo", .related("IsRelatedTo")), ("relatedLink", .related("IsRelatedTo")),
        ("isBasedOn", .provenance("isBasedOn")), ("isBasedOnUrl", .provenance("isBasedOn")),
        ("conformsTo", .conformsTo), ("schemaVersion", .schemaVersion),
        ("funder", .funder), ("sponsor", .funder), ("funding", .funding),
        ("spatialCoverage", .spatial), ("contentLocation", .spatial), ("spatial", .spatial),
        ("temporalCoverage", .temporal), ("temporal", .temporal),
        ("inLanguage", .language), ("language", .language),
        ("additionalType", .resourceType), ("variableMeasured", .variable), ("member", .agent(.contributor, role: nil)),
        ("startDate", .date(.date, dateType: "Start")), ("endDate", .date(.date, dateType: "End")),
        ("includedInDataCatalog", .dataCatalog), ("includedInDataCatalogs", .dataCatalog),
        ("subjectOf", .metadataIdentifier), ("sdPublisher", .metadataPublisher), ("sdDatePublished", .metadataDate),
    ]

    static let dcTerms: [(String, LDPropertyRule)] = [
        ("title", .text(.title)), ("description", .text(.description)), ("abstract", .text(.description)),
        ("identifier", .identifier), ("creator", .agent(.creator, role: nil)),
        ("contributor", .agent(.contributor, role: nil)), ("publisher", .agent(.publisher, role: nil)),
        ("rightsHolder", .agent(.contributor, role: "RightsHolder")),
        ("created", .date(.dateCreated, dateType: nil)), ("issued", .date(.dateIssued, dateType: nil)),
        ("modified", .date(.dateModified, dateType: nil)), ("date", .date(.date, dateType: nil)),
        ("available", .date(.date, dateType: "Available")), ("valid", .date(.date, dateType: "Valid")),
        ("dateAccepted", .date(.date, dateType: "Accepted")), ("dateSubmitted", .date(.date, dateType: "Submitted")),
        ("subject", .subject), ("license", .license), ("rights", .rights), ("accessRights", .accessRights),
        ("conformsTo", .conformsTo), ("language", .language), ("spatial", .spatial), ("temporal", .temporal),
        ("type", .resourceType), ("isPartOf", .related("IsPartOf")), ("hasPart", .related("HasPart")),
        ("relation", .related("IsRelatedTo")), ("references", .related("References")),
        ("isReferencedBy", .related("IsReferencedBy")), ("isVersionOf", .related("IsVersionOf")),
        ("hasVersion", .related("HasVersion")), ("replaces", .related("Obsoletes")),
        ("isReplacedBy", .related("IsObsoletedBy")), ("requires", .related("Requires")),
        ("isRequiredBy", .related("IsRequiredBy")), ("isFormatOf", .related("IsVariantFormOf")),
        ("hasFormat", .related("HasVariantForm")), ("bibliographicCitation", .related("IsCitedBy")),
        ("source", .provenance("source")), ("provenance", .provenance("provenance")),
    ]

    static var dcElements: [(String, LDPropertyRule)] {
        dcTerms.filter { ["title", "description", "identifier", "creator", "contributor", "publisher", "date",
                          "subject", "rights", "language", "type", "relation", "source"].contains($0.0) }
            + [("coverage", .spatial)]
    }

    static let dcat: [(String, LDPropertyRule)] = [
        ("keyword", .keyword), ("theme", .subject), ("distribution", .distribution),
        ("landingPage", .related("landingPage")), ("contactPoint", .agent(.contributor, role: "ContactPerson")),
        ("version", .text(.version)), ("isVersionOf", .related("IsVersionOf")), ("hasVersion", .related("HasVersion")),
        ("catalog", .dataCatalog), ("qualifiedRelation", .related("IsRelatedTo")),
    ]

    static let prov: [(String, LDPropertyRule)] = [
        ("wasDerivedFrom", .provenance("wasDerivedFrom")), ("wasGeneratedBy", .provenance("wasGeneratedBy")),
        ("wasAttributedTo", .provenance("wasAttributedTo")), ("wasRevisionOf", .provenance("wasRevisionOf")),
        ("hadPrimarySource", .provenance("hadPrimarySource")), ("wasInfluencedBy", .provenance("wasInfluencedBy")),
        ("qualifiedDerivation", .provenance("wasDerivedFrom")), ("qualifiedAttribution", .provenance("wasAttributedTo")),
    ]

    static let codeMeta: [(String, LDPropertyRule)] = [
        ("maintainer", .agent(.contributor, role: "Maintainer")), ("referencePublication", .related("IsDocumentedBy")),
        ("issueTracker", .related("issueTracker")), ("readme", .related("IsDocumentedBy")),
        ("contIntegration", .related("continuousIntegration")), ("continuousIntegration", .related("continuousIntegration")),
        ("funding", .funding), ("funder", .funder), ("softwareSuggestions", .related("Requires")),
        ("identifier", .identifier), ("title", .text(.title)), ("agents", .agent(.creator, role: nil)),
        ("depositor", .agent(.contributor, role: "ContactPerson")),
    ]

    static let adms: [(String, LDPropertyRule)] = [
        ("identifier", .identifier), ("version", .text(.version)), ("sample", .related("HasPart")),
    ]

    static let owl: [(String, LDPropertyRule)] = [
        ("versionInfo", .text(.version)), ("sameAs", .identifier),
    ]
}
