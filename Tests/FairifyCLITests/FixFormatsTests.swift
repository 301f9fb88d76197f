import Foundation
import XCTest

/// `fix` on the formats added for issue 4: catalogues record by record, `--record`, every
/// example written twice, and the unsafe recipe kept out of `--all-safe`.
final class FixFormatsTests: ScratchFolderTestCase {
    func copy(_ example: String) throws -> String {
        let source = CLI.packageRoot.appendingPathComponent("Examples").appendingPathComponent(example)
        let target = folder.appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: target)
        return target.path
    }

    func testEveryExampleIsWrittenOnceAndThenLeftAlone() throws {
        for example in ["dcat-catalogue.rdf", "dublin-core-oai.xml", "eml.xml", "iso19139.xml", "datapackage.json", "records.jsonl", "dcat-dataset.ttl"] {
            let path = try copy(example)
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let first = try CLI.run(["fix", path, "--all-safe", "--write"])
            XCTAssertEqual(first.status, 0, "\(example): \(first.stderr)")
            XCTAssertTrue(first.stdout.contains("↑"), "\(example): \(first.stdout)")
            XCTAssertNotEqual(try String(contentsOfFile: path, encoding: .utf8), original, example)
            let second = try CLI.run(["fix", path, "--all-safe"])
            XCTAssertTrue(second.stdout.contains("no changes"), "\(example): \(second.stdout)")
        }
    }

    func testCatalogueScoresEachRecordAndRecordSelectsOne() throws {
        let path = try copy("dcat-catalogue.rdf")
        let all = try CLI.run(["fix", path, "--recipe", "add-access-rights", "--set", "access=open"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertEqual(all.stdout.components(separatedBy: "+    <dct:accessRights").count - 1, 1, "record 1 has access rights already: \(all.stdout)")
        XCTAssertTrue(all.stdout.contains("record 1 (") && all.stdout.contains("record 2 ("), all.stdout)
        let one = try CLI.run(["fix", path, "--all-safe", "--record", "2"])
        XCTAssertFalse(one.stdout.contains("doi.org/10.5072/air-quality-2023"), "record 1 must stay as it is: \(one.stdout)")
        XCTAssertTrue(one.stdout.contains("dcat:mediaType"), one.stdout)
        let bad = try CLI.run(["fix", path, "--all-safe", "--record", "3"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--record 3: this document holds 2 records"), bad.stderr)
    }

    func testPlanOnACatalogueNamesTheRecordThatNeedsInput() throws {
        let plan = try CLI.run(["plan", "Examples/dcat-catalogue.rdf"])
        XCTAssertEqual(plan.status, 0, plan.stderr)
        XCTAssertTrue(plan.stdout.contains("--recipe add-access-rights --set access=<access-rights> --record 2"), plan.stdout)
        XCTAssertTrue(plan.stdout.contains("add-distribution-mediatype [safe]  +1.5 points"), plan.stdout)
    }

    func testUnsafeRecipeRunsOnlyWhenNamed() throws {
        let path = try copy("schemaorg-rich.jsonld")
        let safe = try CLI.run(["fix", path, "--all-safe"])
        XCTAssertFalse(safe.stderr.contains("replace-license"), safe.stderr)
        let plan = try CLI.run(["plan", path])
        XCTAssertTrue(plan.stdout.contains("replace-license [unsafe]"), plan.stdout)
        let named = try CLI.run(["fix", path, "--recipe", "replace-license", "--set", "license=CC0-1.0"])
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertTrue(named.stderr.contains("warning: replace-license is unsafe"), named.stderr)
        XCTAssertTrue(named.stdout.contains("+  \"license\": \"https://spdx.org/licenses/CC0-1.0\""), named.stdout)
        let listing = try CLI.run(["recipes"])
        XCTAssertTrue(listing.stdout.contains("replace-license") && listing.stdout.contains("unsafe"), listing.stdout)
    }

    func testBadParameterOnANewFormatWritesNothing() throws {
        let path = try copy("eml.xml")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let result = try CLI.run(["fix", path, "--all-safe", "--recipe", "add-license", "--set", "license=My Own Licence", "--write"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.contains("error") }.count, 1, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
    }
}
