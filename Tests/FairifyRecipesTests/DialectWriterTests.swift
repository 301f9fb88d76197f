@testable import FairifyRecipes
import FairifyModel
import XCTest

/// Edge cases of the Dublin Core, DCAT and Turtle writers that the recipe examples do not show.
final class DialectWriterTests: XCTestCase {
    func run(_ id: String, _ text: String, _ params: [String: String] = [:], record: Int? = nil) throws -> String {
        let request = RecipeRequest(recipe: try RecipeCatalog.recipe(id), params: RecipeParameterValues(params))
        return String(decoding: try RecipeRunner.apply([request], to: Array(text.utf8), file: "t", record: record).bytes, as: UTF8.self)
    }

    func testAWordInProseIsNotTakenForALicence() throws {
        let dc = """
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:rights>Copyright 2020 MIT, all rights reserved</dc:rights>
        </oai_dc:dc>
        """
        XCTAssertEqual(try run("license-spdx-iri", dc), dc)
    }

    func testAMissingPrefixIsDeclaredOnceForAllRecords() throws {
        let rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#">
          <dcat:Dataset rdf:about="https://example.org/a">
            <dcat:keyword>a</dcat:keyword>
          </dcat:Dataset>
          <dcat:Dataset rdf:about="https://example.org/b">
            <dcat:keyword>b</dcat:keyword>
          </dcat:Dataset>
        </rdf:RDF>
        """
        let out = try run("add-license", rdf, ["license": "CC0-1.0"])
        XCTAssertEqual(out.components(separatedBy: "xmlns:dct=").count, 2, out)
        XCTAssertEqual(out.components(separatedBy: "<dct:license rdf:resource=\"https://spdx.org/licenses/CC0-1.0\"/>").count, 3, out)
        XCTAssertNoThrow(try XMLValidation.checkWellFormed(Array(out.utf8), file: "t"))
        let second = try run("add-license", rdf, ["license": "CC0-1.0"], record: 2)
        XCTAssertEqual(second.components(separatedBy: "<dct:license").count, 2, "only record 2: \(second)")
    }

    func testATypedDescriptionIsADataset() throws {
        let rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
          <rdf:Description rdf:about="https://example.org/a">
            <rdf:type rdf:resource="http://www.w3.org/ns/dcat#Dataset"/>
            <dct:license>CC BY 4.0</dct:license>
          </rdf:Description>
        </rdf:RDF>
        """
        XCTAssertEqual(try run("license-spdx-iri", rdf), rdf.replacingOccurrences(of: "<dct:license>CC BY 4.0</dct:license>", with: "<dct:license rdf:resource=\"https://spdx.org/licenses/CC-BY-4.0\"/>"))
    }

    func testTurtleKeepsCommentsAndLongLiterals() throws {
        let ttl = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        # a comment with "quotes" and a ; semicolon
        <https://example.org/d> a dcat:Dataset ;
            dct:description \"\"\"Two lines ; with "quotes"
        and a . full stop\"\"\"@en ;
            dct:license "CC0-1.0" .

        """
        let out = try run("license-spdx-iri", ttl)
        XCTAssertEqual(out, ttl.replacingOccurrences(of: "dct:license \"CC0-1.0\"", with: "dct:license <https://spdx.org/licenses/CC0-1.0>"))
    }
}
