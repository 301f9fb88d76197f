import FairifyModel

/// What an RDF property (or Dublin Core element) means for the crosswalk.
enum RDFRole: Equatable {
    case identifier, title, description, creator, contributor, publisher, contactPoint
    case dateCreated, dateIssued, dateModified, date(String)
    case keyword, subject, theme, license, rights, accessRights, distribution, landingPage
    case related(String), provenance(String), conformsTo, version, resourceType, language
    case spatial, temporal, dataCatalog, funding
}

enum RDFPropertyRoles {
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let dcat = "http://www.w3.org/ns/dcat#"
    static let schemaHTTP = "http://schema.org/"
    static let schemaHTTPS = "https://schema.org/"
    static let foaf = "http://xmlns.com/foaf/0.1/"
    static let vcard = "http://www.w3.org/2006/vcard/ns#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let prov = "http://www.w3.org/ns/prov#"
    static let adms = "http://www.w3.org/ns/adms#"
    static let spdx = "http://spdx.org/rdf/terms#"

    /// Dublin Core terms by local name; the same for `dc:` (1.1) and `dcterms:`.
    static let dublinCore: [String: RDFRole] = [
        "identifier": .identifier, "title": .title, "alternative": .title,
        "description": .description, "abstract": .description, "tableOfContents": .description,
        "creator": .creator, "contributor": .contributor, "publisher": .publisher,
        "created": .dateCreated, "issued": .dateIssued, "modified": .dateModified, "date": .date("date"),
        "available": .date("available"), "valid": .date("valid"), "dateAccepted": .date("accepted"),
        "dateSubmitted": .date("submitted"), "dateCopyrighted": .date("copyrighted"),
        "subject": .subject, "type": .resourceType, "format": .distribution, "extent": .distribution, "medium": .distribution,
        "language": .language, "rights": .rights, "license": .license, "accessRights": .accessRights,
        "relation": .related("relation"), "references": .related("references"), "isReferencedBy": .related("isReferencedBy"),
        "hasPart": .related("hasPart"), "isPartOf": .related("isPartOf"), "requires": .related("requires"),
        "isRequiredBy": .related("isRequiredBy"), "hasVersion": .related("hasVersion"), "isVersionOf": .provenance("isVersionOf"),
        "replaces": .provenance("replaces"), "isReplacedBy": .related("isReplacedBy"), "isFormatOf": .related("isFormatOf"),
        "hasFormat": .related("hasFormat"), "source": .provenance("source"), "provenance": .provenance("provenance"),
        "conformsTo": .conformsTo, "coverage": .spatial, "spatial": .spatial, "temporal": .temporal,
    ]

    static let others: [String: RDFRole] = [
        dcat + "keyword": .keyword, dcat + "theme": .theme, dcat + "distribution": .distribution,
        dcat + "landingPage": .landingPage, dcat + "contactPoint": .contactPoint, dcat + "version": .version,
        dcat + "qualifiedRelation": .related("qualifiedRelation"), dcat + "catalog": .dataCatalog,
        "http://www.w3.org/2002/07/owl#versionInfo": .version, adms + "version": .version, adms + "identifier": .identifier,
        prov + "wasDerivedFrom": .provenance("wasDerivedFrom"), prov + "wasGeneratedBy": .provenance("wasGeneratedBy"),
        prov + "wasAttributedTo": .provenance("wasAttributedTo"), prov + "hadPrimarySource": .provenance("hadPrimarySource"),
        prov + "wasRevisionOf": .provenance("wasRevisionOf"),
        "http://www.w3.org/ns/dqv#hasQualityMeasurement": .related("hasQualityMeasurement"),
        foaf + "page": .related("page"), foaf + "homepage": .landingPage,
        "http://data.europa.eu/r5r/applicableLegislation": .related("applicableLegislation"),
        "http://www.w3.org/ns/adms#sample": .related("sample"),
        "http://purl.org/dc/terms/isPartOf": .related("isPartOf"),
    ]

    static let schemaOrg: [String: RDFRole] = [
        "identifier": .identifier, "name": .title, "alternateName": .title, "description": .description,
        "creator": .creator, "author": .creator, "contributor": .contributor, "publisher": .publisher,
        "dateCreated": .dateCreated, "datePublished": .dateIssued, "dateModified": .dateModified,
        "keywords": .keyword, "about": .subject, "license": .license, "conditionsOfAccess": .accessRights,
        "distribution": .distribution, "url": .landingPage, "version": .version, "inLanguage": .language,
        "spatialCoverage": .spatial, "temporalCoverage": .temporal, "isBasedOn": .provenance("isBasedOn"),
        "includedInDataCatalog": .dataCatalog, "funder": .funding, "funding": .funding, "citation": .related("citation"),
        "isPartOf": .related("isPartOf"), "hasPart": .related("hasPart"), "sameAs": .related("sameAs"),
        "schemaVersion": .conformsTo, "additionalType": .resourceType, "copyrightHolder": .rights,
    ]

    static func role(_ predicate: String) -> RDFRole? {
        if let role = others[predicate] { return role }
        if predicate.hasPrefix(dcterms) { return dublinCore[String(predicate.dropFirst(dcterms.count))] }
        if predicate.hasPrefix(dc) { return dublinCore[String(predicate.dropFirst(dc.count))] }
        if predicate.hasPrefix(schemaHTTP) { return schemaOrg[String(predicate.dropFirst(schemaHTTP.count))] }
        if predicate.hasPrefix(schemaHTTPS) { return schemaOrg[String(predicate.dropFirst(schemaHTTPS.count))] }
        return nil
    }

    /// Properties that name a thing, for labels of IRIs and blank nodes.
    static let labels = [foaf + "name", vcard + "fn", vcard + "organization-name", schemaHTTP + "name", schemaHTTPS + "name",
                         skos + "prefLabel", rdfs + "label", dcterms + "title", dc + "title", skos + "notation", "http://www.w3.org/ns/locn#geometry",
                         "http://www.w3.org/1999/02/22-rdf-syntax-ns#value", dcat + "bbox", dcat + "centroid"]
}
