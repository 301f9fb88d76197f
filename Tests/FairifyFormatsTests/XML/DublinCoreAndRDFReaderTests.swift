import FairifyFormats
import FairifyModel
import XCTest

final class DublinCoreAndRDFReaderTests: XCTestCase {
    func testOAIDublinCore() throws {
        let record = try XMLTestSupport.record("""
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title xml:lang="en">Bird counts</dc:title>
          <dc:creator>Doe, Jane</dc:creator>
          <dc:identifier>https://doi.org/10.1234/birds</dc:identifier>
          <dc:subject>ornithology</dc:subject>
          <dc:rights>https://creativecommons.org/licenses/by/4.0/</dc:rights>
          <dc:rights>info:eu-repo/semantics/openAccess</dc:rights>
          <dc:type>Dataset</dc:type>
          <dc:date>2020</dc:date>
        </oai_dc:dc>
        """)
        XCTAssertEqual(record.dialect, .dublinCore)
        XCTAssertEqual(record.values(.title), ["Bird counts"])
        XCTAssertEqual(record.first(.title)?["language"], "en")
        XCTAssertEqual(record.first(.title)?.location.path, "/oai_dc:dc/dc:title")
        XCTAssertEqual(record.first(.title)?.property, "http://purl.org/dc/elements/1.1/title")
        XCTAssertEqual(record.first(.identifier)?["scheme"], "doi")
        XCTAssertEqual(record.values(.creator), ["Doe, Jane"])
        XCTAssertEqual(record.values(.keyword), ["ornithology"])
        XCTAssertEqual(record.values(.license), ["https://creativecommons.org/licenses/by/4.0/"])
        XCTAssertEqual(record.first(.accessRights)?["isOpen"], "true")
        XCTAssertEqual(record.types, ["Dataset"])
        XCTAssertEqual(record.values(.conformsTo), ["OAI-PMH oai_dc"])
    }

    func testCSWRecordWithBoundingBox() throws {
        let record = try XMLTestSupport.record("""
        <csw:Record xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:dct="http://purl.org/dc/terms/" xmlns:ows="http://www.opengis.net/ows">
          <dc:identifier>rec-1</dc:identifier><dc:title>Coast</dc:title><dct:abstract>Shoreline.</dct:abstract>
          <dct:modified>2021-01-01</dct:modified>
          <ows:BoundingBox crs="EPSG:4326"><ows:LowerCorner>1 2</ows:LowerCorner><ows:UpperCorner>3 4</ows:UpperCorner></ows:BoundingBox>
        </csw:Record>
        """)
        XCTAssertEqual(record.values(.description), ["Shoreline."])
        XCTAssertEqual(record.values(.dateModified), ["2021-01-01"])
        XCTAssertEqual(record.values(.spatialCoverage), ["box 1 2 3 4"])
        XCTAssertEqual(record.first(.identifier)?["scheme"], "local")
    }

    static let catalogue = """
    <?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
        xmlns:dct="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#"
        xmlns:spdx="http://spdx.org/rdf/terms#">
      <dcat:Catalog rdf:about="https://cat.example/">
        <dct:title>Example catalogue</dct:title>
        <dct:publisher><foaf:Organization><foaf:name>Cat Org</foaf:name></foaf:Organization></dct:publisher>
        <dcat:dataset>
          <dcat:Dataset rdf:about="https://cat.example/ds/1">
            <dct:title xml:lang="en">First</dct:title>
            <dct:identifier>https://doi.org/10.1234/one</dct:identifier>
            <dcat:keyword>rain</dcat:keyword>
            <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/data-theme/ENVI"/>
            <dct:creator rdf:resource="https://orcid.org/0000-0002-1825-0097"/>
            <dct:temporal rdf:parseType="Resource"><dcat:startDate>2020-01-01</dcat:startDate><dcat:endDate>2020-12-31</dcat:endDate></dct:temporal>
            <dcat:distribution rdf:nodeID="d1"/>
          </dcat:Dataset>
        </dcat:dataset>
        <dcat:dataset rdf:resource="https://cat.example/ds/2"/>
      </dcat:Catalog>
      <rdf:Description rdf:nodeID="d1">
        <rdf:type rdf:resource="http://www.w3.org/ns/dcat#Distribution"/>
        <dcat:downloadURL rdf:resource="https://cat.example/ds/1.csv"/>
        <dcat:mediaType rdf:resource="https://www.iana.org/assignments/media-types/text/csv"/>
        <dcat:byteSize rdf:datatype="http://www.w3.org/2001/XMLSchema#decimal">1024</dcat:byteSize>
        <dct:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>
        <spdx:checksum><spdx:Checksum><spdx:checksumValue>abc</spdx:checksumValue>
          <spdx:algorithm rdf:resource="http://spdx.org/rdf/terms#checksumAlgorithm_sha1"/></spdx:Checksum></spdx:checksum>
      </rdf:Description>
      <dcat:Dataset rdf:about="https://cat.example/ds/2" dct:title="Second">
        <dcat:contactPoint><vcard:Organization><vcard:fn>Help desk</vcard:fn><vcard:hasEmail rdf:resource="mailto:help@cat.example"/></vcard:Organization></dcat:contactPoint>
        <dct:accessRights rdf:resource="http://publications.europa.eu/resource/authority/access-right/PUBLIC"/>
      </dcat:Dataset>
      <dcat:CatalogRecord rdf:about="https://cat.example/record/1">
        <foaf:primaryTopic rdf:resource="https://cat.example/ds/1"/>
        <dct:modified>2022-02-02</dct:modified>
      </dcat:CatalogRecord>
    </rdf:RDF>
    """

