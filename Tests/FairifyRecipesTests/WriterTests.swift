@testable import FairifyRecipes
import FairifyModel
import Foundation
import XCTest

final class WriterTests: XCTestCase {
    func testUnifiedDiffHunks() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
        let new = "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\n"
        let diff = UnifiedDiff.diff(old, new, oldName: "x", newName: "y", context: 1)
        XCTAssertEqual(diff, "--- x\n+++ y\n@@ -2,3 +2,3 @@\n b\n-c\n+C\n d\n@@ -10 +10,2 @@\n j\n+k\n")
        XCTAssertEqual(UnifiedDiff.diff("same\n", "same\n", oldName: "x", newName: "y"), "")
        XCTAssertEqual(UnifiedDiff.diff("", "a\n", oldName: "x", newName: "y"), "--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n")
    }

    func testJSONPatchKeepsTabsCRLFAndUntouchedBytes() throws {
        let text = "{\r\n\t\"name\" : \"x\",\r\n\t\"keywords\" : [\"a\",\"b\"]\r\n}\r\n"
        var patcher = try JSONPatcher(bytes: Array(text.utf8), file: "t.json")
        try patcher.apply([.add("", key: "version", "1.0"), .append("/keywords", "c"), .replace("/name", "y")])
        XCTAssertEqual(String(decoding: patcher.bytes, as: UTF8.self), "{\r\n\t\"name\" : \"y\",\r\n\t\"keywords\" : [\"a\",\"b\", \"c\"],\r\n\t\"version\" : \"1.0\"\r\n}\r\n")
    }

    func testJSONRemoveAndEmptyContainers() throws {
        var patcher = try JSONPatcher(bytes: Array("{\"a\": [1, 2, 1], \"b\": {}}".utf8), file: "t.json")
        try patcher.apply([.remove("/a/2"), .add("/b", key: "c", true)])
        XCTAssertEqual(String(decoding: patcher.bytes, as: UTF8.self), "{\"a\": [1, 2], \"b\": {\"c\": true}}")
    }

    func testYAMLAppendToFlowSequenceFallsBackAndSaysSo() throws {
        var patcher = try YAMLPatcher(bytes: Array("# c\nkeywords: [a, b]\n".utf8), file: "t.yaml")
        try patcher.apply([.append("/keywords", "c")])
        XCTAssertEqual(patcher.root["keywords"]?.arrayValue?.count, 3)
        XCTAssertFalse(patcher.notes.isEmpty)
    }

    func testXMLScannerPositions() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!-- c --><r xmlns=\"urn:x\" a='1 &amp; 2'><b>t&lt;</b><e/></r>"
        let scanner = try XMLScanner(bytes: Array(xml.utf8), file: "t.xml")
        XCTAssertEqual(scanner.elements.map(\.localName), ["r", "b", "e"])
        XCTAssertEqual(scanner.elements[0].attribute("a"), "1 & 2")
        XCTAssertEqual(scanner.text(1), "t<")
        XCTAssertEqual(scanner.elements[0].namespace, "urn:x")
    }

    func testVocabularies() {
        XCTAssertEqual(SPDXLicenses.find("CC BY 4.0")?.id, "CC-BY-4.0")
        XCTAssertEqual(SPDXLicenses.find("https://creativecommons.org/licenses/by/4.0/legalcode")?.id, "CC-BY-4.0")
        XCTAssertEqual(SPDXLicenses.find("apache license 2.0")?.id, "Apache-2.0")
        XCTAssertNil(SPDXLicenses.find("all rights reserved"))
        XCTAssertEqual(MediaTypes.forFile("https://x.org/a/data.CSV?download=1"), "text/csv")
        XCTAssertEqual(ISODates.normalise("March 4, 2021"), "2021-03-04")
        XCTAssertNil(ISODates.normalise("03/04/2021"))
        XCTAssertEqual(ISO639.code(for: "Deutsch"), "de")
        XCTAssertEqual(ISO639.code(for: "en_gb"), "en-GB")
        XCTAssertTrue(ROR.hasValidChecksum("05dxps055"))
        XCTAssertFalse(ROR.hasValidChecksum("05dxps056"))
        XCTAssertEqual(COARAccessRights.find("info:eu-repo/semantics/openAccess")?.key, "open")
    }

    func testRecipeLoadErrorsNameFileAndLine() {
        XCTAssertThrowsError(try RecipeLoader.load(yaml: "id: x\ntitle: t\nsummary: s\nindicators: [a]\nsafety: maybe\noperations: [{op: add, fact: title}]\n", file: "Recipes/x.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("Recipes/x.yaml:5:"), "\(error)")
            XCTAssertTrue("\(error)".contains("unknown safety 'maybe'"), "\(error)")
        }
        XCTAssertThrowsError(try RecipeLoader.load(yaml: "id: x\ntitle: t\nsummary: s\nindicators: [a]\nsafety: safe\noperations: [{op: add, fact: nonsense}]\n", file: "r.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("r.yaml:6:"), "\(error)")
        }
        XCTAssertThrowsError(try RecipeLoader.load(yaml: "id: x\n  bad: [\n", file: "r.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("r.yaml:"), "\(error)")
        }
    }
}
