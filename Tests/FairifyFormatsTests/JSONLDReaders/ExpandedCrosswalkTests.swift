import XCTest
@testable import FairifyFormats
import FairifyModel

/// The crosswalk on hand-written expanded JSON-LD (what the processor returns).
final class ExpandedCrosswalkTests: XCTestCase {
    func read(_ text: String, dialect: Dialect? = nil) throws -> ReadResult {
        let document = try JSONParser.parse(text, file: "t.jsonld").value
        var options = ReaderOptions()
        options.dialect = dialect
        return JSONLDMetadataReader.read(expanded: document, document: document, file: "t.jsonld", format: .jsonLD, options: options)
    }

    func testSchemaOrgDatasetFacts() throws {
        let result = try read(ExpandedFixtures.schemaOrgDataset)
        XCTAssertEqual(result.dialect, .schemaOrg)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(record.types, ["http://schema.org/Dataset"])
        XCTAssertEqual(record.first(.title)?.value, "Ocean temperature")
        XCTAssertEqual(record.first(.title)?.property, "https://schema.org/name")
        let identifiers = record.facts(.identifier)
        XCTAssertEqual(identifiers.map(\.value), ["https://example.org/ds/1", "doi:10.1234/abc", "https://doi.org/10.1234/abc"])
        XCTAssertEqual(identifiers[1][FactAttribute.scheme], "doi")
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator.value, "Ada Lovelace")
        XCTAssertEqual(creator[FactAttribute.orcid], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(creator[FactAttribute.affiliation], "Example University")
        XCTAssertEqual(creator[FactAttribute.ror], "https://ror.org/02mhbdp94")
        XCTAssertEqual(creator[FactAttribute.agentType], "person")
        XCTAssertEqual(record.facts(.keyword).map(\.value), ["ocean", "temperature", "Sea surface temperature"])
        XCTAssertEqual(record.facts(.keyword)[2][FactAttribute.termIRI], "http://vocab.example.org/sst")
        XCTAssertEqual(record.facts(.keyword)[2][FactAttribute.schemeIRI], "http://vocab.example.org/")
        let license = try XCTUnwrap(record.first(.license))
        XCTAssertEqual(license[FactAttribute.spdx], "CC-BY-4.0")
        XCTAssertEqual(record.first(.accessRights)?[FactAttribute.isOpen], "true")
        let distribution = try XCTUnwrap(record.first(.distribution))
        XCTAssertEqual(distribution.value, "https://example.org/ds/1.csv")
        XCTAssertEqual(distribution[FactAttribute.mediaType], "text/csv")
        XCTAssertEqual(distribution[FactAttribute.size], "12 kB")
        XCTAssertEqual(distribution[FactAttribute.checksumAlgorithm], "SHA-256")
        XCTAssertEqual(record.first(.dateIssued)?.value, "2024-01-02")
        XCTAssertEqual(record.first(.funding)?[FactAttribute.awardNumber], "G-42")
        XCTAssertEqual(record.first(.funding)?[FactAttribute.funderIdentifier], "https://ror.org/021nxhr62")
        XCTAssertEqual(record.first(.dataCatalog)?.value, "Example Repository")
        XCTAssertEqual(record.first(.temporalCoverage)?.value, "2001/2002")
        XCTAssertEqual(record.first(.spatialCoverage)?.value, "Southern Ocean")
        XCTAssertEqual(record.first(.conformsTo)?[FactAttribute.schemaVersion], "1.0-RELEASE")
        XCTAssertEqual(record.first(.provenance)?[FactAttribute.relationType], "isBasedOn")
        XCTAssertTrue(record.vocabularies.contains("https://schema.org/"))
        XCTAssertTrue(record.vocabularies.contains("http://purl.org/dc/terms/"))
    }

    func testFactLocationsHaveLineColumnAndPointer() throws {
        let record = try XCTUnwrap(read(ExpandedFixtures.schemaOrgDataset).records.first)
        let title = try XCTUnwrap(record.first(.title))
        XCTAssertGreaterThan(title.location.line, 1)
        XCTAssertGreaterThan(title.location.column, 1)
        XCTAssertEqual(title.location.path, "/0/https:~1~1schema.org~1name/0/@value")
    }

