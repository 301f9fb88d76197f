import XCTest
import FairifyFormats
import FairifyModel

/// Key facts of representative corpus files, one per dialect.
final class JSONLDCorpusFactsTests: XCTestCase {
    func record(_ path: String, _ index: Int = 0) throws -> (ReadResult, Record) {
        let result = try JSONLDCorpus.read(relative: path)
        return (result, try XCTUnwrap(result.records.dropFirst(index).first, path))
    }

    func testROCrateRainfall() throws {
        let (result, record) = try record("rocrate/spec-1.2-rainfall/ro-crate-metadata.json")
        XCTAssertEqual(result.dialect, .roCrate)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(record.dialectVersion, "1.2")
        XCTAssertEqual(record.first(.title)?.value, "Example dataset for RO-Crate specification")
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "CC0-1.0")
        XCTAssertEqual(record.first(.publisher)?[FactAttribute.ror], "https://ror.org/04dkp1p98")
        XCTAssertEqual(record.first(.distribution)?.value, "data.csv")
        XCTAssertEqual(record.first(.distribution)?[FactAttribute.mediaType], "text/csv")
        XCTAssertEqual(record.first(.metadataIdentifier)?.value, "ro-crate-metadata.json")
        let title = try XCTUnwrap(record.first(.title))
        XCTAssertEqual(title.location.line, 12)
        XCTAssertEqual(title.location.path, "/@graph/1/name")
    }

    func testSchemaOrgFull() throws {
        let (result, record) = try record("schemaorg/soso_dataset_full.jsonld")
        XCTAssertEqual(result.dialect, .schemaOrg)
        XCTAssertTrue(record.facts(.identifier).contains { $0[FactAttribute.scheme] == "doi" })
        XCTAssertEqual(record.first(.funding)?[FactAttribute.funderIdentifier], "https://ror.org/021nxhr62")
        XCTAssertEqual(Set(record.facts(.provenance).compactMap { $0[FactAttribute.relationType] }), ["wasDerivedFrom", "isBasedOn", "wasGeneratedBy"])
        XCTAssertNotNil(record.facts(.keyword).first?[FactAttribute.termIRI])
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "CC-BY-4.0")
        XCTAssertEqual(record.first(.accessRights)?[FactAttribute.isOpen], "true")
        XCTAssertTrue(record.vocabularies.contains("http://www.w3.org/ns/prov#"))
    }

    func testCroissant() throws {
        let (result, record) = try record("croissant/dataverse_max-croissant.json")
        XCTAssertEqual(result.dialect, .croissant)
        XCTAssertEqual(record.dialectVersion, "1.1")
        XCTAssertEqual(record.first(.identifier)?[FactAttribute.scheme], "doi")
        XCTAssertEqual(record.facts(.distribution).count, 2)
        XCTAssertEqual(record.first(.distribution)?[FactAttribute.checksumAlgorithm], "MD5")
        XCTAssertEqual(record.first(.creator)?[FactAttribute.orcid], "https://orcid.org/0000-0002-9528-9470")
    }

    func testCodeMeta() throws {
        let (result, record) = try record("codemeta/codemetapy_tests_frog.codemeta.json")
        XCTAssertEqual(result.dialect, .codeMeta)
        XCTAssertEqual(record.dialectVersion, "3.0")
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "GPL-3.0-only")
        XCTAssertTrue(record.facts(.creator).contains { $0[FactAttribute.orcid] != nil })
        XCTAssertEqual(record.first(.relatedResource)?[FactAttribute.relationType], "landingPage")
    }

    func testDATS() throws {
        let (result, record) = try record("dats/imi-data-catalogue_ab-direct.json")
        XCTAssertEqual(result.dialect, .dats)
        XCTAssertEqual(record.first(.title)?.value, "AB-Direct")
        XCTAssertEqual(record.facts(.keyword).count, 5)
        XCTAssertEqual(record.first(.funding)?[FactAttribute.awardNumber], "853976")
        XCTAssertEqual(record.first(.identifier)?[FactAttribute.scheme], "uuid")
    }

    func testDCATCatalogue() throws {
        let (result, record) = try record("dcat/ckanext-dcat_catalog_with_at_graph.jsonld")
        XCTAssertEqual(result.dialect, .dcat)
        XCTAssertEqual(result.records.count, 1)
        XCTAssertEqual(record.first(.title)?.value, "Title dataset")
        XCTAssertEqual(record.first(.dataCatalog)?.value, "Title example.org")
        XCTAssertEqual(record.first(.distribution)?.value, "http://example2.org/files/download.zip")
        let (_, ap) = try self.record("dcat/semic_dcatap_hvd3_example-ms_dataset_2_distributions.jsonld")
        XCTAssertEqual(ap.facts(.distribution).count, 2)
    }

    func testDataverseORE() throws {
        let (_, record) = try record("other/dataverse_oai-ore_max_datasetORE.json")
        XCTAssertEqual(record.first(.identifier)?.value, "https://doi.org/10.5072/FK2/VQTYHD")
        XCTAssertNotNil(record.first(.metadataIdentifier))
        XCTAssertEqual(record.facts(.distribution).count, 2)
        XCTAssertEqual(record.first(.creator)?[FactAttribute.orcid], "https://orcid.org/0000-0002-9528-9470")
    }
}

/// YAML-LD and HTML reach the JSON-LD reader through `MetadataReader`; facts keep their lines.
final class JSONLDOtherSyntaxTests: XCTestCase {
    func testYAMLLD() throws {
        let path = try JSONLDCorpus.requireCorpus().appendingPathComponent("other/yamlld_spec_metadata.yamlld").path
        let result = try MetadataReader.read(path: path)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.format, .yaml)
        XCTAssertTrue(record.has(.creator))
        XCTAssertTrue(record.facts.allSatisfy { $0.location.line > 0 }, "\(record.facts.filter { $0.location.line == 0 })")
    }

    func testHTMLLandingPage() throws {
        let html = """
        <html><head><title>x</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org/", "@type": "Dataset", "name": "From HTML",
         "identifier": "https://doi.org/10.5281/zenodo.1"}
        </script></head><body></body></html>
        """
        let result = try MetadataReader.read(bytes: Array(html.utf8), name: "page.html")
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.format, .html)
        XCTAssertEqual(record.first(.title)?.value, "From HTML")
        XCTAssertEqual(record.first(.title)?.location.line, 3)
        XCTAssertEqual(record.first(.identifier)?[FactAttribute.scheme], "doi")
    }
}
