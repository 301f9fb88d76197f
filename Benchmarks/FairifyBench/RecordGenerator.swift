import Foundation

/// Writes realistic metadata records of varied richness, deterministically from a seed,
/// so benchmarks at 10k and 100k records measure the same mix every time.
struct RecordGenerator {
    enum Format: String, CaseIterable {
        case dataciteXML = "datacite-xml"
        case schemaOrgJSONLD = "schemaorg-jsonld"

        var fileExtension: String { self == .dataciteXML ? "xml" : "jsonld" }
    }

    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func record(_ format: Format, number: Int) -> String {
        switch format {
        case .dataciteXML: return dataCite(number)
        case .schemaOrgJSONLD: return schemaOrg(number)
        }
    }

    // Richness 0 (poor) to 3 (rich) decides which optional parts a record gets.
    private mutating func richness() -> Int { Int(random.next() % 4) }
    private mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    private mutating func words(_ count: Int) -> String { (0..<count).map { _ in pick(Self.vocabulary) }.joined(separator: " ") }

    private mutating func orcid() -> String {
        let digits = (0..<15).map { _ in Int(random.next() % 10) }
        var total = 0
        for d in digits { total = (total + d) * 2 }
        let check = (12 - total % 11) % 11
        let all = digits.map(String.init).joined() + (check == 10 ? "X" : String(check))
        return stride(from: 0, to: 16, by: 4).map { i in String(all.dropFirst(i).prefix(4)) }.joined(separator: "-")
    }