    func testGraphOfDatasetsGivesOneRecordEach() throws {
        let result = try read(ExpandedFixtures.twoDatasets)
        XCTAssertEqual(result.records.map { $0.first(.title)?.value }, ["First", "Second"])
        XCTAssertEqual(result.records.map(\.index), [0, 1])
    }

    func testDataCatalogListsDatasets() throws {
        let result = try read(ExpandedFixtures.dataCatalog)
        XCTAssertEqual(result.records.count, 2)
        XCTAssertEqual(result.records[0].first(.dataCatalog)?.value, "The catalogue")
        XCTAssertEqual(result.records[1].first(.title)?.value, "B")
    }

    func testWebPageMainEntity() throws {
        let result = try read(ExpandedFixtures.webPage)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(result.records[0].first(.title)?.value, "The data")
    }

    func testROCrateRootThroughDescriptor() throws {
        let result = try read(ExpandedFixtures.roCrate)
        XCTAssertEqual(result.dialect, .roCrate)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(record.dialectVersion, "1.1")
        XCTAssertEqual(record.first(.title)?.value, "Crate")
        XCTAssertEqual(record.first(.metadataIdentifier)?.value, "ro-crate-metadata.json")
        XCTAssertEqual(record.facts(.distribution).map(\.value), ["data.csv"])
        XCTAssertEqual(record.facts(.distribution).first?[FactAttribute.mediaType], "text/csv")
        XCTAssertEqual(record.first(.publisher)?[FactAttribute.ror], "https://ror.org/04dkp1p98")
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "CC0-1.0")
        XCTAssertEqual(record.facts(.conformsTo).first?[FactAttribute.schemaVersion], "1.1")
    }

    func testDCATCatalog() throws {
        let result = try read(ExpandedFixtures.dcatCatalog)
        XCTAssertEqual(result.dialect, .dcat)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(record.first(.title)?.value, "Title dataset")
        XCTAssertEqual(record.first(.distribution)?.value, "http://example2.org/files/download.zip")
        XCTAssertEqual(record.first(.distribution)?[FactAttribute.mediaType], "application/zip")
        XCTAssertEqual(record.first(.contributor)?.value, "Jane Doe")
        XCTAssertEqual(record.first(.contributor)?[FactAttribute.role], "ContactPerson")
        XCTAssertEqual(record.first(.accessRights)?[FactAttribute.isOpen], "true")
        XCTAssertEqual(record.first(.dataCatalog)?.value, "Title example.org")
        XCTAssertEqual(record.first(.publisher)?.value, "Organization example.org")
        XCTAssertEqual(record.facts(.subject).first?[FactAttribute.termIRI], "http://publications.europa.eu/resource/authority/data-theme/ENVI")
    }

    func testGenericJSONLDPicksRichestNode() throws {
        let result = try read(#"[{"@id": "http://x.org/a", "http://purl.org/dc/terms/title": [{"@value": "A thing"}], "http://purl.org/dc/terms/creator": [{"@value": "Me"}]}, {"@id": "http://x.org/b", "http://x.org/p": [{"@value": "1"}]}]"#)
        XCTAssertEqual(result.dialect, .jsonLD)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(result.records[0].first(.title)?.value, "A thing")
        XCTAssertEqual(result.records[0].first(.identifier)?[FactAttribute.scheme], "url")
    }

    func testEmptyDocumentWarns() throws {
        let result = try read("[]")
        XCTAssertTrue(result.records.isEmpty)
        XCTAssertEqual(result.diagnostics.count, 1)
    }

    func testSPDXRecognition() {
        XCTAssertEqual(SPDXLicense.identify("https://creativecommons.org/licenses/by-sa/4.0/legalcode"), "CC-BY-SA-4.0")
        XCTAssertEqual(SPDXLicense.identify("http://creativecommons.org/publicdomain/zero/1.0/"), "CC0-1.0")
        XCTAssertEqual(SPDXLicense.identify("https://spdx.org/licenses/MIT.html"), "MIT")
        XCTAssertEqual(SPDXLicense.identify("cc by 4.0"), "CC-BY-4.0")
        XCTAssertEqual(SPDXLicense.identify("https://opensource.org/licenses/Apache-2.0"), "Apache-2.0")
        XCTAssertNil(SPDXLicense.identify("https://creativecommons.org/licenses/by-nc-sa/3.0/au/"))
        XCTAssertNil(SPDXLicense.identify("my own licence"))
    }
}
