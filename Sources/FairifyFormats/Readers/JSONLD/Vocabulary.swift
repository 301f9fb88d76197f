/// Namespaces the crosswalk understands. schema.org IRIs are compared in their `http:` form;
/// `LDIRI.canonical` maps the `https:` form onto it once, when nodes are indexed.
enum LDNS {
    static let schema = "http://schema.org/"
    static let schemaHTTPS = "https://schema.org/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let dcElements = "http://purl.org/dc/elements/1.1/"
    static let dcat = "http://www.w3.org/ns/dcat#"
    static let prov = "http://www.w3.org/ns/prov#"
    static let foaf = "http://xmlns.com/foaf/0.1/"
    static let vcard = "http://www.w3.org/2006/vcard/ns#"
    static let adms = "http://www.w3.org/ns/adms#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let owl = "http://www.w3.org/2002/07/owl#"
    static let spdx = "http://spdx.org/rdf/terms#"
    static let croissant = "http://mlcommons.org/croissant/"
    static let ore = "http://www.openarchives.org/ore/terms/"
    static let dataverse = "https://dataverse.org/schema/core#"
    static let codemeta = "https://codemeta.github.io/terms/"
    static let codemetaV1 = "http://purl.org/codemeta/terms/"
}

enum LDIRI {
    /// The form IRIs are compared in: `https://schema.org/x` becomes `http://schema.org/x`.
    static func canonical(_ iri: String) -> String {
        guard iri.utf8.count > 19, iri.hasPrefix(LDNS.schemaHTTPS) else { return iri }
        return LDNS.schema + iri.dropFirst(LDNS.schemaHTTPS.utf8.count)
    }

    /// The namespace of an IRI: everything up to and including its last `#` or `/`.
    static func namespace(_ iri: String) -> String? {
        let bytes = iri.utf8
        guard let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }),
              iri.ldContains(":") else { return nil }
        let ns = String(iri[...cut])
        return ns.hasSuffix("://") ? nil : ns
    }

    /// The part after the namespace (`http://schema.org/Dataset` -> `Dataset`).
    static func localName(_ iri: String) -> Substring {
        let bytes = iri.utf8
        guard let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }) else { return Substring(iri) }
        return iri[iri.index(after: cut)...]
    }

    static func isAbsolute(_ iri: String) -> Bool {
        guard let colon = iri.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return colon != iri.utf8.startIndex && !iri.hasPrefix("_:")
    }

    static func isBlank(_ iri: String) -> Bool { iri.hasPrefix("_:") }
}

/// schema.org terms, in canonical (`http:`) form.
enum LDSchema {
    static func iri(_ local: String) -> String { LDNS.schema + local }
    static let name = iri("name"), headline = iri("headline"), description = iri("description")
    static let identifier = iri("identifier"), value = iri("value"), propertyID = iri("propertyID")
    static let url = iri("url"), sameAs = iri("sameAs"), about = iri("about"), mainEntity = iri("mainEntity")
    static let givenName = iri("givenName"), familyName = iri("familyName"), affiliation = iri("affiliation")
    static let roleName = iri("roleName"), email = iri("email")
    static let termCode = iri("termCode"), inDefinedTermSet = iri("inDefinedTermSet")
    static let contentUrl = iri("contentUrl"), encodingFormat = iri("encodingFormat"), fileFormat = iri("fileFormat")
    static let contentSize = iri("contentSize"), sha256 = iri("sha256"), md5 = iri("md5")
    static let funder = iri("funder"), dataset = iri("dataset"), hasPart = iri("hasPart")
    static let startDate = iri("startDate"), endDate = iri("endDate"), geo = iri("geo"), box = iri("box")
    static let latitude = iri("latitude"), longitude = iri("longitude"), alternateName = iri("alternateName")
    static let dateModified = iri("dateModified"), datePublished = iri("datePublished"), dateCreated = iri("dateCreated")
    static let publisher = iri("publisher"), conformsTo = iri("conformsTo"), license = iri("license")
    static let temporalCoverage = iri("temporalCoverage"), additionalType = iri("additionalType")
    static let valueReference = iri("valueReference"), distribution = iri("distribution")

