import FairifyFormats
import XCTest

final class DialectReaderTests: XCTestCase {
    func testDataCiteJSONRestForm() throws {
        let result = try MetadataReader.read(path: ReadingFixtures.example("datacite.json"))
        XCTAssertEqual(result.dialect, .dataCiteJSON)
        let record = try XCTUnwrap(result.records.first)
        let doi = try XCTUnwrap(record.first(.identifier))
        XCTAssertEqual(doi.value, "10.5072/soil-moisture.v3")
        XCTAssertEqual(doi[FactAttribute.scheme], "doi")
        XCTAssertEqual(doi.location.path, "/data/attributes/doi")
        XCTAssertEqual(doi.location.line, 6)
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator[FactAttribute.orcid], "https://orcid.org/0000-0003-1419-2405")
        XCTAssertEqual(creator[FactAttribute.ror], "https://ror.org/02jx3x895")
        XCTAssertEqual(record.first(.rights)?.value, "Creative Commons Zero v1.0 Universal")
        XCTAssertEqual(record.first(.conformsTo)?[FactAttribute.schemaVersion], "4")
        XCTAssertEqual(record.first(.provenance)?[FactAttribute.relationType], "wasRevisionOf")
        XCTAssertEqual(record.first(.distribution)?[FactAttribute.mediaType], "application/x-netcdf")
        XCTAssertEqual(record.first(.funding)?[FactAttribute.awardNumber], "NE/X000001/1")
    }

    func testDataCiteJSONKebabCaseAndLists() throws {
        let kebab = try ReadingFixtures.read(#"{"doi": "10.5063/F1M61H5X", "types": {"resource-type-general": "Software"}, "publication-year": "2016", "schema-version": "http://datacite.org/schema/kernel-3"}"#)
        XCTAssertEqual(kebab.records.first?.readingValues(.resourceType), ["Software"])
        XCTAssertEqual(kebab.records.first?.dialectVersion, "3")
        let list = try ReadingFixtures.read(#"{"data": [{"attributes": {"doi": "10.1/a", "titles": [{"title": "A"}]}}, {"attributes": {"doi": "10.1/b", "titles": [{"title": "B"}]}}]}"#)
        XCTAssertEqual(list.records.map(\.index), [0, 1])
        XCTAssertEqual(list.records.last?.readingValues(.title), ["B"])
        let array = try ReadingFixtures.read(#"[{"doi": "10.1/a", "titles": [{"title": "A"}]}, {"doi": "10.1/b", "titles": [{"title": "B"}]}]"#)
        XCTAssertEqual(array.records.count, 2)
        XCTAssertEqual(array.records.last?.first(.title)?.location.path, "/1/titles/0")
    }

    func testDataPackage() throws {
        let result = try MetadataReader.read(path: ReadingFixtures.example("datapackage.json"))
        XCTAssertEqual(result.dialect, .dataPackage)
        let record = try XCTUnwrap(result.records.first)
        let distribution = try XCTUnwrap(record.first(.distribution))
        XCTAssertEqual(distribution[FactAttribute.checksumAlgorithm], "sha256")
        XCTAssertEqual(distribution[FactAttribute.size], "3145728")
        XCTAssertEqual(record.first(.license)?.value, "Open Data Commons Open Database License v1.0")
        XCTAssertEqual(record.first(.creator)?[FactAttribute.orcid], "https://orcid.org/0000-0002-9079-593X")
        let yaml = try MetadataReader.read(path: ReadingFixtures.example("tabular/datapackage.yaml"))
        XCTAssertEqual(yaml.format, .yaml)
        XCTAssertEqual(yaml.dialect, .dataPackage)
        XCTAssertEqual(yaml.records.first?.first(.title)?.location.line, 3)
    }

    func testCitationCFF() throws {
        let result = try MetadataReader.read(path: ReadingFixtures.example("CITATION.cff"))
        XCTAssertEqual(result.dialect, .citationCFF)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.dialectVersion, "1.2.0")
        XCTAssertEqual(record.first(.identifier)?[FactAttribute.scheme], "doi")
        XCTAssertEqual(record.first(.license)?.value, "MIT License")
        XCTAssertEqual(record.facts(.creator).count, 2)
        XCTAssertEqual(record.first(.creator)?[FactAttribute.orcid], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(record.first(.relatedResource)?[FactAttribute.relationType], "repository-code")
    }

    func testJSONLinesGivesOneRecordPerLine() throws {
        let result = try MetadataReader.read(path: ReadingFixtures.example("records.jsonl"))
        XCTAssertEqual(result.records.count, 2)
        XCTAssertEqual(result.records[1].first(.title)?.location.line, 2)
    }

    func testDialectOverride() throws {
        var options = ReaderOptions()
        options.dialect = .dataPackage
        let result = try ReadingFixtures.read(#"{"name": "x", "title": "Forced"}"#, options: options)
        XCTAssertEqual(result.dialect, .dataPackage)
        XCTAssertEqual(result.records.first?.readingValues(.title), ["Forced"])
    }
}
