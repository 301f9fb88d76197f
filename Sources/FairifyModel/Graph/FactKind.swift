/// The FAIR-relevant facts every dialect is crosswalked onto (docs/crosswalk.md maps each
/// format's fields to these). Metrics and recipes speak only in these terms.
public enum FactKind: String, CaseIterable, Sendable, Codable, Comparable {
    /// An identifier of the described resource; attributes: scheme.
    case identifier
    case title
    case description
    /// attributes: name, givenName, familyName, orcid, affiliation, ror, agentType (person|organization).
    case creator
    /// as creator, plus role.
    case contributor
    /// attributes: name, identifier (e.g. a ROR IRI).
    case publisher
    case dateCreated
    case dateIssued
    case dateModified
    /// Any other date; attributes: dateType.
    case date
    case version
    /// attributes: termIRI, scheme, schemeIRI.
    case keyword
    /// As keyword, for classification subjects.
    case subject
    /// value: the licence as written; attributes: iri, spdx.
    case license
    /// Free-text rights statements.
    case rights
    /// attributes: iri (e.g. a COAR access-right IRI), isOpen (true|false).
    case accessRights
    /// attributes: url, mediaType, format, size, checksum, checksumAlgorithm, name.
    case distribution
    /// attributes: relationType, targetScheme.
    case relatedResource
    /// attributes: relationType (wasDerivedFrom, isBasedOn, wasGeneratedBy, ...).
    case provenance
    /// A declared metadata standard or profile; attributes: schemaVersion.
    case conformsTo
    /// attributes: funder, funderIdentifier, awardNumber, awardTitle.
    case funding
    case spatialCoverage
    case temporalCoverage
    case language
    /// The resource type (e.g. schema:Dataset, DataCite resourceTypeGeneral); attributes: iri.
    case resourceType
    /// The catalogue or repository the record is part of (schema:includedInDataCatalog, DCAT catalogue).
    case dataCatalog
    /// The identifier of the metadata record itself (not of the data).
    case metadataIdentifier
    case metadataPublisher
    /// The date the metadata record was made or changed.
    case metadataDate
    /// A variable or observation type the data contains (schema:variableMeasured, EML attribute...);
    /// attributes: name, termIRI, unit.
    case variableMeasured

    public static func < (lhs: FactKind, rhs: FactKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Attribute keys used on facts. Strings, so that metric packs (data) can name them.
public enum FactAttribute {
    public static let scheme = "scheme"
    public static let iri = "iri"
    public static let name = "name"
    public static let givenName = "givenName"
    public static let familyName = "familyName"
    public static let orcid = "orcid"
    public static let affiliation = "affiliation"
    public static let ror = "ror"
    public static let agentType = "agentType"
    public static let role = "role"
    public static let identifier = "identifier"
    public static let dateType = "dateType"
    public static let termIRI = "termIRI"
    public static let schemeIRI = "schemeIRI"
    public static let spdx = "spdx"
    public static let isOpen = "isOpen"
    public static let url = "url"
    public static let mediaType = "mediaType"
    public static let format = "format"
    public static let size = "size"
    public static let checksum = "checksum"
    public static let checksumAlgorithm = "checksumAlgorithm"
    public static let relationType = "relationType"
    public static let targetScheme = "targetScheme"
    public static let schemaVersion = "schemaVersion"
    public static let funder = "funder"
    public static let funderIdentifier = "funderIdentifier"
    public static let awardNumber = "awardNumber"
    public static let awardTitle = "awardTitle"
    public static let language = "language"
}
