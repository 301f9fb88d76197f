import Foundation
import XCTest

/// Bad input given to the single-file commands (fix, plan, convert, jsonld) gets the same
/// one-line diagnostic and exit code 2 as `inspect`, and nothing is written.
final class QABadInputTests: ScratchFolderTestCase {
    private func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func assertOneLineError(_ result: CLIResult, _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), result.stderr, file: file, line: line)
        XCTAssertFalse(result.stderr.contains("Fatal error"), file: file, line: line)
    }

    private let aliasBomb = (["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        + zip("bcdefghi", "abcdefgh").map { "\($0): &\($0) [" + Array(repeating: "*\($1)", count: 9).joined(separator: ",") + "]" })
        .joined(separator: "\n") + "\n"

    func testFixRefusesAnAliasBombQuicklyAndWritesNothing() throws {
        let path = try file("bomb.yaml", aliasBomb)
        let result = try CLI.run(["fix", path, "--all-safe", "--write"])
        assertOneLineError(result, "bomb.yaml:1:")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), aliasBomb)
    }

    func testFixRefusesEntityDeclarationsBeforePatching() throws {
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE r [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <resource xmlns="http://datacite.org/schema/kernel-4"><titles><title>&xxe;</title></titles></resource>

        """
        let path = try file("xxe.xml", text)
        assertOneLineError(try CLI.run(["fix", path, "--all-safe", "--write"]), "xxe.xml:2:")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
    }

    func testEmptyBinaryAndUTF16GetTheReaderDiagnosticInFixPlanAndConvert() throws {
        let empty = try file("empty.json", "")
        let binary = folder.appendingPathComponent("binary.json")
        try Data([0x7B, 0x00, 0xFF, 0x01]).write(to: binary)
        let utf16 = folder.appendingPathComponent("utf16.json")
        try "{\"name\": \"x\"}".data(using: .utf16)!.write(to: utf16)
        for command in [["fix", "--all-safe"], ["plan"], ["convert", "--to", "schemaorg-jsonld"]] {
            assertOneLineError(try CLI.run(command + [empty]), "empty.json:1:1: error: the file is empty")
            assertOneLineError(try CLI.run(command + [binary.path]), "binary.json:1:")
            assertOneLineError(try CLI.run(command + [utf16.path]), "utf16.json:1:1: error: the file is UTF-16")
        }
    }

    func testMaxInputSizeOnFixPlanConvertAndJSONLD() throws {
        let path = try file("big.json", "{\"@context\": \"https://schema.org/\", \"@type\": \"Dataset\", \"name\": \"" + String(repeating: "x", count: 2000) + "\"}")
        for command in [["fix", "--all-safe"], ["plan"], ["convert", "--to", "datacite-xml"], ["jsonld", "expand"]] {
            assertOneLineError(try CLI.run(command + [path, "--max-input-size", "1K"]), "larger than the limit of 1024 bytes")
        }
        XCTAssertEqual(try CLI.run(["fix", path, "--all-safe", "--max-input-size", "nonsense"]).status, 2)
    }

    func testFixOnJSONLinesPatchesEveryRecord() throws {
        let path = try file("records.jsonl", """
        {"@context": "https://schema.org/", "@type": "Dataset", "name": "one"}
        {"@context": "https://schema.org/", "@type": "Dataset", "name": "two"}

        """)
        let result = try CLI.run(["fix", path, "--all-safe"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("record 1 (") && result.stdout.contains("record 2 ("), result.stdout)
    }

    func testUnsupportedFormatInFixNamesLineAndColumn() throws {
        let path = try file("codebook.xml", "<?xml version=\"1.0\"?>\n<codeBook xmlns=\"ddi:codebook:2_5\"><stdyDscr><citation><titlStmt><titl>Survey</titl></titlStmt></citation></stdyDscr></codeBook>\n")
        assertOneLineError(try CLI.run(["fix", path, "--all-safe"]), "codebook.xml:1:1: error: fairify fix patches")
    }
}

final class QAUsageErrorTests: XCTestCase {
    func testAnInvalidOptionValueIsOneLine() throws {
        let result = try CLI.run(["assess", "--format", "xx", "Examples/eml.xml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("text, json"), result.stderr)
    }
}

final class QAReportOutputTests: XCTestCase {
    func testReportWritesNothingWhenNoInputCanBeRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("truncated.json")
        try Data("{\"name\": ".utf8).write(to: bad)
        let target = folder.appendingPathComponent("report.html")
        try Data("previous report".utf8).write(to: target)
        let result = try CLI.run(["report", bad.path, "-o", target.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "previous report")
        let absent = folder.appendingPathComponent("absent.html")
        XCTAssertEqual(try CLI.run(["report", bad.path, "-o", absent.path]).status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: absent.path))
    }
}

final class QAWordingTests: XCTestCase {
    func testOnePointIsSingular() throws {
        let explain = try CLI.run(["explain", "FsF-R1.1-01M"])
        XCTAssertTrue(explain.stdout.contains("(1 point, maturity 1)"), explain.stdout)
        XCTAssertFalse(explain.stdout.contains("1 points"), explain.stdout)
        let plan = try CLI.run(["plan", "Examples/schemaorg-poor.json"])
        XCTAssertFalse(plan.stdout.contains(" 1 points"), plan.stdout)
        let metrics = try CLI.run(["metrics", "--pack", "rda-fdmm"])
        XCTAssertFalse(metrics.stdout.contains(" 1 tests"), metrics.stdout)
        XCTAssertTrue(metrics.stdout.contains(" 1 test  "), metrics.stdout)
    }

    func testHelpParagraphsAreNotBrokenMidSentence() throws {
        for command in [["inspect"], ["assess"], ["attest"], ["jsonld"]] {
            let help = try CLI.run(command + ["--help"]).stdout
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            // A hard line break inside the discussion shows as a very short line before a lowercase continuation.
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && line.count < 40 && !line.hasSuffix(":") {
                XCTAssertFalse(next.first.map { $0.isLowercase } ?? false, "\(command): '\(line)' / '\(next)'")
            }
            XCTAssertTrue(help.contains("Example"), "\(command) --help shows no example")
        }
    }
}

final class QAProseInputTests: XCTestCase {
    func testAMarkdownFileIsNamedAsSuchNotOnlyAsBadYAML() throws {
        let result = try CLI.run(["assess", "Examples/README.md", "Examples/schemaorg-poor.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("Examples/README.md:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("a Markdown file, not a metadata record"), result.stderr)
        XCTAssertTrue(result.stdout.contains("survey results"), "the other input is still assessed")
    }
}

final class QAPlanTests: XCTestCase {
    func testPlanOnAFormatFixCannotPatchSaysToConvertFirst() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-plan-\(UUID().uuidString)-codebook.xml").path
        try "<?xml version=\"1.0\"?>\n<codeBook xmlns=\"ddi:codebook:2_5\"><stdyDscr><citation><titlStmt><titl>Survey</titl></titlStmt></citation></stdyDscr></codeBook>\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ddi = try CLI.run(["plan", path])
        XCTAssertEqual(ddi.status, 0)
        XCTAssertTrue(ddi.stdout.hasPrefix("fix cannot patch this format in place"), ddi.stdout)
        XCTAssertTrue(ddi.stdout.contains("fairify convert \(path) --to schemaorg-jsonld"), ddi.stdout)
        let poor = try CLI.run(["plan", "Examples/schemaorg-poor.json"])
        XCTAssertFalse(poor.stdout.contains("fix cannot patch"), poor.stdout)
    }
}

final class QAFixUsageTests: XCTestCase {
    func testAnUnknownPackStopsFixBeforeAnyRecipeRuns() throws {
        let result = try CLI.run(["fix", "Examples/schemaorg-poor.json", "--all-safe", "--pack", "nope"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("unknown metric pack 'nope'"), result.stderr)
    }
}

final class QAJSONLDCommandTests: XCTestCase {
    func testAnXMLRecordIsRefusedNotExpandedToNothing() throws {
        let result = try CLI.run(["jsonld", "expand", "Examples/datacite-rich.xml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("Examples/datacite-rich.xml:1:1: error: no <script"), result.stderr)
        XCTAssertEqual(try CLI.run(["jsonld", "expand", "Examples/landing-page.html"]).status, 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data("<!DOCTYPE html>\n<html><body><p>no data</p></body></html>\n".utf8).write(to: page)
        let empty = try CLI.run(["jsonld", "expand", page.path])
        XCTAssertEqual(empty.status, 0, "an HTML page without scripts expands to [] as the JSON-LD API says")
        XCTAssertEqual(empty.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "[]")
    }
}

final class QAReportReadingTests: XCTestCase {
    func testReportNamesAMissingOrOversizedFileAsAssessDoes() throws {
        let missing = try CLI.run(["report", "no-such-file.json", "-o", "/dev/null"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "no-such-file.json: error: no such file\n")
        let big = try CLI.run(["report", "Examples/schemaorg-rich.jsonld", "--max-input-size", "1K", "-o", "/dev/null"])
        XCTAssertEqual(big.status, 2)
        XCTAssertTrue(big.stderr.contains("larger than the limit of 1024 bytes (see --max-input-size)"), big.stderr)
        let stdin = try CLI.run(["assess", "-", "--max-input-size", "1K"], stdin: String(repeating: " ", count: 2048) + "{}")
        XCTAssertEqual(stdin.status, 2)
        XCTAssertTrue(stdin.stderr.contains("larger than the limit of 1024 bytes"), stdin.stderr)
    }
}

final class QAHTMLScriptErrorTests: XCTestCase {
    func testABrokenScriptIsOneDiagnosticWithTheParserPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data("<html><script type=\"application/ld+json\">\n{\"a\": }\n</script></html>".utf8).write(to: page)
        let result = try CLI.run(["jsonld", "expand", page.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "\(page.path):2:7: error: invalid script element: unexpected character '}'; expected a JSON value\n")
    }
}

final class QAExplainHintTests: XCTestCase {
    func testTheRecipeHintInExplainIsACommandThatWorks() throws {
        let explain = try CLI.run(["explain", "RDA-F1-02D"])
        XCTAssertTrue(explain.stdout.contains("details: fairify recipes --indicator RDA-F1-02D"), explain.stdout)
        let recipes = try CLI.run(["recipes", "--indicator", "RDA-F1-02D"])
        XCTAssertEqual(recipes.status, 0)
        XCTAssertTrue(recipes.stdout.contains("add-identifier"), recipes.stdout)
    }
}

final class QAConfigYAMLTests: XCTestCase {
    func testBrokenYAMLInConfigAndPackFilesNamesLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("record.jsonld")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Examples/schemaorg-poor.json"), to: record)
        let config = folder.appendingPathComponent(".fairify.yml")
        try Data("pack: [\n".utf8).write(to: config)
        let result = try CLI.run(["assess", record.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "\(config.path):2:1: error: invalid YAML: did not find expected node content\n")
        try FileManager.default.removeItem(at: config)
        let pack = folder.appendingPathComponent("pack.yaml")
        try Data("id: x\nmetrics: [\n".utf8).write(to: pack)
        let packResult = try CLI.run(["assess", record.path, "--pack-file", pack.path])
        XCTAssertEqual(packResult.status, 2)
        XCTAssertEqual(packResult.stderr, "\(pack.path):3:1: error: invalid YAML: did not find expected node content\n")
    }
}

final class QAConvertNotesTests: XCTestCase {
    func testMissingMandatoryDataCiteFieldsAreNamedAsMissing() throws {
        let result = try CLI.run(["convert", "Examples/schemaorg-poor.json", "--to", "datacite-xml"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("note: datacite-xml: the record has no publicationYear, which is mandatory; written as (:unav)"), result.stderr)
        XCTAssertFalse(result.stderr.contains("cannot hold missing"), result.stderr)
    }
}

final class QATextViewTests: XCTestCase {
    func testAPrincipleWithNothingAssessableIsShownOpenNotAsZeroPercent() throws {
        let result = try CLI.run(["assess", "--pack", "fairplus-dsm", "Examples/datacite-rich.xml"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("0%   0/0"), result.stdout)
        XCTAssertTrue(result.stdout.contains("—    open"), result.stdout)
    }
}

final class QAReportGainTests: XCTestCase {
    func testTheGainOfAnIndicatorNeverExceedsWhatItCanStillGive() throws {
        let result = try CLI.run(["assess", "Examples/schemaorg-poor.json", "--format", "csv"])
        let rows = result.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let earned = Double(row[9])!, total = Double(row[10])!, missing = Double(row[12])!
            XCTAssertLessThanOrEqual(missing, total - earned + 1e-9, "\(row[5]): +\(missing) on \(earned)/\(total)")
        }
    }
}

final class QAAtomicWriteTests: XCTestCase {
    func testWriteThroughALinkKeepsTheLinkAndThePermissions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("record.json")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Examples/schemaorg-poor.json"), to: real)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real.path)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "record.json")
        XCTAssertEqual(try CLI.run(["fix", link.path, "--all-safe", "--write"]).status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "record.json")
        XCTAssertTrue(try String(contentsOf: real, encoding: .utf8).contains("conformsTo"))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? NSNumber)?.intValue, 0o640)
    }

    func testOutputToALinkToStandardOutputWritesThroughIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-stdout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: "/proc/self/fd/1")
        let result = try CLI.run(["report", "Examples/schemaorg-poor.json", "--format", "markdown", "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("## FAIR assessment"), result.stdout)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: out.path), "/proc/self/fd/1")
    }
}

final class QAMergeTests: XCTestCase {
    func testAShardGivenTwiceIsNamedWithLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairify-qa-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shard = folder.appendingPathComponent("shard-1.jsonl")
        XCTAssertEqual(try CLI.run(["assess", "Examples/schemaorg-poor.json", "--format", "jsonl", "-o", shard.path]).status, 0)
        let result = try CLI.run(["merge", shard.path, shard.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("\(shard.path):1:1: error: record"), result.stderr)
    }
}
