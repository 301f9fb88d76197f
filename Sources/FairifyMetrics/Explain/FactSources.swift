import FairifyModel

/// Where each fact kind is read from in the main formats, for `fairify explain`. A summary of
/// docs/crosswalk.md; kept as a table so it can be printed and checked for completeness.
public enum FactSources {
    public static let formats = ["schema.org (JSON-LD, HTML)", "DataCite (XML, JSON)", "DCAT / Dublin Core", "EML", "ISO 19115", "Frictionless / CFF"]

    /// FactKind -> one cell per entry of `formats` ("" when the format has no such field).
    public static let table: [FactKind: [String]] = [
        .identifier: ["@id, identifier, url (of the Dataset)", "identifier, alternateIdentifiers", "dct:identifier, adms:identifier", "@packageId, alternateIdentifier", "gmd:fileIdentifier, MD_Identifier/code", "id / doi, identifiers"],
        .title: ["name", "titles/title", "dct:title", "dataset/title", "citation/CI_Citation/title", "title"],
        .description: ["description", "descriptions/description", "dct:description", "dataset/abstract", "abstract", "description / abstract"],
        .creator: ["creator, author (Person/Organization, @id = ORCID)", "creators/creator (nameIdentifier ORCID, affiliation ROR)", "dct:creator", "creator", "citedResponsibleParty (author)", "contributors (role author) / authors"],
        .contributor: ["contributor", "contributors/contributor", "dct:contributor", "associatedParty", "pointOfContact", "contributors"],
        .publisher: ["publisher", "publisher", "dct:publisher", "publisher", "distributor", ""],
        .dateCreated: ["dateCreated", "dates/date[@dateType=Created]", "dct:created", "", "CI_Date (creation)", "created"],
        .dateIssued: ["datePublished", "publicationYear, dates/date[@dateType=Issued]", "dct:issued", "pubDate", "CI_Date (publication)", "date-released"],
        .dateModified: ["dateModified", "dates/date[@dateType=Updated]", "dct:modified", "", "CI_Date (revision)", ""],
        .version: ["version", "version", "dcat:version, owl:versionInfo", "", "edition", "version"],
        .keyword: ["keywords (text or DefinedTerm)", "subjects/subject", "dcat:keyword, dcat:theme", "keywordSet/keyword", "descriptiveKeywords", "keywords"],
        .subject: ["about", "subjects/subject[@subjectScheme]", "dct:subject", "", "topicCategory", ""],
        .license: ["license", "rightsList/rights[@rightsURI]", "dct:license", "intellectualRights, licensed", "resourceConstraints", "licenses / license"],
        .rights: ["copyrightNotice, conditionsOfAccess", "rightsList/rights", "dct:rights", "intellectualRights", "MD_LegalConstraints", ""],
        .accessRights: ["isAccessibleForFree, conditionsOfAccess", "rightsList/rights (info:eu-repo/semantics/...)", "dct:accessRights", "access", "MD_RestrictionCode", ""],
        .distribution: ["distribution (DataDownload: contentUrl, encodingFormat, contentSize)", "sizes, formats, contentUrl (JSON)", "dcat:distribution (downloadURL, mediaType, byteSize, spdx:checksum)", "physical/distribution", "MD_Distribution", "resources (path, mediatype, bytes, hash)"],
        .relatedResource: ["citation, isBasedOn, hasPart, isPartOf, sameAs", "relatedIdentifiers/relatedIdentifier", "dct:relation, dct:references", "literatureCited", "aggregationInfo", "references"],
        .provenance: ["isBasedOn, prov:wasDerivedFrom, prov:wasGeneratedBy", "relatedIdentifier[@relationType=IsDerivedFrom]", "dct:provenance, prov:*", "methods", "LI_Lineage", "sources"],
        .conformsTo: ["dct:conformsTo, schema:schemaVersion", "xsi:schemaLocation (kernel version)", "dct:conformsTo", "namespace version", "metadataStandardName", "profile"],
        .funding: ["funding, funder", "fundingReferences", "", "project/funding", "", ""],
        .spatialCoverage: ["spatialCoverage", "geoLocations", "dct:spatial", "geographicCoverage", "EX_GeographicExtent", ""],
        .temporalCoverage: ["temporalCoverage", "dates/date[@dateType=Collected]", "dct:temporal", "temporalCoverage", "EX_TemporalExtent", ""],
        .language: ["inLanguage", "language", "dct:language", "language", "language", ""],
        .resourceType: ["@type", "resourceType[@resourceTypeGeneral]", "dct:type, rdf:type", "(dataset)", "hierarchyLevel", "(data package)"],
        .dataCatalog: ["includedInDataCatalog", "", "dcat:Catalog", "", "", ""],
        .metadataIdentifier: ["subjectOf, mainEntityOfPage", "", "dcat:CatalogRecord", "", "fileIdentifier", ""],
        .metadataPublisher: ["sdPublisher", "", "", "", "contact", ""],
        .metadataDate: ["sdDatePublished", "", "dct:modified (CatalogRecord)", "", "dateStamp", ""],
        .variableMeasured: ["variableMeasured", "", "", "attributeList/attribute", "contentInfo", "schema/fields"],
    ]
}
