import Foundation
import XCTest

/// `fairify report` as a user runs it: from assessment JSON to files, with the documented exit codes.
final class ReportCommandTests: ScratchFolderTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try Self.assessment.write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
    }

    func testWritesAnHTMLReportAndABadgeFromAnAssessment() throws {
        let result = try CLI.run(["report", "--from", "a.json", "-o", "out.html", "--badge", "badge.json", "--title", "Team <data>"], cwd: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try String(contentsOf: folder.appendingPathComponent("out.html"), encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("Team &lt;data&gt;"))
        XCTAssertTrue(html.contains("fairify fix rec.jsonld --recipe identifier-doi"))
        XCTAssertFalse(html.contains("<script"))
        let badge = try String(contentsOf: folder.appendingPathComponent("badge.json"), encoding: .utf8)
        XCTAssertEqual(badge, #"{"color":"yellow","label":"FAIR","message":"67%","schemaVersion":1}"# + "\n")
        let again = try CLI.run(["report", "--from", "a.json", "--title", "Team <data>"], cwd: folder)
        XCTAssertEqual(again.stdout, html, "the same assessment gives the same bytes")
    }

    func testCIFormatsAndComparison() throws {
        let sarif = try CLI.run(["report", "--from", "a.json", "--format", "sarif"], cwd: folder)
        XCTAssertEqual(sarif.status, 0, sarif.stderr)
        XCTAssertTrue(sarif.stdout.contains("\"version\" : \"2.1.0\""))
        let github = try CLI.run(["report", "--from", "a.json", "--format", "github"], cwd: folder)
        XCTAssertTrue(github.stdout.hasPrefix("::error file=rec.jsonld,line=4,col=3,title=FsF-F1-01M Identifier is unique::"), github.stdout)
        let compare = try CLI.run(["report", "--compare", "a.json", "a.json", "-o", "c.html"], cwd: folder)
        XCTAssertEqual(compare.status, 0, compare.stderr)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("c.html"), encoding: .utf8).contains("Change per indicator"))
    }

    func testAssessesInputsDirectly() throws {
        let examples = CLI.packageRoot.appendingPathComponent("Examples")
        let rich = examples.appendingPathComponent("datacite-rich.xml").path, minimal = examples.appendingPathComponent("datacite-minimal.xml").path
        let result = try CLI.run(["report", rich, minimal, "-o", "p.html", "--pack", "fsf-0.5"], cwd: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try String(contentsOf: folder.appendingPathComponent("p.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("id=\"overview\""), "two records make a portfolio")
        XCTAssertTrue(html.contains("fairify fix "))
        let broken = folder.appendingPathComponent("broken.json")
        try "{\"title\": ".write(to: broken, atomically: true, encoding: .utf8)
        let partial = try CLI.run(["report", rich, broken.path, "-o", "q.html"], cwd: folder)
        XCTAssertEqual(partial.status, 2, "an unreadable input is exit 2, like assess")
        XCTAssertTrue(partial.stderr.contains("broken.json:"), partial.stderr)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("q.html"), encoding: .utf8).contains("Inputs that could not be read"))
    }

    func testBadInputAndUsageExitTwoWithOneLine() throws {
        try "{\"schemaVersion\": \"1.0\"}".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["report", "--from", "bad.json", "-o", "out.html"], cwd: folder)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("bad.json: error: not an assessment"), bad.stderr)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path), "nothing written on error")
        XCTAssertEqual(try CLI.run(["report", "--from", "missing.json"], cwd: folder).status, 2)
        XCTAssertEqual(try CLI.run(["report", "--compare", "a.json"], cwd: folder).status, 2)
        XCTAssertEqual(try CLI.run(["report", "--from", "a.json", "--format", "pdf"], cwd: folder).status, 2)
        XCTAssertEqual(try CLI.run(["report"], cwd: folder).status, 2)
    }

    static let assessment = #"""
{
 "assessments": [
  {
   "inputSHA256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
   "packs": [
    {
     "areas": [
      {
       "assessableTotal": 3,
       "earned": 1,
       "key": "F",
       "total": 3
      },
      {
       "assessableTotal": 2,
       "earned": 2,
       "key": "I",
       "total": 2
      }
     ],
     "levels": {},
     "metrics": [
      {
       "earned": 0,
       "id": "FsF-F1-01M",
       "maturity": 0,
       "name": "Identifier is unique",
       "principle": "F1",
       "recipes": [
        "identifier-doi"
       ],
       "status": "fail",
       "target": "metadata",
       "tests": [
        {
         "earned": 0,
         "evidence": [
          {
           "location": {
            "column": 3,
            "file": "rec.jsonld",
            "line": 4,
            "path": "/x"
           },
           "message": "found here",
           "value": "x"
          }
         ],
         "id": "FsF-F1-01M-1",
         "maturity": 3,
         "name": "Test FsF-F1-01M-1",
         "reason": "No identifier, only a title: \"<none>\", 50% & more.",
         "recipes": [
          "identifier-doi"
         ],
         "status": "fail",
         "total": 1
        }
       ],
       "total": 1
      },
      {
       "earned": 2,
       "id": "FsF-I1-01M",
       "maturity": 3,
       "name": "Formal knowledge representation",
       "principle": "I1",
       "recipes": [],
       "status": "pass",
       "target": "metadata",
       "tests": [
        {
         "earned": 2,
         "evidence": [
          {
           "location": {
            "column": 3,
            "file": "rec.jsonld",
            "line": 1,
            "path": "/x"
           },
           "message": "found here",
           "value": "x"
          }
         ],
         "id": "FsF-I1-01M-1",
         "maturity": 3,
         "name": "Test FsF-I1-01M-1",
         "reason": "JSON-LD.",
         "recipes": [],
         "status": "pass",
         "total": 2
        }
       ],
       "total": 2
      }
     ],
     "packID": "fsf-0.5",
     "packName": "FAIRsFAIR metrics",
     "packVersion": "0.5",
     "principles": [
      {
       "assessableTotal": 1,
       "earned": 0,
       "key": "F1",
       "total": 1
      },
      {
       "assessableTotal": 2,
       "earned": 2,
       "key": "I1",
       "total": 2
      }
     ],
     "total": {
      "assessableTotal": 3,
      "earned": 2,
      "key": "FAIR",
      "maturity": 0,
      "total": 3
     }
    }
   ],
   "record": {
    "dialect": "schemaorg",
    "file": "rec.jsonld",
    "format": "json-ld",
    "index": 0,
    "label": "record 0",
    "location": {
     "column": 1,
     "file": "rec.jsonld",
     "line": 1
    },
    "title": "Ocean <temperature> & salinity"
   }
  }
 ],
 "errors": [],
 "schemaVersion": "1.0",
 "tool": "fairify",
 "toolVersion": "0.1.0"
}
"""#
}
