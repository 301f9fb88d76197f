import FairifyFormats
import FairifyModel
import XCTest

final class DataCiteXMLReaderTests: XCTestCase {
    static let kernel4 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4.3/metadata.xsd">
      <identifier identifierType="DOI">10.1234/abc</identifier>
      <creators>
        <creator>
          <creatorName nameType="Personal">Doe, Jane</creatorName>
          <givenName>Jane</givenName><familyName>Doe</familyName>
          <nameIdentifier nameIdentifierScheme="ORCID" schemeURI="https://orcid.org">0000-0002-1825-0097</nameIdentifier>
          <affiliation affiliationIdentifier="https://ror.org/02mhbdp94" affiliationIdentifierScheme="ROR">Example University</affiliation>
        </creator>
      </creators>
      <titles><title xml:lang="en">Tide gauges</title><title titleType="Subtitle">2020</title></titles>
      <publisher>Example Repository</publisher>
      <publicationYear>2021</publicationYear>
      <resourceType resourceTypeGeneral="Dataset">Measurements</resourceType>
      <subjects>
        <subject>sea level</subject>
        <subject subjectScheme="GCMD" schemeURI="https://gcmd.earthdata.nasa.gov/kms" valueURI="https://gcmd.example/oceans">Oceans</subject>
      </subjects>
      <contributors><contributor contributorType="ContactPerson"><contributorName>Roe, Rick</contributorName></contributor></contributors>
      <dates><date dateType="Created">2020-01-01</date><date dateType="Updated">2021-02-03</date><date dateType="Collected">2019-01-01/2019-12-31</date></dates>
      <language>en</language>
      <alternateIdentifiers><alternateIdentifier alternateIdentifierType="URL">https://example.org/data/1</alternateIdentifier></alternateIdentifiers>
      <relatedIdentifiers>
        <relatedIdentifier relatedIdentifierType="DOI" relationType="IsDerivedFrom">10.5555/source</relatedIdentifier>
        <relatedIdentifier relatedIdentifierType="URL" relationType="IsCitedBy">https://example.org/paper</relatedIdentifier>
      </relatedIdentifiers>
      <sizes><size>12 MB</size></sizes>
      <formats><format>text/csv</format></formats>
      <version>1.2</version>
      <rightsList>
        <rights rightsURI="https://creativecommons.org/licenses/by/4.0/legalcode" rightsIdentifier="CC-BY-4.0" rightsIdentifierScheme="SPDX">CC BY 4.0</rights>
        <rights rightsURI="info:eu-repo/semantics/openAccess">Open access</rights>
      </rightsList>
      <descriptions><description descriptionType="Abstract">Hourly sea level.</description><description descriptionType="Methods">Radar gauges.</description></descriptions>
      <geoLocations><geoLocation><geoLocationPlace>North Sea</geoLocationPlace>
        <geoLocationPoint><pointLongitude>3.1</pointLongitude><pointLatitude>55.2</pointLatitude></geoLocationPoint></geoLocation></geoLocations>
      <fundingReferences><fundingReference><funderName>EU</funderName>
        <funderIdentifier funderIdentifierType="Crossref Funder ID">https://doi.org/10.13039/501100000780</funderIdentifier>
        <awardNumber>123</awardNumber><awardTitle>Seas</awardTitle></fundingReference></fundingReferences>
    </resource>
    """

    func testKernel4MapsOntoFacts() throws {
        let result = try XMLTestSupport.read(Self.kernel4, file: "dc4.xml")
        XCTAssertEqual(result.dialect, .dataCiteXML)
        XCTAssertEqual(result.format, .xml)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.dialectVersion, "4.3")
        XCTAssertEqual(record.types, ["Dataset"])
        XCTAssertEqual(record.vocabularies, ["http://datacite.org/schema/kernel-4"])
        let identifier = try XCTUnwrap(record.first(.identifier))
        XCTAssertEqual(identifier.value, "10.1234/abc")
        XCTAssertEqual(identifier["scheme"], "doi")
        XCTAssertEqual(identifier.location.line, 4)
        XCTAssertEqual(identifier.location.column, 3)
        XCTAssertEqual(identifier.location.path, "/resource/identifier")
        XCTAssertEqual(record.facts(.identifier).map { $0["scheme"] }, ["doi", "url"])
        let creator = try XCTUnwrap(record.first(.creator))
        XCTAssertEqual(creator.value, "Doe, Jane")
        XCTAssertEqual(creator["orcid"], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(creator["ror"], "https://ror.org/02mhbdp94")
        XCTAssertEqual(creator["affiliation"], "Example University")
        XCTAssertEqual(creator["agentType"], "person")
        XCTAssertEqual(record.values(.title), ["Tide gauges", "2020"])
        XCTAssertEqual(record.facts(.title).map(\.location.path), ["/resource/titles/title[1]", "/resource/titles/title[2]"])
        XCTAssertEqual(record.values(.publisher), ["Example Repository"])
        XCTAssertEqual(record.values(.dateIssued), ["2021"])
        XCTAssertEqual(record.values(.dateCreated), ["2020-01-01"])
        XCTAssertEqual(record.values(.dateModified), ["2021-02-03"])
        XCTAssertEqual(record.values(.temporalCoverage), ["2019-01-01/2019-12-31"])
        XCTAssertEqual(record.values(.keyword), ["sea level"])
        XCTAssertEqual(record.first(.subject)?["termIRI"], "https://gcmd.example/oceans")
        XCTAssertEqual(record.first(.subject)?["scheme"], "GCMD")
        XCTAssertEqual(record.first(.contributor)?["role"], "ContactPerson")
        XCTAssertEqual(record.values(.language), ["en"])
        XCTAssertEqual(record.values(.version), ["1.2"])
        XCTAssertEqual(record.first(.license)?["spdx"], "CC-BY-4.0")
        XCTAssertEqual(record.first(.license)?["iri"], "https://creativecommons.org/licenses/by/4.0/legalcode")
        XCTAssertEqual(record.first(.accessRights)?["isOpen"], "true")
        XCTAssertEqual(record.facts(.relatedResource).count, 2)
        XCTAssertEqual(record.facts(.provenance).map { $0["relationType"] }, ["wasDerivedFrom", "Methods"])
        XCTAssertEqual(record.facts(.distribution).compactMap { $0["mediaType"] }, ["text/csv"])
        XCTAssertEqual(record.facts(.distribution).compactMap { $0["size"] }, ["12 MB"])
        XCTAssertEqual(record.values(.spatialCoverage), ["North Sea; point 55.2 3.1"])
        let funding = try XCTUnwrap(record.first(.funding))
        XCTAssertEqual(funding["awardNumber"], "123")
        XCTAssertEqual(funding["funderIdentifier"], "https://doi.org/10.13039/501100000780")
        XCTAssertEqual(record.first(.conformsTo)?["schemaVersion"], "4.3")
        XCTAssertEqual(record.values(.resourceType), ["Dataset"])
    }

    func testOAIPMHListRecordsGivesOneRecordPerPayload() throws {
        let payload = { (doi: String) in
            "<resource xmlns=\"http://datacite.org/schema/kernel-3\"><identifier identifierType=\"DOI\">\(doi)</identifier></resource>"
        }
        let text = """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2020-01-01</responseDate>
        <request verb="ListRecords" metadataPrefix="oai_datacite">https://oai.example/</request>
        <ListRecords>
          <record><header><identifier>oai:x:1</identifier><datestamp>2020-01-01</datestamp></header>
            <metadata><oai_datacite xmlns="http://schema.datacite.org/oai/oai-1.0/"><schemaVersion>3</schemaVersion>
              <payload>\(payload("10.1/a"))</payload></oai_datacite></metadata></record>
          <record><header status="deleted"><identifier>oai:x:2</identifier></header></record>
          <record><header><identifier>oai:x:3</identifier></header><metadata>\(payload("10.1/b"))</metadata></record>
        </ListRecords></OAI-PMH>
        """
        let result = try XMLTestSupport.read(text)
        XCTAssertEqual(result.dialect, .dataCiteXML)
        XCTAssertEqual(result.records.map { $0.first(.identifier)?.value }, ["10.1/a", "10.1/b"])
        XCTAssertEqual(result.records.map(\.index), [0, 1])
        XCTAssertEqual(result.records.map { $0.first(.metadataIdentifier)?.value }, ["oai:x:1", "oai:x:3"])
        XCTAssertEqual(result.records[0].first(.metadataDate)?.value, "2020-01-01")
        XCTAssertEqual(result.records[0].dialectVersion, "3")
        XCTAssertEqual(result.diagnostics.count, 1)
    }

    func testUnrecognisedVocabularyIsAnError() {
        XCTAssertThrowsError(try XMLTestSupport.read("<?xml version=\"1.0\"?>\n<foo xmlns=\"urn:nothing\"/>", file: "f.xml")) { error in
            XCTAssertEqual(String(describing: error), "f.xml:2:1: error: unrecognised XML vocabulary <foo> in namespace urn:nothing")
        }
    }

    func testCorpusDataCiteFiles() throws {
        let files = try XMLTestSupport.corpusFiles("datacite-xml")
        XCTAssertGreaterThan(files.count, 10)
        for file in files {
            let result = try XMLTestSupport.readFile(file)
            XCTAssertEqual(result.dialect, .dataCiteXML, file.lastPathComponent)
            XCTAssertGreaterThanOrEqual(result.records.count, 1, file.lastPathComponent)
            for record in result.records {
                XCTAssertTrue(record.has(.identifier) || file.lastPathComponent.contains("junk"), file.lastPathComponent)
                XCTAssertTrue(record.has(.title), file.lastPathComponent)
                XCTAssertNotNil(record.dialectVersion, file.lastPathComponent)
                XCTAssertTrue(record.facts.allSatisfy { $0.location.line > 0 && $0.location.path != nil }, file.lastPathComponent)
            }
        }
    }

    func testCorpusBadDataCiteFilesStillRead() throws {
        let url = try XMLTestSupport.corpus("bad")
        for name in ["datacite-xml__bolognese_datacite_blank_publisher.xml", "datacite-xml__bolognese_datacite_missing_creator.xml",
                     "datacite-xml__bolognese_datacite_malformed_creator.xml"] {
            let result = try XMLTestSupport.readFile(url.appendingPathComponent(name))
            XCTAssertEqual(result.records.count, 1, name)
        }
        let blank = try XMLTestSupport.readFile(url.appendingPathComponent("datacite-xml__bolognese_datacite_blank_publisher.xml"))
        XCTAssertFalse(blank.records[0].has(.publisher))
        let missing = try XMLTestSupport.readFile(url.appendingPathComponent("datacite-xml__bolognese_datacite_missing_creator.xml"))
        XCTAssertFalse(missing.records[0].has(.creator))
    }
}
