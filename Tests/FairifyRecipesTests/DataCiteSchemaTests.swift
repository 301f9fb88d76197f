@testable import FairifyRecipes
import FairifyModel
import Foundation
import XCTest

/// Every recipe applied to a valid DataCite 4 record must give a record that still validates
/// against the DataCite 4 XSD (from ../shared; the project ships no third-party schema).
final class DataCiteSchemaTests: XCTestCase {
    static var schemaPath: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/schemas/datacite-4/metadata.xsd").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static let record = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- a valid DataCite 4 record, written for fairify's tests -->
    <resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4.5/metadata.xsd">
      <identifier identifierType="DOI">10.5072/FAIRIFY.1</identifier>
      <creators>
        <creator>
          <creatorName>Garcia, Ana</creatorName>
          <affiliation>California Institute of Technology</affiliation>
        </creator>
        <creator>
          <creatorName nameType="Organizational">Soil Lab</creatorName>
        </creator>
      </creators>
      <titles>
        <title xml:lang="en">Soil moisture readings</title>
      </titles>
      <publisher>Example Data Centre</publisher>
      <publicationYear>2023</publicationYear>
      <resourceType resourceTypeGeneral="Dataset">Sensor readings</resourceType>
      <subjects>
        <subject>hydrology</subject>
        <subject>hydrology</subject>
      </subjects>
      <dates>
        <date dateType="Collected">4 March 2021</date>
      </dates>
      <language>English</language>
      <relatedIdentifiers>
        <relatedIdentifier relatedIdentifierType="URL" relationType="IsCitedBy">https://doi.org/10.5072/paper.42</relatedIdentifier>
      </relatedIdentifiers>
      <rightsList>
        <rights rightsURI="https://creativecommons.org/licenses/by/4.0/legalcode">CC BY 4.0</rights>
      </rightsList>
    </resource>

    """

    static let params: [String: String] = [
        "license": "CC-BY-4.0", "access": "open", "orcid": "0000-0002-1825-0097", "ror": "05dxps055", "mapping": "terms.tsv",
        "keywords": "soil,moisture", "url": "https://data.example.org/soil.csv", "publisher": "Example Data Centre",
        "publisher-ror": "05dxps055", "catalog": "Zenodo", "date-created": "2021-03-04", "date-modified": "2022-01-01",
        "version": "1.1", "derived-from": "10.5072/raw", "identifier": "hdl:20.500.12345/678", "description": "Hourly readings.",
        "files": "soil.csv", "creator": "1", "title": "Soil", "publication-year": "2023",
    ]

    func testEveryRecipeKeepsDataCiteValid() throws {
        guard let schema = Self.schemaPath else { throw XCTSkip("../shared/schemas/datacite-4 not present: DataCite XSD validation skipped") }
        let original = Array(Self.record.utf8)
        XCTAssertEqual(try XMLValidation.validate(original, schemaPath: schema), [], "the test record itself must be valid")
        let broken = Array(Self.record.replacingOccurrences(of: "<publisher>", with: "<bogus/><publisher>").utf8)
        XCTAssertFalse(try XMLValidation.validate(broken, schemaPath: schema).isEmpty, "the validator must notice an unknown element")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-xsd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "hydrology\thttp://purl.obolibrary.org/obo/ENVO_01000739\n".write(to: directory.appendingPathComponent("terms.tsv"), atomically: true, encoding: .utf8)
        try "a,b\n1,2\n".write(to: directory.appendingPathComponent("soil.csv"), atomically: true, encoding: .utf8)
        var all: [RecipeRequest] = []
        for recipe in try RecipeCatalog.all() {
            let values = RecipeParameterValues(Self.params.filter { key, _ in recipe.parameters.contains { $0.name == key } })
            let request = RecipeRequest(recipe: recipe, params: values)
            all.append(request)
            let outcome = try RecipeRunner.apply([request], to: original, file: "record.xml", directory: directory)
            XCTAssertEqual(try XMLValidation.validate(outcome.bytes, schemaPath: schema), [], "\(recipe.id) broke validity:\n\(String(decoding: outcome.bytes, as: UTF8.self))")
        }
        let everything = try RecipeRunner.apply(all, to: original, file: "record.xml", directory: directory)
        XCTAssertTrue(everything.changed)
        XCTAssertEqual(try XMLValidation.validate(everything.bytes, schemaPath: schema), [], String(decoding: everything.bytes, as: UTF8.self))
        XCTAssertTrue(String(decoding: everything.bytes, as: UTF8.self).contains("<!-- a valid DataCite 4 record, written for fairify's tests -->"))
        let again = try RecipeRunner.apply(all, to: everything.bytes, file: "record.xml", directory: directory)
        XCTAssertEqual(String(decoding: again.bytes, as: UTF8.self), String(decoding: everything.bytes, as: UTF8.self), "applying all recipes twice changed the record again")
    }

    func testDataCiteExamplesValidate() throws {
        guard let schema = Self.schemaPath else { throw XCTSkip("../shared/schemas/datacite-4 not present: DataCite XSD validation skipped") }
        for recipe in try RecipeCatalog.all() {
            for example in recipe.examples where example.format == "datacite-xml" {
                XCTAssertEqual(try XMLValidation.validate(Array(example.after.utf8), schemaPath: schema), [], "\(recipe.source):\(example.line)")
            }
        }
    }

    /// Corpus records that are valid DataCite 4 stay valid after every recipe.
    func testCorpusDataCiteRecordsStayValid() throws {
        guard let schema = Self.schemaPath else { throw XCTSkip("../shared/schemas/datacite-4 not present: DataCite XSD validation skipped") }
        let folder = GuaranteeTests.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/datacite-xml")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var checked = 0
        for name in names.sorted() where name.hasSuffix(".xml") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            let bytes = [UInt8](data)
            guard (try? RecipeRunner.checkSupported(bytes, kind: .dataCiteXML, file: name)) != nil,
                  (try? XMLValidation.validate(bytes, schemaPath: schema))?.isEmpty == true else { continue }
            let requests = try RecipeCatalog.all().filter { RecipeCatalog.supports($0, .dataCiteXML) && $0.id != "keywords-to-iris" && $0.id != "add-checksum" }.map { recipe in
                RecipeRequest(recipe: recipe, params: RecipeParameterValues(Self.params.filter { key, _ in recipe.parameters.contains { $0.name == key } }))
            }
            let outcome = try RecipeRunner.apply(requests, to: bytes, file: name)
            XCTAssertEqual(try XMLValidation.validate(outcome.bytes, schemaPath: schema), [], "\(name) became invalid")
            checked += 1
        }
        if checked == 0 { throw XCTSkip("no valid DataCite 4 record in ../shared/corpus/datacite-xml") }
    }
}