    func testDCATCatalogueGivesOneRecordPerDataset() throws {
        let result = try XMLTestSupport.read(Self.catalogue, file: "cat.rdf")
        XCTAssertEqual(result.dialect, .dcat)
        XCTAssertEqual(result.records.count, 2)
        let first = result.records[0]
        XCTAssertEqual(first.values(.identifier), ["https://cat.example/ds/1", "https://doi.org/10.1234/one"])
        XCTAssertEqual(first.facts(.identifier).map { $0["scheme"] }, ["url", "doi"])
        XCTAssertEqual(first.values(.title), ["First"])
        XCTAssertEqual(first.values(.keyword), ["rain"])
        XCTAssertEqual(first.first(.subject)?["termIRI"], "http://publications.europa.eu/resource/authority/data-theme/ENVI")
        XCTAssertEqual(first.first(.creator)?["orcid"], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(first.values(.temporalCoverage), ["2020-01-01/2020-12-31"])
        let distribution = try XCTUnwrap(first.first(.distribution))
        XCTAssertEqual(distribution["url"], "https://cat.example/ds/1.csv")
        XCTAssertEqual(distribution["mediaType"], "text/csv")
        XCTAssertEqual(distribution["size"], "1024")
        XCTAssertEqual(distribution["checksum"], "abc")
        XCTAssertEqual(distribution["checksumAlgorithm"], "sha1")
        XCTAssertEqual(first.first(.license)?["spdx"], "CC-BY-4.0")
        XCTAssertEqual(first.values(.dataCatalog), ["Example catalogue"])
        XCTAssertEqual(first.values(.metadataPublisher), ["Cat Org"])
        XCTAssertEqual(first.values(.metadataIdentifier), ["https://cat.example/record/1"])
        XCTAssertEqual(first.values(.metadataDate), ["2022-02-02"])
        XCTAssertEqual(first.types, ["http://www.w3.org/ns/dcat#Dataset"])
        XCTAssertTrue(first.vocabularies.contains("http://www.w3.org/ns/dcat#"))
        XCTAssertEqual(first.first(.title)?.location.line, 10)
        let second = result.records[1]
        XCTAssertEqual(second.index, 1)
        XCTAssertEqual(second.values(.title), ["Second"])
        XCTAssertEqual(second.first(.contributor)?["email"], "help@cat.example")
        XCTAssertEqual(second.first(.contributor)?["role"], "contactPoint")
        XCTAssertEqual(second.first(.accessRights)?["isOpen"], "true")
    }

    func testGenericRDFWithoutDCATReadsTheDescribedResource() throws {
        let record = try XMLTestSupport.record("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <rdf:Description rdf:about="http://example.org/thing"><dc:title>Thing</dc:title><dc:creator>Someone</dc:creator></rdf:Description>
        </rdf:RDF>
        """)
        XCTAssertEqual(record.dialect, .rdfXML)
        XCTAssertEqual(record.values(.title), ["Thing"])
        XCTAssertEqual(record.values(.creator), ["Someone"])
    }

    func testCorpusDublinCoreAndDCAT() throws {
        for file in try XMLTestSupport.corpusFiles("dublincore") {
            let result = try XMLTestSupport.readFile(file)
            XCTAssertEqual(result.dialect, .dublinCore, file.lastPathComponent)
            XCTAssertGreaterThanOrEqual(result.records.count, 1, file.lastPathComponent)
            XCTAssertTrue(result.records.allSatisfy { $0.has(.title) && $0.has(.identifier) }, file.lastPathComponent)
        }
        for file in try XMLTestSupport.corpusFiles("dcat", suffix: ".rdf") {
            let result = try XMLTestSupport.readFile(file)
            XCTAssertEqual(result.dialect, .dcat, file.lastPathComponent)
            XCTAssertGreaterThanOrEqual(result.records.count, 1, file.lastPathComponent)
            for record in result.records {
                XCTAssertTrue(record.has(.title) && record.has(.identifier) && record.has(.distribution), file.lastPathComponent)
            }
        }
        let catalog = try XMLTestSupport.readFile(try XMLTestSupport.corpus("dcat").appendingPathComponent("ckanext-dcat_catalog.rdf"))
        XCTAssertEqual(catalog.records.count, 2)
    }

    func testCSWGetRecordsResponseAndForcedDialect() throws {
        let text = """
        <csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <csw:SearchResults><csw:Record><dc:title>A</dc:title></csw:Record><csw:BriefRecord><dc:title>B</dc:title></csw:BriefRecord></csw:SearchResults>
        </csw:GetRecordsResponse>
        """
        let result = try XMLTestSupport.read(text)
        XCTAssertEqual(result.records.map { $0.first(.title)?.value }, ["A", "B"])
        var options = ReaderOptions()
        options.dialect = .dublinCore
        let forced = try XMLMetadataReader.read(bytes: Array("<meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>C</dc:title></meta>".utf8), file: "m.xml", options: options)
        XCTAssertEqual(forced.dialect, .dublinCore)
        XCTAssertEqual(forced.records.first?.values(.title), ["C"])
    }

    func testTurtleMislabelledAsRDFIsReadByContent() throws {
        let url = try XMLTestSupport.corpus("bad").appendingPathComponent("schemaorg__odis_acma-catalogue.rdf")
        let result = try MetadataReader.read(path: url.path)
        XCTAssertEqual(result.format, .turtle)
        XCTAssertGreaterThan(result.records.count, 1)
    }
}
