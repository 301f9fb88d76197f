import FairifyModel

/// Turtle 1.1 (and so N-Triples) into triples, each with the positions of its subject and
/// object. The first error stops the parse with one `file:line:col: error:` diagnostic.
struct TurtleParser {
    static let maxDepth = 256

    var scanner: TurtleScanner
    var prefixes: [String: String] = [:]
    var base: String?
    private(set) var triples: [TurtleTriple] = []
    private var blankCount = 0
    private var depth = 0

    static func parse(bytes: [UInt8], file: String, start: Int = 0, base: String? = nil) throws -> [TurtleTriple] {
        var parser = TurtleParser(scanner: TurtleScanner(bytes: bytes, file: file, start: start), base: base)
        try parser.document()
        return parser.triples
    }

    init(scanner: TurtleScanner, base: String? = nil) {
        self.scanner = scanner
        self.base = base
    }

    mutating func document() throws {
        while true {
            scanner.skipSpace()
            if scanner.atEnd { return }
            try statement()
        }
    }

    private mutating func statement() throws {
        if scanner.startsWith("@prefix") {
            scanner.index += 7
            try prefixDirective()
            try scanner.expect(UInt8(ascii: "."), "'.' after the @prefix directive")
        } else if scanner.startsWith("@base") {
            scanner.index += 5
            base = try iriReference()
            try scanner.expect(UInt8(ascii: "."), "'.' after the @base directive")
        } else if scanner.startsWithKeyword("PREFIX") {
            scanner.index += 6
            try prefixDirective()
        } else if scanner.startsWithKeyword("BASE") {
            scanner.index += 4
            base = try iriReference()
        } else {
            try triplesStatement()
            try scanner.expect(UInt8(ascii: "."), "'.' at the end of the statement")
        }
    }

    private mutating func prefixDirective() throws {
        scanner.skipSpace()
        let start = scanner.index
        let prefix = try prefixName()
        guard scanner.current == UInt8(ascii: ":") else { throw scanner.error("expected a prefix name ending in ':'", at: start) }
        scanner.index += 1
        prefixes[prefix] = try iriReference()
    }

    private mutating func triplesStatement() throws {
        scanner.skipSpace()
        if scanner.current == UInt8(ascii: "["), !isEmptyBrackets {
            let (subject, position) = try term()
            scanner.skipSpace()
            if scanner.current != UInt8(ascii: ".") { try predicateObjectList(subject, position) }
            return
        }
        let (subject, position) = try term()
        if subject.isLiteral { throw scanner.error("a literal cannot be the subject of a statement", at: position.offset) }
        try predicateObjectList(subject, position)
    }

    private mutating func predicateObjectList(_ subject: RDFGraphTerm, _ subjectPosition: SourcePosition) throws {
        while true {
            let predicate = try verb()
            try objectList(subject, subjectPosition, predicate)
            scanner.skipSpace()
            guard scanner.current == UInt8(ascii: ";") else { return }
            while scanner.current == UInt8(ascii: ";") {
                scanner.index += 1
                scanner.skipSpace()
            }
            if scanner.atEnd || scanner.current == UInt8(ascii: ".") || scanner.current == UInt8(ascii: "]") { return }
        }
    }

    private mutating func objectList(_ subject: RDFGraphTerm, _ subjectPosition: SourcePosition, _ predicate: String) throws {
        while true {
            let (object, position) = try term()
            triples.append(TurtleTriple(subject: subject, predicate: predicate, object: object, subjectPosition: subjectPosition, objectPosition: position))
            scanner.skipSpace()
            guard scanner.current == UInt8(ascii: ",") else { return }
            scanner.index += 1
        }
    }

    private mutating func verb() throws -> String {
        scanner.skipSpace()
        if scanner.current == UInt8(ascii: "a"), let next = scanner.peek(1), !TurtleCharacters.isNameByte(next), next != UInt8(ascii: ":"), next != UInt8(ascii: ".") {
            scanner.index += 1
            return RDFNamespace.type
        }
        let start = scanner.index
        guard case .iri(let predicate) = try term().term else { throw scanner.error("a predicate must be an IRI", at: start) }
        return predicate
    }

    /// Any subject or object: IRI, prefixed name, blank node, collection, property list or literal.
    private mutating func term() throws -> (term: RDFGraphTerm, position: SourcePosition) {
        scanner.skipSpace()
        let position = scanner.position(at: scanner.index)
        guard let byte = scanner.current else { throw scanner.error("expected a term but found the end of the file") }
        switch byte {
        case UInt8(ascii: "<"): return (.iri(try iriReference()), position)
        case UInt8(ascii: "["): return (try blankNodePropertyList(position), position)
        case UInt8(ascii: "("): return (try collection(position), position)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return (try literal(), position)
        case UInt8(ascii: "_") where scanner.peek(1) == UInt8(ascii: ":"): return (try blankNodeLabel(), position)
        default:
            if let number = try numberLiteral() { return (number, position) }
            if let boolean = booleanLiteral() { return (boolean, position) }
            return (.iri(try prefixedName()), position)
        }
    }

    private var isEmptyBrackets: Bool {
        var i = scanner.index + 1
        while let byte = scanner.peek(i - scanner.index), TurtleCharacters.isSpace(byte) { i += 1 }
        return scanner.peek(i - scanner.index) == UInt8(ascii: "]")
    }

    private mutating func newBlank() -> RDFGraphTerm {
        blankCount += 1
        // Brackets cannot occur in a written label, so generated names never collide.
        return .blank("_:[\(blankCount)]")
    }

    private mutating func enterNesting(at position: SourcePosition) throws {
        depth += 1
        if depth > Self.maxDepth { throw scanner.error("nesting is deeper than \(Self.maxDepth) levels", at: position.offset) }
    }

    private mutating func blankNodePropertyList(_ position: SourcePosition) throws -> RDFGraphTerm {
        let node = newBlank()
        let empty = isEmptyBrackets
        scanner.index += 1
        try enterNesting(at: position)
        defer { depth -= 1 }
        if !empty { try predicateObjectList(node, position) }
        scanner.skipSpace()
        guard scanner.current == UInt8(ascii: "]") else { throw scanner.error("expected ']' to close the '[' at \(position.line):\(position.column) but found \(scanner.found)") }
        scanner.index += 1
        return node
    }

    private mutating func collection(_ position: SourcePosition) throws -> RDFGraphTerm {
        scanner.index += 1
        try enterNesting(at: position)
        defer { depth -= 1 }
        var members: [(term: RDFGraphTerm, position: SourcePosition)] = []
        while true {
            scanner.skipSpace()
            if scanner.current == UInt8(ascii: ")") { break }
            if scanner.atEnd { throw scanner.error("unterminated collection: no ')' for the '(' at \(position.line):\(position.column)") }
            members.append(try term())
        }
        scanner.index += 1
        return linkCollection(members, at: position)
    }

    /// `rdf:first` / `rdf:rest` statements for the members; the empty collection is `rdf:nil`.
    private mutating func linkCollection(_ members: [(term: RDFGraphTerm, position: SourcePosition)], at position: SourcePosition) -> RDFGraphTerm {
        var next = RDFGraphTerm.iri(RDFNamespace.rdf + "nil")
        for member in members.reversed() {
            let cell = newBlank()
            triples.append(TurtleTriple(subject: cell, predicate: RDFNamespace.rdf + "first", object: member.term, subjectPosition: member.position, objectPosition: member.position))
            triples.append(TurtleTriple(subject: cell, predicate: RDFNamespace.rdf + "rest", object: next, subjectPosition: member.position, objectPosition: member.position))
            next = cell
        }
        return next
    }
}
