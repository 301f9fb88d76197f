import FairifyModel

/// Literals: quoted strings (short and long) with language tags or datatypes, numbers, booleans.
extension TurtleParser {
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    mutating func literal() throws -> RDFGraphTerm {
        let text = try quotedString()
        if scanner.current == UInt8(ascii: "@") {
            return .literal(text, language: try languageTag(), datatype: nil)
        }
        if scanner.startsWith("^^") {
            scanner.index += 2
            let start = scanner.index
            guard case .iri(let datatype) = try datatypeTerm() else { throw scanner.error("a datatype must be an IRI", at: start) }
            return .literal(text, language: nil, datatype: datatype)
        }
        return .literal(text, language: nil, datatype: nil)
    }

    private mutating func datatypeTerm() throws -> RDFGraphTerm {
        scanner.current == UInt8(ascii: "<") ? .iri(try iriReference()) : .iri(try prefixedName())
    }

    private mutating func languageTag() throws -> String {
        scanner.index += 1
        let start = scanner.index
        while let byte = scanner.current, byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A { scanner.index += 1 }
        guard scanner.index > start else { throw scanner.error("expected a language tag after '@'") }
        while scanner.current == UInt8(ascii: "-"), let next = scanner.peek(1), TurtleCharacters.isNameByte(next), next < 0x80 {
            scanner.index += 1
            while let byte = scanner.current, byte < 0x80, TurtleCharacters.isNameByte(byte), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") { scanner.index += 1 }
        }
        return String(decoding: scanner.bytes[start..<scanner.index], as: UTF8.self)
    }

    /// `"..."`, `'...'`, `"""..."""` or `'''...'''` with escapes decoded.
    private mutating func quotedString() throws -> String {
        let start = scanner.index
        let quote = scanner.bytes[start]
        let isLong = scanner.peek(1) == quote && scanner.peek(2) == quote
        scanner.index += isLong ? 3 : 1
        var bytes: [UInt8] = []
        while true {
            guard let byte = scanner.current else { throw scanner.error("unterminated string: no closing quote for the one here", at: start) }
            if byte == quote {
                if !isLong { scanner.index += 1; break }
                if scanner.peek(1) == quote, scanner.peek(2) == quote, scanner.peek(3) != quote {
                    scanner.index += 3
                    break
                }
            } else if byte == UInt8(ascii: "\\") {
                try appendStringEscape(to: &bytes)
                continue
            } else if !isLong, byte == 0x0A || byte == 0x0D {
                throw scanner.error("line break in a short string (a string over several lines needs triple quotes)")
            }
            bytes.append(byte)
            scanner.index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func appendStringEscape(to bytes: inout [UInt8]) throws {
        let simple: [UInt8: UInt8] = [UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
                                      UInt8(ascii: "f"): 0x0C, UInt8(ascii: "\""): 0x22, UInt8(ascii: "'"): 0x27, UInt8(ascii: "\\"): 0x5C]
        if let next = scanner.peek(1), let replacement = simple[next] {
            bytes.append(replacement)
            scanner.index += 2
            return
        }
        try appendUnicodeEscape(to: &bytes)
    }

    /// An integer, decimal or double, or nil when the cursor is not at a number.
    mutating func numberLiteral() throws -> RDFGraphTerm? {
        let start = scanner.index
        var i = start
        if scanner.peek(0) == UInt8(ascii: "+") || scanner.peek(0) == UInt8(ascii: "-") { i += 1 }
        let integerStart = i
        while TurtleCharacters.isDigit(scanner.peek(i - start)) { i += 1 }
        var datatype = "integer"
        if scanner.peek(i - start) == UInt8(ascii: "."), TurtleCharacters.isDigit(scanner.peek(i - start + 1)) {
            i += 1
            while TurtleCharacters.isDigit(scanner.peek(i - start)) { i += 1 }
            datatype = "decimal"
        }
        guard i > integerStart else { return nil }
        if let e = scanner.peek(i - start), e | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            if scanner.peek(j - start) == UInt8(ascii: "+") || scanner.peek(j - start) == UInt8(ascii: "-") { j += 1 }
            guard TurtleCharacters.isDigit(scanner.peek(j - start)) else { throw scanner.error("expected digits in the exponent", at: j) }
            while TurtleCharacters.isDigit(scanner.peek(j - start)) { j += 1 }
            i = j
            datatype = "double"
        }
        scanner.index = i
        return .literal(String(decoding: scanner.bytes[start..<i], as: UTF8.self), language: nil, datatype: Self.xsd + datatype)
    }

    mutating func booleanLiteral() -> RDFGraphTerm? {
        for word in ["true", "false"] {
            let end = scanner.index + word.utf8.count
            guard end <= scanner.bytes.count, scanner.bytes[scanner.index..<end].elementsEqual(word.utf8) else { continue }
            if end < scanner.bytes.count, TurtleCharacters.isNameByte(scanner.bytes[end]) || scanner.bytes[end] == UInt8(ascii: ":") { continue }
            scanner.index = end
            return .literal(word, language: nil, datatype: Self.xsd + "boolean")
        }
        return nil
    }
}
