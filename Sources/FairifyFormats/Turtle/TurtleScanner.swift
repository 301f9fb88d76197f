import FairifyModel

/// Byte-level reading of Turtle text: look-ahead, white space and comments, and positions.
/// Line and column are worked out only when asked for, moving forward from the last answer,
/// so tokens cost nothing extra and a long single-line file stays linear.
struct TurtleScanner {
    let bytes: [UInt8]
    let file: String
    var index: Int
    private var tracked: (offset: Int, line: Int, column: Int)

    init(bytes: [UInt8], file: String, start: Int = 0) {
        self.bytes = bytes
        self.file = file
        index = start
        tracked = (start, 1, 1)
    }

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    func startsWith(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in (0..<count).allSatisfy { bytes[index + $0] == prefix[$0] } }
    }

    /// ASCII case-insensitive keyword (SPARQL-style `PREFIX`, `BASE`) followed by white space
    /// or an IRI, so that a prefixed name such as `base:x` is not taken for it.
    func startsWithKeyword(_ keyword: String) -> Bool {
        var i = index
        for expected in keyword.utf8 {
            guard i < bytes.count, bytes[i] | 0x20 == expected | 0x20 else { return false }
            i += 1
        }
        guard i < bytes.count else { return false }
        return TurtleCharacters.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "<")
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipSpace()
        guard current == byte else { throw error("expected \(what) but found \(found)") }
        index += 1
    }

    /// A short description of what is at the cursor, for error messages.
    var found: String {
        guard let byte = current else { return "the end of the file" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        switch byte {
        case 0x0A, 0x0D: return "a line break"
        case 0x20: return "a space"
        case 0x09: return "a tab"
        default: return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    mutating func position(at offset: Int) -> SourcePosition {
        if offset < tracked.offset { tracked = (0, 1, 1) }
        var (i, line, column) = tracked
        while i < offset, i < bytes.count {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        tracked = (i, line, column)
        return SourcePosition(line: line, column: column, offset: offset)
    }

    mutating func error(_ message: String, at offset: Int? = nil) -> Diagnostic {
        let position = position(at: offset ?? index)
        return .error("Turtle: \(message)", at: SourceLocation(file: file, position: position), code: "syntax")
    }
}

enum TurtleCharacters {
    /// Bytes that may continue a prefixed name or keyword (non-ASCII letters are allowed wholesale).
    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Bytes an IRI reference may not hold unescaped (besides controls and space).
    static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"): return true
        default: return byte <= 0x20
        }
    }

    static func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= 0x30 && byte <= 0x39
    }
}
