import FairifyFormats
import FairifyModel
import XCTest

final class TurtleReaderTests: XCTestCase {
    private let catalogue = """
    @prefix dcat: <http://www.w3.org/ns/dcat#> .
    @prefix dct: <http://purl.org/dc/terms/> .
    @prefix foaf: <http://xmlns.com/foaf/0.1/> .
    <https://example.org/catalogue> a dcat:Catalog ;
        dct:title "Lake survey catalogue" ;
        dct:publisher [ foaf:name "Lake Institute" ] ;
        dcat:dataset <https://example.org/d/1>, <https://example.org/d/2> .
    <https://example.org/d/1> a dcat:Dataset ;
        dct:title "Lake depths"@en ;
        dct:creator <https://orcid.org/0000-0002-1825-0097> ;
        dct:license <https://creativecommons.org/licenses/by/4.0/> ;
        dcat:keyword "bathymetry", "lakes" ;
        dcat:distribution [ dcat:downloadURL <https://example.org/d/1.csv> ; dcat:byteSize 2048 ] .
    <https://example.org/d/2> a dcat:Dataset ; dct:title "Lake temperatures" .
    <https://orcid.org/0000-0002-1825-0097> a foaf:Person ; foaf:name "Josiah Carberry" .
    """

    func testDCATCatalogueInTurtleGivesOneRecordPerDataset() throws {
        let result = try MetadataReader.read(bytes: Array(catalogue.utf8), name: "catalogue.ttl")
        XCTAssertEqual(result.format, .turtle)
        XCTAssertEqual(result.dialect, .dcat)
        XCTAssertEqual(result.records.map { $0.first(.title)?.value }, ["Lake depths", "Lake temperatures"])
        let first = try XCTUnwrap(result.records.first)
        XCTAssertEqual(first.location.line, 8)
        XCTAssertEqual(first.first(.creator)?[FactAttribute.orcid], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(first.first(.creator)?.value, "Josiah Carberry")
        XCTAssertEqual(first.first(.license)?[FactAttribute.spdx], "CC-BY-4.0")
        XCTAssertEqual(first.values(.keyword), ["bathymetry", "lakes"])
        XCTAssertEqual(first.first(.distribution)?[FactAttribute.size], "2048")
        XCTAssertEqual(first.first(.dataCatalog)?.value, "Lake survey catalogue")
        XCTAssertEqual(first.first(.metadataPublisher)?.value, "Lake Institute")
        let title = try XCTUnwrap(first.first(.title))
        XCTAssertEqual("\(title.location.line):\(title.location.column)", "9:15")
        XCTAssertEqual(title.property, "http://purl.org/dc/terms/title")
        XCTAssertTrue(first.vocabularies.contains("http://www.w3.org/ns/dcat#"))
    }

    func testSchemaOrgTurtleUnderAnotherNameIsFoundByContent() throws {
        let text = """
        @prefix : <https://schema.org/> .
        <https://example.org/a> a :Dataset ; :name "A" ; :keywords ( "x" "y" ) ;
            :creator [ a :Person ; :name "Ada Example" ; :givenName "Ada" ] ;
            :spatialCoverage [ a :Place ; :geo [ a :GeoShape ; :box "1 2 3 4" ] ] .
        <https://example.org/b> a :Dataset ; :name "B" .
        """
        let result = try MetadataReader.read(bytes: Array(text.utf8), name: "catalogue.rdf")
        XCTAssertEqual(result.dialect, .turtle)
        XCTAssertEqual(result.records.count, 2)
        XCTAssertEqual(result.diagnostics.map(\.description), ["catalogue.rdf:1:1: warning: the name says RDF/XML but the content is Turtle; it was read as Turtle"])
        XCTAssertEqual(result.records.first?.values(.keyword), ["x", "y"])
        XCTAssertEqual(result.records.first?.first(.creator)?[FactAttribute.givenName], "Ada")
        XCTAssertEqual(result.records.first?.first(.spatialCoverage)?.value, "box 1 2 3 4")
    }

    func testNTriplesAreDetectedByContent() throws {
        let text = "<https://example.org/a> <http://purl.org/dc/terms/title> \"A\" .\n"
        let result = try MetadataReader.read(bytes: Array(text.utf8), name: "data.nt")
        XCTAssertEqual(result.format, .turtle)
        XCTAssertEqual(result.records.first?.first(.title)?.value, "A")
        let named = try MetadataReader.read(bytes: Array(text.utf8), name: "data.txt")
        XCTAssertEqual(named.format, .turtle)
    }

    func testXMLAndYAMLStayThemselves() throws {
        let xml = "<resource xmlns=\"http://datacite.org/schema/kernel-4\"><identifier identifierType=\"DOI\">10.5072/x</identifier></resource>"
        XCTAssertEqual(try MetadataReader.read(bytes: Array(xml.utf8), name: "x.ttl").format, .xml)
        let yaml = "_: underscore key\ncff-version: 1.2.0\ntitle: T\n"
        XCTAssertEqual(try MetadataReader.read(bytes: Array(yaml.utf8), name: "CITATION.cff").format, .yaml)
    }

    func testBadTurtleIsOneLineWithPosition() {
        let text = "@prefix dct: <http://purl.org/dc/terms/> .\n<https://example.org/a> dct:title \"A\" ;\n  dct:creator .\n"
        XCTAssertThrowsError(try MetadataReader.read(bytes: Array(text.utf8), name: "bad.ttl")) { error in
            XCTAssertEqual(String(describing: error), "bad.ttl:3:15: error: Turtle: expected an IRI, a prefixed name, a blank node or a literal but found '.'")
        }
    }

    func testCorpusTurtleFiles() throws {
        let corpus = try ReadingFixtures.corpus()
        let dcat = try MetadataReader.read(path: corpus.appendingPathComponent("other/dcat_turtle_dxwg_basic-example.ttl").path)
        XCTAssertEqual(dcat.dialect, .dcat)
        XCTAssertFalse(dcat.records.isEmpty)
        XCTAssertTrue(dcat.records.allSatisfy { $0.has(.title) })
        let schema = try MetadataReader.read(path: corpus.appendingPathComponent("bad/schemaorg__odis_acma-catalogue.rdf").path)
        XCTAssertGreaterThan(schema.records.count, 10)
        XCTAssertTrue(schema.records.allSatisfy { $0.has(.title) && $0.has(.description) })
    }
}
