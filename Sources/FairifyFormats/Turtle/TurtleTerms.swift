import FairifyModel

/// The tokens that make terms: IRIs, prefixed names, blank node labels.
extension TurtleParser {
    /// `<...>` with `\u` escapes, resolved against the base.
    mutating func iriReference() throws -> String {
        scanner.skipSpace()
        let start = scanner.index
        guard scanner.current == UInt8(ascii: "<") else { throw scanner.error("expected an IRI in <...> but found \(scanner.found)") }
        scanner.index += 1
        var bytes: [UInt8] = []
        while let byte = scanner.current, byte != UInt8(ascii: ">") {
            if byte == UInt8(ascii: "\\") {
                try appendUnicodeEscape(to: &bytes)
                continue
            }
            if TurtleCharacters.isForbiddenInIRI(byte) {
                throw scanner.error(byte == 0x0A || byte == 0x0D || scanner.atEnd ? "unterminated IRI: no '>' for the '<'" : "\(scanner.found) is not allowed in an IRI", at: byte <= 0x20 ? start : nil)
            }
            bytes.append(byte)
            scanner.index += 1
        }
        guard !scanner.atEnd else { throw scanner.error("unterminated IRI: no '>' for the '<'", at: start) }
        scanner.index += 1
        let reference = String(decoding: bytes, as: UTF8.self)
        guard let base, !IRI.isAbsolute(reference) else { return reference }
        return IRI.resolve(reference, against: base)
    }

    /// The prefix part of a prefixed name, up to (not including) the ':'.
    mutating func prefixName() throws -> String {
        let start = scanner.index
        guard let first = scanner.current, first != UInt8(ascii: ":") else { return "" }
        guard TurtleCharacters.isNameStart(first) else {
            throw scanner.error("expected an IRI, a prefixed name, a blank node or a literal but found \(scanner.found)")
        }
        while let byte = scanner.current, TurtleCharacters.isNameByte(byte) || byte == UInt8(ascii: ".") { scanner.index += 1 }
        while scanner.index > start, scanner.bytes[scanner.index - 1] == UInt8(ascii: ".") { scanner.index -= 1 }
        return String(decoding: scanner.bytes[start..<scanner.index], as: UTF8.self)
    }

    /// `prefix:local` expanded through the declared prefixes.
    mutating func prefixedName() throws -> String {
        let start = scanner.index
        let prefix = try prefixName()
        guard scanner.current == UInt8(ascii: ":") else {
            scanner.index = start
            throw scanner.error("expected an IRI, a prefixed name, a blank node or a literal but found \(scanner.found)")
        }
        scanner.index += 1
        guard let namespace = prefixes[prefix] else { throw scanner.error("the prefix '\(prefix):' is not declared", at: start) }
        return namespace + (try localName())
    }

    /// The local part of a prefixed name: `\`-escapes are unescaped, `%XX` kept as written,
    /// and a final '.' is left for the end of the statement.
    private mutating func localName() throws -> String {
        var bytes: [UInt8] = []
        var trailingDots = 0
        while let byte = scanner.current {
            if byte == UInt8(ascii: "\\") {
                guard let escaped = scanner.peek(1), Self.localEscapes.contains(escaped) else {
                    throw scanner.error("invalid escape in a prefixed name")
                }
                bytes.append(escaped)
                scanner.index += 2
                trailingDots = 0
                continue
            }
            if byte == UInt8(ascii: "%") {
                guard Self.isHex(scanner.peek(1)), Self.isHex(scanner.peek(2)) else { throw scanner.error("'%' in a prefixed name must be followed by two hex digits") }
            } else if !(TurtleCharacters.isNameByte(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")) {
                break
            }
            trailingDots = byte == UInt8(ascii: ".") ? trailingDots + 1 : 0
            bytes.append(byte)
            scanner.index += 1
        }
        scanner.index -= trailingDots
        return String(decoding: bytes.dropLast(trailingDots), as: UTF8.self)
    }

    mutating func blankNodeLabel() throws -> RDFGraphTerm {
        scanner.index += 2
        let start = scanner.index
        while let byte = scanner.current, TurtleCharacters.isNameByte(byte) || byte == UInt8(ascii: ".") { scanner.index += 1 }
        while scanner.index > start, scanner.bytes[scanner.index - 1] == UInt8(ascii: ".") { scanner.index -= 1 }
        guard scanner.index > start else { throw scanner.error("expected a blank node label after '_:'") }
        return .blank("_:" + String(decoding: scanner.bytes[start..<scanner.index], as: UTF8.self))
    }

    /// Appends the scalar of a `\uXXXX` or `\UXXXXXXXX` escape at the cursor.
    mutating func appendUnicodeEscape(to bytes: inout [UInt8]) throws {
        let start = scanner.index
        let width = scanner.peek(1) == UInt8(ascii: "u") ? 4 : scanner.peek(1) == UInt8(ascii: "U") ? 8 : 0
        guard width > 0 else { throw scanner.error("invalid escape; only \\uXXXX and \\UXXXXXXXX are allowed here") }
        var value: UInt32 = 0
        for offset in 2..<(2 + width) {
            guard let byte = scanner.peek(offset), let digit = Self.hexValue(byte) else { throw scanner.error("invalid \\u escape: expected \(width) hex digits", at: start) }
            value = value * 16 + digit
        }
        guard let scalar = Unicode.Scalar(value) else { throw scanner.error("the escape does not name a Unicode character", at: start) }
        bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
        scanner.index += 2 + width
    }

    static let localEscapes: Set<UInt8> = Set("_~.-!$&'()*+,;=/?#@%".utf8)

    static func isHex(_ byte: UInt8?) -> Bool { byte.flatMap(hexValue) != nil }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }
}
