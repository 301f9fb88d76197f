@testable import FairifyFormats
import FairifyModel
import XCTest

final class TurtleParserTests: XCTestCase {
    private func parse(_ text: String) throws -> [TurtleTriple] {
        try TurtleParser.parse(bytes: Array(text.utf8), file: "t.ttl")
    }

    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try parse(text)
            XCTFail("expected a Turtle error", file: file, line: line)
        } catch {
            return String(describing: error)
        }
        return ""
    }

    func testPrefixesBaseAndRelativeIRIs() throws {
        let triples = try parse("""
        @base <http://example.org/a/b> .
        @prefix ex: <http://example.org/ns#> .
        PREFIX dct: <http://purl.org/dc/terms/>
        <c> ex:p <../d>, <#frag> .
        BASE <http://other.org/>
        <x> dct:title "t" .
        """)
        XCTAssertEqual(triples.map(\.subject), [.iri("http://example.org/a/c"), .iri("http://example.org/a/c"), .iri("http://other.org/x")])
        XCTAssertEqual(triples.map(\.object.lexical), ["http://example.org/d", "http://example.org/a/b#frag", "t"])
        XCTAssertEqual(triples[2].predicate, "http://purl.org/dc/terms/title")
    }

    func testPrefixedNamesWithEscapesAndTrailingDot() throws {
        let triples = try parse("@prefix : <http://e/> .\n:a\\~b :p :c%20d, :e.f .")
        XCTAssertEqual(triples.map(\.subject.lexical), ["http://e/a~b", "http://e/a~b"])
        XCTAssertEqual(triples.map(\.object.lexical), ["http://e/c%20d", "http://e/e.f"])
    }

    func testKeywordAPredicateListsAndObjectLists() throws {
        let triples = try parse("@prefix ex: <http://e/> .\nex:s a ex:T ; ex:p ex:o1 , ex:o2 ; ; ex:q ex:o3 ; .")
        XCTAssertEqual(triples.map(\.predicate), [RDFNamespace.type, "http://e/p", "http://e/p", "http://e/q"])
        XCTAssertEqual(triples.count, 4)
    }

    func testBlankNodesAndCollections() throws {
        let triples = try parse("""
        @prefix ex: <http://e/> .
        _:one ex:p [ ex:q "v" ] .
        [ ex:r ex:s ] .
        [] ex:list ( "a" ex:b ) ; ex:none () .
        """)
        let inner = try XCTUnwrap(triples.first { $0.predicate == "http://e/q" })
        XCTAssertEqual(triples.first { $0.predicate == "http://e/p" }?.object, inner.subject)
        XCTAssertTrue(triples.contains { $0.subject == .blank("_:one") })
        XCTAssertEqual(triples.filter { $0.predicate == RDFNamespace.rdf + "first" }.map(\.object.lexical), ["http://e/b", "a"])
        XCTAssertEqual(triples.first { $0.predicate == "http://e/none" }?.object, .iri(RDFNamespace.rdf + "nil"))
    }

    func testLiterals() throws {
        let triples = try parse(#"""
        @prefix ex: <http://e/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:s ex:p "tab\there \u00E9 \"q\""@en-GB, 'single', """long
        "quoted" text""", '''x''', "5"^^xsd:int, "d"^^<http://e/dt>, 42, -1.5, 1e3, .5E-2, true, false .
        """#)
        let objects = triples.map(\.object)
        XCTAssertEqual(objects[0], .literal("tab\there é \"q\"", language: "en-GB", datatype: nil))
        XCTAssertEqual(objects[1].lexical, "single")
        XCTAssertEqual(objects[2].lexical, "long\n\"quoted\" text")
        XCTAssertEqual(objects[3].lexical, "x")
        XCTAssertEqual(objects[4], .literal("5", language: nil, datatype: "http://www.w3.org/2001/XMLSchema#int"))
        XCTAssertEqual(objects[5], .literal("d", language: nil, datatype: "http://e/dt"))
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        XCTAssertEqual(objects[6...].map { object -> String in
            guard case .literal(let value, _, let datatype) = object else { return "" }
            return value + " " + (datatype ?? "").replacingOccurrences(of: xsd, with: "")
        }, ["42 integer", "-1.5 decimal", "1e3 double", ".5E-2 double", "true boolean", "false boolean"])
    }

    func testPositionsOfSubjectsAndObjects() throws {
        let triples = try parse("@prefix ex: <http://e/> .\n# comment\nex:s\n  ex:p \"é\", ex:o .")
        XCTAssertEqual(triples.map { "\($0.subjectPosition.line):\($0.subjectPosition.column)" }, ["3:1", "3:1"])
        XCTAssertEqual(triples.map { "\($0.objectPosition.line):\($0.objectPosition.column)" }, ["4:8", "4:13"])
    }

    func testNTriples() throws {
        let triples = try parse("<http://e/s> <http://e/p> \"o\" .\n_:b <http://e/p> <http://e/o> .\n")
        XCTAssertEqual(triples.count, 2)
        XCTAssertEqual(triples[1].subject, .blank("_:b"))
    }

    func testErrorsNameTheirPosition() {
        let header = "@prefix ex: <http://e/> .\n"
        XCTAssertEqual(error("ex:s ex:p ex:o .\n"), "t.ttl:1:1: error: Turtle: the prefix 'ex:' is not declared")
        XCTAssertEqual(error(header + "ex:s ex:p ex:o\n"), "t.ttl:3:1: error: Turtle: expected '.' at the end of the statement but found the end of the file")
        XCTAssertEqual(error(header + "ex:s ex:p \"open .\n"), "t.ttl:2:18: error: Turtle: line break in a short string (a string over several lines needs triple quotes)")
        XCTAssertEqual(error(header + "ex:s ex:p <http://a b> .\n"), "t.ttl:2:11: error: Turtle: a space is not allowed in an IRI")
        XCTAssertEqual(error(header + "ex:s ex:p [ ex:q ex:r .\n"), "t.ttl:2:23: error: Turtle: expected ']' to close the '[' at 2:11 but found '.'")
        XCTAssertEqual(error(header + "ex:s ex:p ( ex:q\n"), "t.ttl:3:1: error: Turtle: unterminated collection: no ')' for the '(' at 2:11")
        XCTAssertEqual(error(header + "\"lit\" ex:p ex:o .\n"), "t.ttl:2:1: error: Turtle: a literal cannot be the subject of a statement")
        XCTAssertEqual(error(header + "ex:s ex:p \"\"\"never closed\n"), "t.ttl:2:11: error: Turtle: unterminated string: no closing quote for the one here")
        XCTAssertEqual(error(header + "ex:s ex:p \"x\\q\" .\n"), "t.ttl:2:13: error: Turtle: invalid escape; only \\uXXXX and \\UXXXXXXXX are allowed here")
        XCTAssertEqual(error(header + "ex:s ex:p ; .\n"), "t.ttl:2:11: error: Turtle: expected an IRI, a prefixed name, a blank node or a literal but found ';'")
        XCTAssertEqual(error("@prefix ex <http://e/> .\n"), "t.ttl:1:9: error: Turtle: expected a prefix name ending in ':'")
    }

    func testEveryTruncationOfTheExampleEndsInOneLineOrTriples() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/dcat-dataset.ttl")
        let bytes = try [UInt8](Data(contentsOf: url))
        for end in stride(from: 0, through: bytes.count, by: 3) {
            do {
                _ = try TurtleParser.parse(bytes: Array(bytes[..<end]), file: "t.ttl")
            } catch let diagnostic as Diagnostic {
                XCTAssertTrue(diagnostic.description.hasPrefix("t.ttl:"), diagnostic.description)
                XCTAssertFalse(diagnostic.description.contains("\n"), diagnostic.description)
            }
        }
    }

    func testDeepNestingIsRefusedNotACrash() {
        let deep = "@prefix ex: <http://e/> .\nex:s ex:p " + String(repeating: "[ ex:p ", count: 100_000)
        XCTAssertTrue(error(deep).contains("nesting is deeper than 256 levels"))
        let list = "@prefix ex: <http://e/> .\nex:s ex:p " + String(repeating: "(", count: 100_000)
        XCTAssertTrue(error(list).contains("nesting is deeper than 256 levels"))
    }
}
