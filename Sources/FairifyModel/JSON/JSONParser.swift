/// A strict RFC 8259 parser producing `JSONValue`s with positions.
///
/// Errors are `Diagnostic`s naming file, line and column. Nesting is bounded
/// (`maxDepth`) so hostile input cannot exhaust the stack; duplicate keys are kept
/// (the last one wins, as most parsers do) and reported in `warnings`.
public struct JSONParser {
    public struct Options: Sendable {
        public var maxDepth: Int = 512
        public var reportDuplicateKeys: Bool = true
        public init() {}
    }

    public struct Result: Sendable {
        public var value: JSONValue
        public var warnings: [Diagnostic]
    }

    public static func parse(_ text: String, file: String = "<input>", options: Options = Options()) throws -> Result {
        try parse(bytes: Array(text.utf8), file: file, options: options)
    }

    public static func parse(bytes: [UInt8], file: String = "<input>", options: Options = Options()) throws -> Result {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer, file: file, options: options)
            return try parser.parseDocument()
        }
    }
}

/// Checks encodings that are not UTF-8 and the UTF-8 byte order mark; returns how many
/// leading bytes to skip. Shared by every text reader so they all say the same thing.
public enum TextEncodingCheck {
    public static func bomLength(of bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> (skip: Int, warning: Diagnostic?) {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            throw Diagnostic.error("the file is UTF-16 (it starts with a UTF-16 byte order mark); fairify reads UTF-8", at: SourceLocation(file: file, line: 1, column: 1), code: "encoding")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return (3, .warning("the file starts with a UTF-8 byte order mark; it was skipped", at: SourceLocation(file: file, line: 1, column: 1), code: "bom"))
        }
        if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 {
            throw Diagnostic.error("the file looks like UTF-16 or binary data (NUL bytes); fairify reads UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1), code: "encoding")
        }
        return (0, nil)
    }

    /// Position of the first byte that is not valid UTF-8, or nil.
    public static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        var i = start
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while i < n {
            // Metadata is mostly ASCII: skip eight ASCII bytes at a time.
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 } else if b & 0xF0 == 0xE0 { length = 3 } else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 } else { return i }
            if i + length > n { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length == 3 {
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return i }
            } else if length == 4 {
                let b1 = bytes[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return i }
            }
            i += length
        }
        return nil
    }

    /// Line and column (in characters) of a byte offset.
    public static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1, column = 1, i = 0
        while i < offset && i < bytes.count {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}

