import FairifyFormats
import FairifyModel
import XCTest

final class ZenodoAndColDPReaderTests: XCTestCase {
    private let zenodo = """
    {
      "doi": "10.5072/zenodo.1234",
      "conceptdoi": "10.5072/zenodo.1200",
      "created": "2024-05-02T10:00:00+00:00",
      "metadata": {
        "title": "Soil cores from the north slope",
        "creators": [{"name": "Carberry, Josiah", "orcid": "0000-0002-1825-0097", "affiliation": "Brown University"}],
        "license": {"id": "cc-by-4.0"},
        "access_right": "embargoed",
        "keywords": ["soil", "cores"],
        "related_identifiers": [{"identifier": "10.5072/zenodo.1100", "relation": "isDerivedFrom", "scheme": "doi"}],
        "resource_type": {"type": "dataset", "title": "Dataset"}
      },
      "files": [{"key": "cores.csv", "size": 2048, "checksum": "md5:0123456789abcdef0123456789abcdef",
                 "links": {"self": "https://zenodo.example/api/files/b/cores.csv"}}],
      "links": {"self_html": "https://zenodo.example/records/1234"}
    }
    """

    func testZenodoLegacyRecord() throws {
        let result = try ReadingFixtures.read(zenodo, name: "record.json")
        XCTAssertEqual(result.dialect, .zenodo)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.first(.identifier)?[FactAttribute.scheme], "doi")
        XCTAssertEqual(record.first(.identifier)?.location.path, "/doi")
        XCTAssertEqual(record.first(.title)?.location.line, 6)
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator[FactAttribute.orcid], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(creator[FactAttribute.familyName], "Carberry")
        XCTAssertEqual(creator[FactAttribute.affiliation], "Brown University")
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "CC-BY-4.0")
        XCTAssertEqual(record.first(.accessRights)?[FactAttribute.isOpen], "false")
        XCTAssertEqual(record.facts(.keyword).map(\.value), ["soil", "cores"])
        XCTAssertEqual(record.first(.provenance)?[FactAttribute.relationType], "wasDerivedFrom")
        let file = try XCTUnwrap(record.first(.distribution))
        XCTAssertEqual(file[FactAttribute.checksumAlgorithm], "md5")
        XCTAssertEqual(file[FactAttribute.size], "2048")
        XCTAssertEqual(file.location.path, "/files/0")
        XCTAssertEqual(record.types, ["dataset"])
    }

    func testZenodoCurrentInvenioRDMRecord() throws {
        let json = """
        {
          "id": "abcd-1234",
          "pids": {"doi": {"identifier": "10.5072/zenodo.77", "provider": "datacite"}},
          "metadata": {
            "resource_type": {"id": "dataset", "title": {"en": "Dataset"}},
            "title": "River gauges",
            "publisher": "Zenodo",
            "creators": [{"person_or_org": {"type": "personal", "name": "Carberry, Josiah", "given_name": "Josiah", "family_name": "Carberry",
                                            "identifiers": [{"scheme": "orcid", "identifier": "0000-0002-1825-0097"}]},
                          "affiliations": [{"id": "05gq02987", "name": "Brown University"}]}],
            "rights": [{"id": "cc-by-4.0", "title": {"en": "Creative Commons Attribution 4.0 International"}}],
            "related_identifiers": [{"identifier": "10.5072/zenodo.70", "scheme": "doi", "relation_type": {"id": "isnewversionof"}}],
            "funding": [{"funder": {"id": "00k4n6c32", "name": "European Commission"}, "award": {"number": "101000001"}}]
          },
          "access": {"record": "public", "files": "restricted"},
          "files": {"enabled": true, "entries": {"gauges.csv": {"key": "gauges.csv", "size": 10, "checksum": "md5:00112233445566778899aabbccddeeff"}}},
          "links": {"self_html": "https://zenodo.example/records/77"}
        }
        """
        let record = try XCTUnwrap(try ReadingFixtures.read(json, name: "rdm.json").records.first)
        XCTAssertEqual(record.dialect, .zenodo)
        XCTAssertEqual(record.first(.identifier)?.value, "10.5072/zenodo.77")
        XCTAssertEqual(record.first(.identifier)?.location.path, "/pids/doi/identifier")
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator[FactAttribute.orcid], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(creator[FactAttribute.ror], "https://ror.org/05gq02987")
        XCTAssertEqual(creator[FactAttribute.givenName], "Josiah")
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "CC-BY-4.0")
        XCTAssertEqual(record.first(.accessRights)?[FactAttribute.isOpen], "false")
        XCTAssertEqual(record.first(.provenance)?[FactAttribute.relationType], "wasRevisionOf")
        XCTAssertEqual(record.first(.funding)?[FactAttribute.awardNumber], "101000001")
        XCTAssertEqual(record.first(.publisher)?.value, "Zenodo")
        XCTAssertEqual(record.first(.distribution)?.location.path, "/files/entries/gauges.csv")
        XCTAssertEqual(record.first(.resourceType)?[FactAttribute.name], "Dataset")
    }

    func testZenodoSearchResponseGivesOneRecordPerHit() throws {
        let hit = #"{"id": 1, "doi": "10.5072/zenodo.1", "metadata": {"title": "T", "upload_type": "dataset"}}"#
        let result = try ReadingFixtures.read(#"{"hits": {"hits": [\#(hit), \#(hit)], "total": 2}}"#, name: "search.json")
        XCTAssertEqual(result.dialect, .zenodo)
        XCTAssertEqual(result.records.count, 2)
        XCTAssertEqual(result.records[1].first(.title)?.location.path, "/hits/hits/1/metadata/title")
    }

    func testColDPCurrentForm() throws {
        let yaml = """
        title: Freshwater snails of the Alps
        alias: FSA
        doi: 10.5072/coldp.42
        issued: 2024-02-01
        version: "2.1"
        creator:
          - given: Josiah
            family: Carberry
            orcid: 0000-0002-1825-0097
            organisation: Brown University
        editor:
          - {given: Ada, family: Example}
        contact: {given: Ada, family: Example, email: ada@example.org}
        publisher: {organisation: Alpine Museum}
        license: CC BY 4.0
        url: https://snails.example.org
        keywords: [molluscs, alpine]
        taxonomicScope: Gastropoda
        geographicScope: European Alps
        source:
          - {title: Alpine snail survey 1990, doi: 10.5072/survey.1990}
        """
        let result = try ReadingFixtures.read(yaml, name: "metadata.yaml")
        XCTAssertEqual(result.dialect, .coldp)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.facts(.title).map(\.value), ["Freshwater snails of the Alps", "FSA"])
        XCTAssertEqual(record.first(.identifier)?[FactAttribute.scheme], "doi")
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator.value, "Josiah Carberry")
        XCTAssertEqual(creator[FactAttribute.orcid], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(creator[FactAttribute.affiliation], "Brown University")
        XCTAssertEqual("\(creator.location.line):\(creator.location.column)", "7:5")
        XCTAssertEqual(record.facts(.contributor).compactMap { $0[FactAttribute.role] }, ["editor", "contactPoint"])
        XCTAssertEqual(record.first(.publisher)?.value, "Alpine Museum")
        XCTAssertEqual(record.first(.license)?[FactAttribute.spdx], "CC-BY-4.0")
        XCTAssertEqual(record.first(.spatialCoverage)?.value, "European Alps")
        XCTAssertEqual(record.first(.subject)?.value, "Gastropoda")
        XCTAssertEqual(record.first(.provenance)?.value, "10.5072/survey.1990")
        XCTAssertEqual(record.first(.version)?.value, "2.1")
    }

    func testColDPOlderFormWithContactText() throws {
        let yaml = "title: Sea weeds\nalias: SW\nauthorsAndEditors:\n  - Ada Example\ncontact: Ada Example <ada@example.org>\nreleased: 2019-05-10\n"
        let record = try XCTUnwrap(try ReadingFixtures.read(yaml, name: "anything.yaml").records.first)
        XCTAssertEqual(record.dialect, .coldp)
        XCTAssertEqual(record.first(.creator)?.value, "Ada Example")
        let contact = try XCTUnwrap(record.first(.contributor))
        XCTAssertEqual(contact.value, "Ada Example")
        XCTAssertEqual(contact["email"], "ada@example.org")
        XCTAssertEqual(record.first(.dateIssued)?.value, "2019-05-10")
    }

    func testPlainYAMLWithATitleIsNotColDP() {
        XCTAssertNotNil(ReadingFixtures.failure(Array("title: x\nalias: y\n".utf8), name: "notes.yaml"))
    }

    func testCorpusFiles() throws {
        let corpus = try ReadingFixtures.corpus()
        let coldp = try MetadataReader.read(path: corpus.appendingPathComponent("other/coldp_col-ina_metadata.yaml").path)
        XCTAssertEqual(coldp.dialect, .coldp)
        XCTAssertTrue(coldp.records.first?.has(.creator) == true)
        let zenodo = try MetadataReader.read(path: corpus.appendingPathComponent("other/zenodo_legacy_api_record_7752775.json").path)
        XCTAssertEqual(zenodo.dialect, .zenodo)
        XCTAssertEqual(zenodo.records.first?.first(.identifier)?.value, "10.5281/zenodo.7752775")
    }
}
