import FairifyFormats
import FairifyModel
import XCTest

final class EMLDDIISOReaderTests: XCTestCase {
    func testEML() throws {
        let record = try XMLTestSupport.record("""
        <eml:eml xmlns:eml="https://eml.ecoinformatics.org/eml-2.2.0" packageId="doi:10.1234/eml.1" system="https://doi.org">
          <dataset>
            <alternateIdentifier system="local">knb.1.1</alternateIdentifier>
            <title>Pond   temperatures
              over time</title>
            <creator id="c1"><individualName><givenName>Ann</givenName><surName>Lee</surName></individualName>
              <organizationName>Lake Lab</organizationName><userId directory="https://orcid.org">https://orcid.org/0000-0002-1825-0097</userId></creator>
            <pubDate>2019-05-01</pubDate>
            <abstract><para>Water temperature.</para></abstract>
            <keywordSet><keyword>limnology</keyword><keywordThesaurus>LTER</keywordThesaurus></keywordSet>
            <keywordSet><keyword>ponds</keyword></keywordSet>
            <licensed><licenseName>Creative Commons Attribution 4.0</licenseName><url>https://spdx.org/licenses/CC-BY-4.0.html</url><identifier>CC-BY-4.0</identifier></licensed>
            <coverage><temporalCoverage><rangeOfDates><beginDate><calendarDate>2018-01-01</calendarDate></beginDate>
              <endDate><calendarDate>2018-12-31</calendarDate></endDate></rangeOfDates></temporalCoverage></coverage>
            <contact><organizationName>Lake Lab</organizationName></contact>
            <project><title>Ponds</title><award><funderName>NSF</funderName><awardNumber>42</awardNumber><title>Pond award</title></award></project>
            <dataTable><entityName>t</entityName><physical><objectName>t.csv</objectName><size unit="byte">10</size>
              <authentication method="MD5">d41d8cd98f00b204e9800998ecf8427e</authentication>
              <distribution><online><url>https://example.org/t.csv</url></online></distribution></physical></dataTable>
          </dataset>
        </eml:eml>
        """)
        XCTAssertEqual(record.dialect, .eml)
        XCTAssertEqual(record.dialectVersion, "2.2.0")
        XCTAssertEqual(record.facts(.identifier).map { $0["scheme"] }, ["doi", "local"])
        XCTAssertEqual(record.values(.title), ["Pond temperatures over time"])
        XCTAssertEqual(record.first(.creator)?["orcid"], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(record.first(.creator)?["affiliation"], "Lake Lab")
        XCTAssertEqual(record.values(.dateIssued), ["2019-05-01"])
        XCTAssertEqual(record.values(.description), ["Water temperature."])
        XCTAssertEqual(record.first(.subject)?["scheme"], "LTER")
        XCTAssertEqual(record.values(.keyword), ["ponds"])
        XCTAssertEqual(record.first(.license)?["spdx"], "CC-BY-4.0")
        XCTAssertEqual(record.values(.temporalCoverage), ["2018-01-01/2018-12-31"])
        XCTAssertEqual(record.first(.funding)?["awardNumber"], "42")
        let distribution = try XCTUnwrap(record.first(.distribution))
        XCTAssertEqual(distribution["url"], "https://example.org/t.csv")
        XCTAssertEqual(distribution["checksumAlgorithm"], "MD5")
        XCTAssertEqual(distribution["size"], "10 byte")
    }

    func testDDICodebookInsideOAIPMH() throws {
        let result = try XMLTestSupport.read("""
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><GetRecord><record>
          <header><identifier>oai:ddi:1</identifier><datestamp>2020-02-02</datestamp></header>
          <metadata><codeBook xmlns="ddi:codebook:2_5" version="2.5" xml:lang="en">
            <docDscr><citation><titlStmt><titl>Doc</titl><IDNo agency="DOI">doi:10.1234/doc</IDNo></titlStmt></citation></docDscr>
            <stdyDscr><citation>
              <titlStmt><titl>Household survey</titl><IDNo agency="DOI">doi:10.1234/study</IDNo></titlStmt>
              <rspStmt><AuthEnty affiliation="Uni">Roe, Rita</AuthEnty></rspStmt>
              <distStmt><distrbtr>Archive</distrbtr><distDate date="2020-01-01"/></distStmt>
              <verStmt><version date="2020-01-01">2</version></verStmt>
            </citation>
            <stdyInfo><subject><keyword vocab="ELSST">income</keyword><keyword>households</keyword></subject>
              <abstract>About households.</abstract>
              <sumDscr><timePrd event="start" date="2019-01"/><timePrd event="end" date="2019-06"/><nation>Finland</nation></sumDscr></stdyInfo>
            <dataAccs><setAvail><avlStatus>Restricted</avlStatus></setAvail><useStmt><conditions>CC BY 4.0 licence</conditions></useStmt></dataAccs>
            </stdyDscr></codeBook></metadata></record></GetRecord></OAI-PMH>
        """)
        XCTAssertEqual(result.dialect, .ddi)
        let record = try XCTUnwrap(result.records.first)
        XCTAssertEqual(record.dialectVersion, "2.5")
        XCTAssertEqual(record.values(.title), ["Household survey"])
        XCTAssertEqual(record.first(.identifier)?["scheme"], "doi")
        XCTAssertEqual(record.values(.metadataIdentifier), ["oai:ddi:1", "doi:10.1234/doc"])
        XCTAssertEqual(record.first(.creator)?["affiliation"], "Uni")
        XCTAssertEqual(record.values(.publisher), ["Archive"])
        XCTAssertEqual(record.values(.dateIssued), ["2020-01-01"])
        XCTAssertEqual(record.values(.version), ["2"])
        XCTAssertEqual(record.first(.subject)?["scheme"], "ELSST")
        XCTAssertEqual(record.values(.keyword), ["households"])
        XCTAssertEqual(record.values(.temporalCoverage), ["2019-01/2019-06"])
        XCTAssertEqual(record.values(.spatialCoverage), ["Finland"])
        XCTAssertEqual(record.values(.accessRights), ["Restricted"])
        XCTAssertEqual(record.values(.license), ["CC BY 4.0 licence"])
        XCTAssertEqual(record.values(.language), ["en"])
    }

    func testISO19139() throws {
        let record = try XMLTestSupport.record("""
        <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco"
            xmlns:gmx="http://www.isotc211.org/2005/gmx" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gml="http://www.opengis.net/gml">
          <gmd:fileIdentifier><gco:CharacterString>0f8b3c1e-7c2a-4d6e-9a55-1d2e3f4a5b6c</gco:CharacterString></gmd:fileIdentifier>
          <gmd:contact><gmd:CI_ResponsibleParty><gmd:organisationName><gco:CharacterString>Geo Agency</gco:CharacterString></gmd:organisationName>
            <gmd:role><gmd:CI_RoleCode codeListValue="pointOfContact"/></gmd:role></gmd:CI_ResponsibleParty></gmd:contact>
          <gmd:dateStamp><gco:DateTime>2020-03-03T10:00:00</gco:DateTime></gmd:dateStamp>
          <gmd:metadataStandardName><gco:CharacterString>ISO 19115:2003/19139</gco:CharacterString></gmd:metadataStandardName>
          <gmd:metadataStandardVersion><gco:CharacterString>1.0</gco:CharacterString></gmd:metadataStandardVersion>
          <gmd:identificationInfo><gmd:MD_DataIdentification>
            <gmd:citation><gmd:CI_Citation>
              <gmd:title><gco:CharacterString>Rivers</gco:CharacterString></gmd:title>
              <gmd:date><gmd:CI_Date><gmd:date><gco:Date>2019-01-01</gco:Date></gmd:date>
                <gmd:dateType><gmd:CI_DateTypeCode codeListValue="publication"/></gmd:dateType></gmd:CI_Date></gmd:date>
              <gmd:identifier><gmd:MD_Identifier><gmd:code><gco:CharacterString>https://doi.org/10.1234/rivers</gco:CharacterString></gmd:code></gmd:MD_Identifier></gmd:identifier>
              <gmd:citedResponsibleParty><gmd:CI_ResponsibleParty>
                <gmd:individualName><gmx:Anchor xlink:href="https://orcid.org/0000-0002-1825-0097">Jo Bloggs</gmx:Anchor></gmd:individualName>
                <gmd:role><gmd:CI_RoleCode codeListValue="author"/></gmd:role></gmd:CI_ResponsibleParty></gmd:citedResponsibleParty>
            </gmd:CI_Citation></gmd:citation>
            <gmd:abstract><gco:CharacterString>River network.</gco:CharacterString></gmd:abstract>
            <gmd:descriptiveKeywords><gmd:MD_Keywords><gmd:keyword><gco:CharacterString>hydrography</gco:CharacterString></gmd:keyword></gmd:MD_Keywords></gmd:descriptiveKeywords>
            <gmd:resourceConstraints><gmd:MD_LegalConstraints><gmd:otherConstraints>
              <gmx:Anchor xlink:href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</gmx:Anchor></gmd:otherConstraints></gmd:MD_LegalConstraints></gmd:resourceConstraints>
            <gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>
              <gmd:westBoundLongitude><gco:Decimal>1</gco:Decimal></gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>2</gco:Decimal></gmd:eastBoundLongitude>
              <gmd:southBoundLatitude><gco:Decimal>3</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude><gco:Decimal>4</gco:Decimal></gmd:northBoundLatitude>
            </gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></gmd:extent>
          </gmd:MD_DataIdentification></gmd:identificationInfo>
          <gmd:distributionInfo><gmd:MD_Distribution><gmd:transferOptions><gmd:MD_DigitalTransferOptions><gmd:onLine><gmd:CI_OnlineResource>
            <gmd:linkage><gmd:URL>https://example.org/rivers.zip</gmd:URL></gmd:linkage></gmd:CI_OnlineResource></gmd:onLine>
          </gmd:MD_DigitalTransferOptions></gmd:transferOptions></gmd:MD_Distribution></gmd:distributionInfo>
        </gmd:MD_Metadata>
        """)
        XCTAssertEqual(record.dialect, .iso19115)
        XCTAssertEqual(record.values(.metadataIdentifier), ["0f8b3c1e-7c2a-4d6e-9a55-1d2e3f4a5b6c"])
        XCTAssertEqual(record.values(.metadataPublisher), ["Geo Agency"])
        XCTAssertEqual(record.values(.metadataDate), ["2020-03-03T10:00:00"])
        XCTAssertEqual(record.first(.conformsTo)?["schemaVersion"], "1.0")
        XCTAssertEqual(record.values(.title), ["Rivers"])
        XCTAssertEqual(record.values(.dateIssued), ["2019-01-01"])
        XCTAssertEqual(record.first(.identifier)?["scheme"], "doi")
        XCTAssertEqual(record.first(.creator)?["orcid"], "https://orcid.org/0000-0002-1825-0097")
        XCTAssertEqual(record.values(.description), ["River network."])
        XCTAssertEqual(record.values(.keyword), ["hydrography"])
        XCTAssertEqual(record.first(.license)?["spdx"], "CC-BY-4.0")
        XCTAssertEqual(record.values(.spatialCoverage), ["box 3 1 4 2"])
        XCTAssertEqual(record.first(.distribution)?["url"], "https://example.org/rivers.zip")
    }

    func testCorpusEMLDDIAndISO() throws {
        for file in try XMLTestSupport.corpusFiles("ddi") + XMLTestSupport.corpusFiles("eml") {
            let result = try XMLTestSupport.readFile(file)
            XCTAssertEqual(result.records.count, 1, file.lastPathComponent)
            XCTAssertTrue(result.records[0].has(.title), file.lastPathComponent)
        }
        let iso = try XMLTestSupport.readFile(try XMLTestSupport.corpus("other").appendingPathComponent("iso19139_semic_basic_dataset_input.xml"))
        XCTAssertEqual(iso.dialect, .iso19115)
        let record = try XCTUnwrap(iso.records.first)
        XCTAssertTrue(record.has(.title) && record.has(.identifier) && record.has(.metadataIdentifier) && record.has(.distribution))
    }

    func testCorpusBadXMLFilesAreReadOrRefusedOnOneLine() throws {
        let bad = try XMLTestSupport.corpus("bad")
        let names = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { $0.hasSuffix(".xml") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        for name in names {
            do {
                _ = try XMLTestSupport.readFile(bad.appendingPathComponent(name))
            } catch {
                XCTAssertTrue(String(describing: error).hasPrefix(name + ":"), String(describing: error))
                XCTAssertFalse(String(describing: error).contains("\n"))
            }
        }
        let missing = try XMLTestSupport.readFile(bad.appendingPathComponent("ddi__cessda_oaipmh-missing-metadata.xml"))
        XCTAssertEqual(missing.records.count, 0)
        XCTAssertEqual(missing.dialect, .ddi)
        XCTAssertEqual(missing.diagnostics.count, 1)
    }
}