    static let Dataset = iri("Dataset"), DataCatalog = iri("DataCatalog"), Person = iri("Person")
    static let Organization = iri("Organization"), Role = iri("Role"), SoftwareSourceCode = iri("SoftwareSourceCode")
    static let SoftwareApplication = iri("SoftwareApplication"), MediaObject = iri("MediaObject")
    static let DataDownload = iri("DataDownload"), CreativeWork = iri("CreativeWork")
    static let ComputationalWorkflow = iri("ComputationalWorkflow")
}

enum LDDC {
    static let title = LDNS.dcterms + "title", identifier = LDNS.dcterms + "identifier", conformsTo = LDNS.dcterms + "conformsTo"
    static let format = LDNS.dcterms + "format", startDate = LDNS.dcat + "startDate", endDate = LDNS.dcat + "endDate"
    static let Dataset = LDNS.dcat + "Dataset", Catalog = LDNS.dcat + "Catalog", Distribution = LDNS.dcat + "Distribution"
    static let dataset = LDNS.dcat + "dataset", accessURL = LDNS.dcat + "accessURL", downloadURL = LDNS.dcat + "downloadURL"
    static let mediaType = LDNS.dcat + "mediaType", byteSize = LDNS.dcat + "byteSize", prefLabel = LDNS.skos + "prefLabel"
    static let notation = LDNS.skos + "notation", inScheme = LDNS.skos + "inScheme", checksum = LDNS.spdx + "checksum"
    static let checksumValue = LDNS.spdx + "checksumValue", algorithm = LDNS.spdx + "algorithm"
    static let foafName = LDNS.foaf + "name", vcardFn = LDNS.vcard + "fn", rdfsLabel = LDNS.rdfs + "label"
    static let foafPerson = LDNS.foaf + "Person", foafOrganization = LDNS.foaf + "Organization"
    static let vcardIndividual = LDNS.vcard + "Individual", vcardOrganization = LDNS.vcard + "Organization"
    static let provPerson = LDNS.prov + "Person", provOrganization = LDNS.prov + "Organization"
    static let foafGivenName = LDNS.foaf + "givenName", foafFamilyName = LDNS.foaf + "familyName"
}

/// Terms of other vocabularies the crosswalk reads directly.
enum LDExtraTerm {
    static let vcardGivenName = LDNS.vcard + "given-name", vcardFamilyName = LDNS.vcard + "family-name"
    static let oreAggregatedResource = LDNS.ore + "AggregatedResource", oreResourceMap = LDNS.ore + "ResourceMap"
    static let oreDescribes = LDNS.ore + "describes"
    static let dataverseFilesize = LDNS.dataverse + "filesize", dataverseChecksum = LDNS.dataverse + "checksum"
    static let croissantSHA256 = LDNS.croissant + "sha256"
    static let sdoSponsor = LDSchema.iri("sponsor"), sdoKeywords = LDSchema.iri("keywords"), sdoSchemaVersion = LDSchema.iri("schemaVersion")
    static let httpsKeywords = LDNS.schemaHTTPS + "keywords"
}

enum LDCR {
    static let FileObject = LDNS.croissant + "FileObject", FileSet = LDNS.croissant + "FileSet"
    static let md5 = LDNS.croissant + "md5"
}

extension String {
    /// Byte-wise substring search: no Foundation bridging, no Unicode normalisation (IRIs and
    /// markers are ASCII).
    func ldContains(_ needle: String) -> Bool { ldByteOffset(of: needle) != nil }

    func ldRange(of needle: String) -> Range<String.Index>? {
        guard let offset = ldByteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Where `needle`'s bytes first occur, searched in place (both strings are native: no copies).
    private func ldByteOffset(of needle: String) -> Int? {
        var answer: Int?? = nil  // nil: a string without contiguous UTF-8 (bridged); searched in copies
        _ = utf8.withContiguousStorageIfAvailable { hay in
            _ = needle.utf8.withContiguousStorageIfAvailable { pattern in answer = .some(Self.firstOffset(of: pattern, in: hay)) }
        }
        if let answer { return answer }
        let hayBytes = Array(utf8), needleBytes = Array(needle.utf8)
        return hayBytes.withUnsafeBufferPointer { hay in needleBytes.withUnsafeBufferPointer { Self.firstOffset(of: $0, in: hay) } }
    }

    private static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard hay.count >= pattern.count else { return nil }
        var start = 0
        let last = hay.count - pattern.count
        while start <= last {
            if hay[start] == first {
                var j = 1
                while j < pattern.count, hay[start + j] == pattern[j] { j += 1 }
                if j == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }
}