private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let options: JSONParser.Options
    var index = 0
    var line = 1
    var lineStart = 0
    // Positions are asked for in increasing order, so columns are counted incrementally.
    var columnCacheOffset = 0
    var columnCache = 1
    var depth = 0
    var warnings: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, options: JSONParser.Options) {
        self.bytes = bytes
        self.file = file
        self.options = options
    }

    mutating func parseDocument() throws -> JSONParser.Result {
        let (skip, warning) = try TextEncodingCheck.bomLength(of: bytes, file: file)
        if let warning { warnings.append(warning) }
        if let bad = TextEncodingCheck.firstInvalidUTF8(in: bytes, from: skip) {
            index = bad
            throw error("invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true)); fairify reads UTF-8 text", code: "encoding")
        }
        index = skip
        lineStart = skip
        skipWhitespace()
        guard index < bytes.count else { throw error("the file is empty; expected a JSON value") }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describeCurrent()) after the JSON value") }
        return JSONParser.Result(value: value, warnings: warnings)
    }

    var position: SourcePosition {
        mutating get {
            // Columns count characters, not bytes: skip UTF-8 continuation bytes.
            if columnCacheOffset < lineStart || columnCacheOffset > index {
                columnCacheOffset = lineStart
                columnCache = 1
            }
            var i = columnCacheOffset
            var column = columnCache
            while i < index {
                // Eight ASCII bytes are eight columns.
                if i + 8 <= index, word(at: i) & 0x8080_8080_8080_8080 == 0 { column += 8; i += 8; continue }
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            columnCacheOffset = index
            columnCache = column
            return SourcePosition(line: line, column: column, offset: index)
        }
    }

    @inline(__always) func word(at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    mutating func error(_ message: String, code: String = "syntax") -> Diagnostic {
        .error(message, at: SourceLocation(file: file, position: position), code: code)
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "character '\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    mutating func parseValue() throws -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of file; expected a JSON value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""):
            let s = try parseString()
            return JSONValue(.string(s), position: start, endOffset: index)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONValue(.bool(true), position: start, endOffset: index)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONValue(.bool(false), position: start, endOffset: index)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONValue(.null, position: start, endOffset: index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let number = try parseNumber()
            return JSONValue(.number(number), position: start, endOffset: index)
        default:
            throw error("unexpected \(describeCurrent()); expected a JSON value")
        }
    }

    mutating func expectWord(_ word: String) throws {
        let expected = Array(word.utf8)
        let count = expected.count
        guard index + count <= bytes.count, (0..<count).allSatisfy({ bytes[index + $0] == expected[$0] }) else {
            throw error("unexpected \(describeCurrent()); expected '\(word)'")
        }
        index += count
    }

    mutating func enter() throws {
        depth += 1
        if depth > options.maxDepth {
            throw error("nesting is deeper than \(options.maxDepth) levels", code: "too-deep")
        }
    }

    mutating func parseObject(_ start: SourcePosition) throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [JSONObject.Member] = []
        var seen: Set<String>? = nil
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONValue(.object(JSONObject(members: members)), position: start, endOffset: index)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()); expected a quoted key")
            }
            let keyPosition = position
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()); expected ':' after key \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            // Objects have few members: compare lengths, then text; hash only big objects (no quadratic blow-up).
            if members.count >= 64, seen == nil { seen = Set(members.map(\.key)) }
            let length = key.utf8.count
            let duplicate = seen.map { $0.contains(key) } ?? members.contains { $0.key.utf8.count == length && $0.key == key }
            if duplicate {
                if options.reportDuplicateKeys {
                    warnings.append(.warning("duplicate key \"\(key)\"; the last value is used", at: SourceLocation(file: file, position: keyPosition), code: "duplicate-key"))
                }
                members.removeAll { $0.key == key }
            }
            members.append(JSONObject.Member(key: key, value: value, keyPosition: keyPosition))
            seen?.insert(key)
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file; expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
                continue
            }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("unexpected \(describeCurrent()); expected ',' or '}'")
        }
        return JSONValue(.object(JSONObject(members: members)), position: start, endOffset: index)
    }

    mutating func parseArray(_ start: SourcePosition) throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONValue(.array(values), position: start, endOffset: index)
        }
        while true {
            skipWhitespace()
            values.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file; expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
                continue
            }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("unexpected \(describeCurrent()); expected ',' or ']'")
        }
        return JSONValue(.array(values), position: start, endOffset: index)
    }

    mutating func parseString() throws -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string (already validated UTF-8).
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error(b == 0x0A ? "unterminated string (a line break inside a string must be written \\n)" : "control character in a string must be escaped") }
            index += 1
        }
        var buffer = Array(bytes[start..<index])
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800..<0xDC00).contains(scalar),
                       index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try parseHex4()
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            buffer.append(contentsOf: Array(String(Unicode.Scalar(0xFFFD)!).utf8))
                            scalar = low
                        }
                    }
                    let char = Unicode.Scalar(scalar) ?? Unicode.Scalar(0xFFFD)!
                    buffer.append(contentsOf: Array(String(char).utf8))
                default:
                    index -= 1
                    throw error("invalid escape sequence '\\\(describeCurrent())' in a string")
                }
            default:
                if b < 0x20 { throw error(b == 0x0A ? "unterminated string (a line break inside a string must be written \\n)" : "control character in a string must be escaped") }
                buffer.append(b)
                index += 1
            }
        }
        throw error("unterminated string at end of file")
    }

    mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    mutating func parseNumber() throws -> JSONNumber {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
            throw error("invalid number: expected a digit")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                throw error("invalid number: leading zeros are not allowed")
            }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("invalid number: expected a digit after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("invalid number: expected a digit in the exponent") }
        }
        return JSONNumber(lexical: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }
}