    private mutating func dataCite(_ n: Int) -> String {
        let rich = richness()
        let doi = "10.5555/bench.\(n)"
        var creators = ""
        for _ in 0..<(1 + rich * 2) {
            let family = pick(Self.families), given = pick(Self.givens)
            let id = rich > 0 ? "\n      <nameIdentifier nameIdentifierScheme=\"ORCID\" schemeURI=\"https://orcid.org\">\(orcid())</nameIdentifier>" : ""
            let affiliation = rich > 1 ? "\n      <affiliation affiliationIdentifier=\"https://ror.org/0\(String(random.next() % 100_000_000, radix: 36).padding(toLength: 8, withPad: "0", startingAt: 0))\" affiliationIdentifierScheme=\"ROR\">\(pick(Self.institutes))</affiliation>" : ""
            creators += """

                <creator>
                  <creatorName nameType="Personal">\(family), \(given)</creatorName>
                  <givenName>\(given)</givenName>
                  <familyName>\(family)</familyName>\(id)\(affiliation)
                </creator>
            """
        }
        var optional = ""
        if rich > 0 {
            optional += "\n  <subjects>" + (0..<(2 + rich)).map { _ in "\n    <subject subjectScheme=\"GCMD\">\(pick(Self.vocabulary))</subject>" }.joined() + "\n  </subjects>"
            optional += "\n  <dates>\n    <date dateType=\"Created\">20\(10 + n % 14)-0\(1 + n % 9)-1\(n % 10)</date>\n    <date dateType=\"Updated\">2024-05-0\(1 + n % 9)</date>\n  </dates>"
            optional += "\n  <language>en</language>\n  <version>\(1 + n % 5).\(n % 10)</version>"
        }
        if rich > 1 {
            optional += "\n  <relatedIdentifiers>\n    <relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"IsDerivedFrom\">10.5555/source.\(n)</relatedIdentifier>\n    <relatedIdentifier relatedIdentifierType=\"URL\" relationType=\"IsDocumentedBy\">https://example.org/docs/\(n)</relatedIdentifier>\n  </relatedIdentifiers>"
            optional += "\n  <sizes>\n    <size>\(random.next() % 90_000 + 1_000) KB</size>\n  </sizes>\n  <formats>\n    <format>text/csv</format>\n  </formats>"
            optional += "\n  <rightsList>\n    <rights rightsURI=\"https://creativecommons.org/licenses/by/4.0/legalcode\" rightsIdentifier=\"CC-BY-4.0\" rightsIdentifierScheme=\"SPDX\">Creative Commons Attribution 4.0 International</rights>\n    <rights rightsURI=\"info:eu-repo/semantics/openAccess\">Open Access</rights>\n  </rightsList>"
        }
        if rich > 2 {
            optional += "\n  <fundingReferences>\n    <fundingReference>\n      <funderName>European Commission</funderName>\n      <funderIdentifier funderIdentifierType=\"Crossref Funder ID\">https://doi.org/10.13039/501100000780</funderIdentifier>\n      <awardNumber>\(800_000 + n)</awardNumber>\n    </fundingReference>\n  </fundingReferences>"
            optional += "\n  <geoLocations>\n    <geoLocation>\n      <geoLocationPlace>\(pick(Self.places))</geoLocationPlace>\n    </geoLocation>\n  </geoLocations>"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4.5/metadata.xsd">
          <identifier identifierType="DOI">\(doi)</identifier>
          <creators>\(creators)
          </creators>
          <titles>
            <title xml:lang="en">\(words(6).capitalized)</title>
          </titles>
          <publisher>\(pick(Self.institutes))</publisher>
          <publicationYear>\(2010 + n % 15)</publicationYear>
          <resourceType resourceTypeGeneral="Dataset">\(pick(Self.vocabulary)) measurements</resourceType>\(optional)
          <descriptions>
            <description descriptionType="Abstract">\(words(20 + rich * 25))</description>
          </descriptions>
        </resource>

        """
    }

    private mutating func schemaOrg(_ n: Int) -> String {
        let rich = richness()
        var creators: [String] = []
        for _ in 0..<(1 + rich * 2) {
            let family = pick(Self.families), given = pick(Self.givens)
            var person = "{\"@type\": \"Person\", \"givenName\": \"\(given)\", \"familyName\": \"\(family)\", \"name\": \"\(given) \(family)\""
            if rich > 0 { person += ", \"@id\": \"https://orcid.org/\(orcid())\"" }
            if rich > 1 { person += ", \"affiliation\": {\"@type\": \"Organization\", \"name\": \"\(pick(Self.institutes))\"}" }
            creators.append(person + "}")
        }
        var fields = [
            "\"@context\": \"https://schema.org/\"",
            "\"@type\": \"Dataset\"",
            "\"name\": \"\(words(6).capitalized)\"",
            "\"description\": \"\(words(60 + rich * 60))\"",
            "\"creator\": [\n    " + creators.joined(separator: ",\n    ") + "\n  ]",
        ]
        if rich > 0 {
            fields.append("\"@id\": \"https://doi.org/10.5555/bench.\(n)\"")
            fields.append("\"identifier\": \"https://doi.org/10.5555/bench.\(n)\"")
            fields.append("\"keywords\": [" + (0..<(2 + rich)).map { _ in "\"\(pick(Self.vocabulary))\"" }.joined(separator: ", ") + "]")
            fields.append("\"datePublished\": \"20\(10 + n % 14)-0\(1 + n % 9)-1\(n % 10)\"")
            fields.append("\"version\": \"\(1 + n % 5).\(n % 10)\"")
        }
        if rich > 1 {
            fields.append("\"license\": \"https://creativecommons.org/licenses/by/4.0/\"")
            fields.append("\"publisher\": {\"@type\": \"Organization\", \"name\": \"\(pick(Self.institutes))\"}")
            fields.append("\"distribution\": [{\"@type\": \"DataDownload\", \"contentUrl\": \"https://example.org/files/\(n).csv\", \"encodingFormat\": \"text/csv\", \"contentSize\": \"\(random.next() % 90_000 + 1_000) KB\"}]")
            fields.append("\"isBasedOn\": \"https://doi.org/10.5555/source.\(n)\"")
        }
        if rich > 2 {
            fields.append("\"conformsTo\": {\"@id\": \"https://bioschemas.org/profiles/Dataset/1.0-RELEASE\"}")
            fields.append("\"includedInDataCatalog\": {\"@type\": \"DataCatalog\", \"name\": \"Benchmark Repository\", \"url\": \"https://example.org\"}")
            fields.append("\"spatialCoverage\": {\"@type\": \"Place\", \"name\": \"\(pick(Self.places))\"}")
            fields.append("\"temporalCoverage\": \"2019-01-01/2020-12-31\"")
            fields.append("\"funder\": {\"@type\": \"Organization\", \"name\": \"European Commission\", \"@id\": \"https://ror.org/00k4n6c32\"}")
        }
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }

    static let vocabulary = ["ocean", "salinity", "temperature", "genome", "protein", "soil", "climate", "sediment", "plankton",
                             "isotope", "survey", "sensor", "chlorophyll", "biodiversity", "hydrology", "glacier", "methane",
                             "phenotype", "cohort", "transcriptome", "microbiome", "aerosol", "drought", "forest", "coral"]
    static let families = ["Garcia", "Müller", "Nakamura", "Okafor", "Silva", "Kowalski", "Andersen", "Dubois", "Rossi", "Chen"]
    static let givens = ["Ana", "Jonas", "Yuki", "Chidi", "Lucas", "Marta", "Freya", "Léa", "Marco", "Wei"]
    static let institutes = ["University of Tartu", "Marine Data Centre", "Institute of Soil Science", "Genome Archive", "Polar Research Institute"]
    static let places = ["North Sea", "Baltic Sea", "Alps", "Amazon basin", "Svalbard", "Great Barrier Reef"]
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
