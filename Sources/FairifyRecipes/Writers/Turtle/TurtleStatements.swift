import FairifyModel

/// A light Turtle scanner that records where every triple's predicate and object sit in the
/// bytes, so a recipe can splice one object or add a predicate to a subject and leave the rest
/// (prefixes, comments, layout) as written. Well-formedness is checked by the metadata reader.
struct TurtleStatements {
    enum ObjectKind { case iri, literal, blank, other }

    struct Triple {
        var subject: String
        var predicate: String
        var predicateStart: Int
        var object: Range<Int>
        var kind: ObjectKind
        /// The literal's text (escapes kept) or the expanded IRI.
        var value: String
        /// True for triples written in the subject's own block (not inside `[ … ]`).
        var topLevel: Bool
    }

    let bytes: [UInt8]
    private(set) var prefixes: [String: String] = [:]
    private(set) var triples: [Triple] = []
    private var i = 0

    static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    init(bytes: [UInt8]) {
        self.bytes = bytes
        scan()
    }

    /// Subjects declared with `a <type>`.
    func subjects(ofType type: String) -> [String] {
        var seen: [String] = []
        for t in triples where t.predicate == Self.rdfType && t.value == type && !seen.contains(t.subject) { seen.append(t.subject) }
        return seen
    }

    func objects(_ subject: String, _ predicate: String) -> [Triple] {
        triples.filter { $0.subject == subject && $0.predicate == predicate }
    }

    /// The prefix bound to a namespace, if any.
    func prefix(for namespace: String) -> String? { prefixes.first { $0.value == namespace }?.key }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    // MARK: - scanning

    private enum Token { case term(Range<Int>), punct(UInt8), literal(Range<Int>, content: Range<Int>), directive, end }

    private mutating func scan() {
        var stack: [(subject: String, predicate: String?)] = []
        var subject: String?
        var predicate: String?
        var predicateStart = 0
        var blanks = 0
        var expectPredicate = false
        while true {
            let token = next()
            switch token {
            case .end: return
            case .directive: continue
            case .punct(let p):
                switch p {
                case UInt8(ascii: "["):
                    blanks += 1
                    let label = "_:fairify\(blanks)"
                    if let s = subject, let pred = predicate, !expectPredicate {
                        triples.append(Triple(subject: s, predicate: pred, predicateStart: predicateStart, object: i - 1..<i, kind: .blank, value: label, topLevel: stack.isEmpty))
                    }
                    stack.append((subject ?? label, predicate))
                    subject = label; predicate = nil; expectPredicate = true
                case UInt8(ascii: "]"):
                    if let top = stack.popLast() { subject = top.subject; predicate = top.predicate }
                    expectPredicate = predicate == nil
                case UInt8(ascii: ";"): expectPredicate = true
                case UInt8(ascii: "."): if stack.isEmpty { subject = nil; predicate = nil; expectPredicate = false }
                case UInt8(ascii: "("): skipCollection()
                default: break
                }
            case .term(let range):
                let value = expand(text(range))
                if subject == nil {
                    subject = value; expectPredicate = true
                } else if expectPredicate {
                    predicate = value == "a" ? Self.rdfType : value
                    predicateStart = range.lowerBound; expectPredicate = false
                } else if let s = subject, let pred = predicate {
                    let kind: ObjectKind = bytes[range.lowerBound] == UInt8(ascii: "<") || value.contains("://") ? .iri : .other
                    triples.append(Triple(subject: s, predicate: pred, predicateStart: predicateStart, object: range, kind: kind, value: value, topLevel: stack.isEmpty))
                }
            case .literal(let range, let content):
                if let s = subject, let pred = predicate, !expectPredicate {
                    triples.append(Triple(subject: s, predicate: pred, predicateStart: predicateStart, object: range, kind: .literal, value: text(content), topLevel: stack.isEmpty))
                }
            }
        }
    }

    private func expand(_ term: String) -> String {
        if term.hasPrefix("<"), term.hasSuffix(">") { return String(term.dropFirst().dropLast()) }
        if term == "a" { return term }
        guard let colon = term.firstIndex(of: ":"), let ns = prefixes[String(term[..<colon])] else { return term }
        return ns + term[term.index(after: colon)...]
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private mutating func next() -> Token {
        while i < bytes.count {
            if isSpace(bytes[i]) { i += 1; continue }
            if bytes[i] == UInt8(ascii: "#") { while i < bytes.count, bytes[i] != 0x0A { i += 1 }; continue }
            break
        }
        guard i < bytes.count else { return .end }
        let start = i
        let b = bytes[i]
        if b == UInt8(ascii: "<") {
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
            i += 1
            return .term(start..<min(i, bytes.count))
        }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { return literal(quote: b) }
        if "[];,.()".utf8.contains(b), !(b == UInt8(ascii: ".") && i + 1 < bytes.count && !isSpace(bytes[i + 1]) && bytes[i + 1] != UInt8(ascii: "#")) {
            i += 1
            return .punct(b)
        }
        while i < bytes.count, !isSpace(bytes[i]), !"[];,()<\"'#".utf8.contains(bytes[i]) {
            if bytes[i] == UInt8(ascii: "."), i + 1 >= bytes.count || isSpace(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "#") { break }
            i += 1
        }
        let word = text(start..<i)
        if word == "@prefix" || word.uppercased() == "PREFIX" { return prefixDirective(sparql: word != "@prefix") }
        if word == "@base" || word.uppercased() == "BASE" { _ = next(); if word == "@base" { _ = next() }; return .directive }
        return .term(start..<max(i, start + 1))
    }

    private mutating func prefixDirective(sparql: Bool) -> Token {
        guard case .term(let name) = next(), case .term(let iri) = next() else { return .directive }
        prefixes[String(text(name).dropLast())] = String(text(iri).dropFirst().dropLast())
        if !sparql { _ = next() }
        return .directive
    }

    private mutating func literal(quote: UInt8) -> Token {
        let start = i
        let long = i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote
        let width = long ? 3 : 1
        i += width
        let contentStart = i
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == quote, !long || (i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote) { break }
            i += 1
        }
        let content = contentStart..<min(i, bytes.count)
        i = min(i + width, bytes.count)
        if i < bytes.count, bytes[i] == UInt8(ascii: "@") {
            while i < bytes.count, !isSpace(bytes[i]), !";,.])".utf8.contains(bytes[i]) { i += 1 }
        } else if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "^"), bytes[i + 1] == UInt8(ascii: "^") {
            i += 2
            if case .term = next() {}
        }
        return .literal(start..<i, content: content)
    }

    private mutating func skipCollection() {
        var depth = 1
        while depth > 0 {
            switch next() {
            case .end: return
            case .punct(UInt8(ascii: "(")): depth += 1
            case .punct(UInt8(ascii: ")")): depth -= 1
            default: continue
            }
        }
    }
}
