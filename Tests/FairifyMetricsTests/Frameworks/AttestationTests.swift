import XCTest
@testable import FairifyMetrics

final class AttestationTests: XCTestCase {
    let answers = """
    attestations:
      RDA-A2-01M:
        status: pass
        justification: The repository keeps tombstone pages.
        evidence: https://example.org/policy
        by: Jane Steward
        date: 2026-11-20
      RDA-F1-01M:
        status: fail
        justification: tried anyway
    """

    func testParsesAnswers() throws {
        let set = try AttestationSet.parse(answers, file: "answers.yaml")
        XCTAssertEqual(set["RDA-A2-01M"]?.status, .pass)
        XCTAssertEqual(set["RDA-A2-01M"]?.evidenceURL, "https://example.org/policy")
        XCTAssertEqual(set["RDA-A2-01M"]?.by, "Jane Steward")
        XCTAssertEqual(set["RDA-A2-01M"]?.date, "2026-11-20")
        XCTAssertEqual(set.locations["RDA-A2-01M"]?.line, 2)
    }

    func testAcceptsABareMappingAndAnEmptyFile() throws {
        XCTAssertEqual(try AttestationSet.parse("X-1:\n  status: partial\n  justification: half\n", file: "a.yaml")["X-1"]?.status, .partial)
        XCTAssertTrue(try AttestationSet.parse("", file: "a.yaml").isEmpty)
        XCTAssertTrue(try AttestationSet.parse("attestations:\n", file: "a.yaml").isEmpty)
    }

    func testBadAnswersGiveOneLineDiagnostics() {
        assertDiagnostic("X-1:\n  status: maybe\n  justification: j\n", contains: "a.yaml:2:11: error: status 'maybe'")
        assertDiagnostic("X-1:\n  status: pass\n", contains: "needs a justification")
        assertDiagnostic("X-1:\n  status: pass\n  justification: j\n  colour: red\n", contains: "a.yaml:4:3: error: unknown field 'colour'")
        assertDiagnostic("- a\n- b\n", contains: "a mapping")
        assertDiagnostic("X-1: [unclosed\n", contains: "a.yaml:")
        assertDiagnostic("X-1:\n  status: needs-attestation\n  justification: j\n", contains: "not one of pass, partial, fail")
    }

    func testWriterRoundTrips() throws {
        var set = AttestationSet()
        set.entries["B-1"] = Attestation(status: .partial, justification: "line one\nsays \"two\": #3", evidenceURL: "https://x.org/a?b=c#d", by: "Ann", date: "2026-11-21")
        set.entries["A-1"] = Attestation(status: .fail, justification: "no")
        let text = set.yaml(header: "answers for test")
        XCTAssertTrue(text.hasPrefix("# answers for test\nattestations:\n  \"A-1\":"))
        let back = try AttestationSet.parse(text, file: "w.yaml")
        XCTAssertEqual(back.entries, set.entries)
    }

    private func assertDiagnostic(_ yaml: String, contains text: String, line: UInt = #line) {
        XCTAssertThrowsError(try AttestationSet.parse(yaml, file: "a.yaml"), line: line) { error in
            let message = (error as? Diagnostic)?.description ?? "\(error)"
            XCTAssertTrue(message.contains(text), message, line: line)
            XCTAssertFalse(message.contains("\n"), line: line)
        }
    }
}

final class AttestationInterviewTests: XCTestCase {
    func testWalksQuestionsSkipsAndKeepsDefaults() {
        var lines = ["p", "kept on tape", "", "x", "s", "", "", "https://e.org"]
        var output = ""
        let interview = AttestationInterview(readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { output += $0 })
        var previous = AttestationSet()
        previous.entries["C"] = Attestation(status: .fail, justification: "old reason")
        let questions = ["A", "B", "C"].map { AttestationInterview.Question(id: $0, name: "indicator \($0)", detail: "") }
        let answers = interview.run(questions, previous: previous, by: "Ann", date: "2026-11-22")
        XCTAssertEqual(answers["A"], Attestation(status: .pass, justification: "kept on tape", by: "Ann", date: "2026-11-22"))
        XCTAssertNil(answers["B"])
        XCTAssertEqual(answers["C"], Attestation(status: .fail, justification: "old reason", evidenceURL: "https://e.org", by: "Ann", date: "2026-11-22"))
        XCTAssertTrue(output.contains("please answer p, a, f, s or q"))
    }

    func testQuitKeepsEarlierAnswers() {
        var lines = ["f", "missing", "", "q"]
        let interview = AttestationInterview(readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { _ in })
        let questions = ["A", "B"].map { AttestationInterview.Question(id: $0, name: $0, detail: "") }
        let answers = interview.run(questions, previous: AttestationSet(), by: nil, date: "d")
        XCTAssertEqual(answers.entries.keys.sorted(), ["A"])
    }
}
