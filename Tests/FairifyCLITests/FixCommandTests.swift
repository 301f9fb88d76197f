import Foundation
import XCTest

/// `fairify recipes`, `plan` and `fix` as a user runs them.
final class FixCommandTests: ScratchFolderTestCase {
    static let record = """
    {
      "@context": "http://schema.org",
      "@type": "Dataset",
      "name": "Soil moisture readings",
      "identifier": "doi:10.5072/soil",
      "creator": {"@type": "Person", "name": "Garcia, Ana"},
      "license": "CC BY 4.0"
    }

    """

    func write(_ text: String, _ name: String = "record.jsonld") throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testDryRunPrintsDiffAndWritesNothing() throws {
        let path = try write(Self.record)
        let result = try CLI.run(["fix", path, "--all-safe"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("-  \"@context\": \"http://schema.org\","), result.stdout)
        XCTAssertTrue(result.stdout.contains("+  \"@context\": \"https://schema.org/\","), result.stdout)
        XCTAssertTrue(result.stdout.contains("+  \"identifier\": \"https://doi.org/10.5072/soil\","), result.stdout)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), Self.record)
    }

    func testWriteThenSecondRunChangesNothing() throws {
        let path = try write(Self.record)
        let first = try CLI.run(["fix", path, "--all-safe", "--write", "--backup"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertNotEqual(written, Self.record)
        XCTAssertTrue(written.contains("\"license\": \"https://spdx.org/licenses/CC-BY-4.0\""), written)
        XCTAssertEqual(try String(contentsOfFile: path + ".orig", encoding: .utf8), Self.record)
        let second = try CLI.run(["fix", path, "--all-safe", "--write"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("no changes"), second.stdout)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), written)
    }

    func testOutputPathLeavesInputAlone() throws {
        let path = try write(Self.record)
        let out = folder.appendingPathComponent("fixed.jsonld").path
        let result = try CLI.run(["fix", path, "--recipe", "add-orcid", "--set", "orcid=0000-0002-1825-0097", "-o", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), Self.record)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains("https://orcid.org/0000-0002-1825-0097"))
    }

    func testBadParameterExitsTwoAndWritesNothing() throws {
        let path = try write(Self.record)
        for args in [["--recipe", "add-orcid", "--set", "orcid=0000-0002-1825-0098"], ["--recipe", "add-license", "--set", "license=Not A Licence"],
                     ["--recipe", "no-such-recipe"], ["--recipe", "add-orcid"]] {
            let result = try CLI.run(["fix", path, "--write"] + args)
            XCTAssertEqual(result.status, 2, "\(args): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.contains("error") }.count, 1, result.stderr)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), Self.record, "\(args) changed the file")
        }
    }

    func testUnsupportedFormatIsOneLineError() throws {
        let path = try write("<?xml version=\"1.0\"?>\n<codeBook xmlns=\"ddi:codebook:2_5\"><stdyDscr><citation><titlStmt><titl>Survey</titl></titlStmt></citation></stdyDscr></codeBook>\n", "codebook.xml")
        let result = try CLI.run(["fix", path, "--all-safe"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("error: fairify fix patches"), result.stderr)
    }

    func testYAMLCommentsSurvive() throws {
        let text = "# provenance notes stay\n\"@context\": https://schema.org/\n\"@type\": Dataset\nname: Soil  # title\nlicense: MIT\n"
        let path = try write(text, "record.yaml")
        let result = try CLI.run(["fix", path, "--all-safe", "--write"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("# provenance notes stay\n"), written)
        XCTAssertTrue(written.contains("name: Soil  # title\nlicense: https://spdx.org/licenses/MIT\n"), written)
    }

    func testRecipesListingAndFilter() throws {
        let all = try CLI.run(["recipes"])
        XCTAssertEqual(all.status, 0)
        XCTAssertTrue(all.stdout.contains("doi-canonical"))
        let filtered = try CLI.run(["recipes", "--indicator", "FsF-R1.1-01M", "--format", "json"])
        XCTAssertEqual(filtered.status, 0)
        let json = try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [String: Any]
        let ids = (json?["recipes"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        XCTAssertTrue(ids.contains("license-spdx-iri") && ids.contains("add-license"), "\(ids)")
        XCTAssertFalse(ids.contains("doi-canonical"))
    }

    func testPlanListsSafeRecipesWithCommands() throws {
        let path = try write(Self.record)
        let result = try CLI.run(["plan", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("fairify fix \(path) --recipe schemaorg-context"), result.stdout)
        XCTAssertTrue(result.stdout.contains("--all-safe"), result.stdout)
        XCTAssertLessThan(result.stdout.range(of: "[safe]")!.lowerBound, result.stdout.range(of: "[needs-input]")?.lowerBound ?? result.stdout.endIndex)
    }

    func testDataCiteFixKeepsCommentsAndPrefixes() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- keep me -->
        <dc:resource xmlns:dc="http://datacite.org/schema/kernel-4">
          <dc:identifier identifierType="DOI">doi:10.5072/x</dc:identifier>
          <dc:creators><dc:creator><dc:creatorName>Garcia, Ana</dc:creatorName></dc:creator></dc:creators>
          <dc:titles><dc:title>T</dc:title></dc:titles>
          <dc:publisher>P</dc:publisher>
          <dc:publicationYear>2023</dc:publicationYear>
          <dc:resourceType resourceTypeGeneral="Dataset"/>
        </dc:resource>

        """
        let path = try write(xml, "record.xml")
        let result = try CLI.run(["fix", path, "--all-safe", "--recipe", "add-license", "--set", "license=CC-BY-4.0", "--write"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.contains("<!-- keep me -->"))
        XCTAssertTrue(written.contains("<dc:identifier identifierType=\"DOI\">10.5072/x</dc:identifier>"), written)
        XCTAssertTrue(written.contains("<dc:rightsList>"), written)
        XCTAssertTrue(written.contains("<dc:givenName>Ana</dc:givenName>"), written)
    }

    func testConvertSaysWhatTheTargetCannotHold() throws {
        let example = CLI.packageRoot.appendingPathComponent("Examples/datacite-rich.xml").path
        guard FileManager.default.fileExists(atPath: example) else { throw XCTSkip("Examples/datacite-rich.xml missing") }
        let result = try CLI.run(["convert", example, "--to", "dcat-jsonld"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"dcat:Dataset\""), result.stdout)
        XCTAssertTrue(result.stderr.contains("note: dcat-jsonld cannot hold"), result.stderr)
        let bad = try CLI.run(["convert", example, "--to", "marc21"])
        XCTAssertEqual(bad.status, 2)
    }

    func testParamsFileAndStandardInput() throws {
        let params = try write("orcid: 0000-0002-1825-0097\nlicense: CC0-1.0\n", "params.yaml")
        let result = try CLI.run(["fix", "-", "--recipe", "add-orcid,add-license", "--params", params], stdin: #"{"@context": "https://schema.org/", "@type": "Dataset", "creator": {"name": "A B"}}"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("https://orcid.org/0000-0002-1825-0097"), result.stdout)
        XCTAssertTrue(result.stdout.contains("+\"license\": \"https://spdx.org/licenses/CC0-1.0\"") || result.stdout.contains("\"license\": \"https://spdx.org/licenses/CC0-1.0\""), result.stdout)
    }

    func testLandingPageJSONLDBlockIsPatchedInPlace() throws {
        let page = """
        <!DOCTYPE html>
        <html><head><title>Soil</title>
        <script type="application/ld+json">
        {"@context": "http://schema.org", "@type": "Dataset", "name": "Soil", "license": "CC0-1.0"}
        </script></head>
        <body><p>Soil moisture &amp; more</p></body></html>

        """
        let path = try write(page, "index.html")
        let result = try CLI.run(["fix", path, "--all-safe", "--write"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.contains(#""@context": "https://schema.org/""#), written)
        XCTAssertTrue(written.contains(#""license": "https://spdx.org/licenses/CC0-1.0""#), written)
        XCTAssertTrue(written.hasSuffix("</script></head>\n<body><p>Soil moisture &amp; more</p></body></html>\n"), written)
        XCTAssertTrue(try CLI.run(["fix", path, "--all-safe"]).stdout.contains("no changes"))
    }
}
