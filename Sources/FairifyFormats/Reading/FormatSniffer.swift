import Foundation

/// What the first significant bytes of an input say it is.
enum SniffedSyntax: Equatable {
    case xml, html, json, yaml, turtle
}

/// Detects the syntax from content; the file name is only a hint for ambiguous text.
enum FormatSniffer {
    /// Checks the encoding and returns the syntax and how many BOM bytes to skip.
    static func sniff(_ bytes: [UInt8], name: String) throws -> (syntax: SniffedSyntax, skip: Int, warning: Diagnostic?) {
        let (skip, warning) = try bytes.withUnsafeBufferPointer { try TextEncodingCheck.bomLength(of: $0, file: name) }
        guard let first = firstSignificant(bytes, from: skip) else {
            throw Diagnostic.error("the file is empty", at: SourceLocation(file: name, line: 1, column: 1), code: "empty")
        }
        try rejectBinary(bytes, from: skip, name: name)
        let syntax = classify(bytes, at: first, name: name)
        if syntax != .xml && syntax != .html {
            // XML may declare another encoding (libxml2 handles it); everything else must be UTF-8.
            try bytes.withUnsafeBufferPointer { buffer in
                if let bad = TextEncodingCheck.firstInvalidUTF8(in: buffer, from: skip) {
                    let position = TextEncodingCheck.position(of: bad, in: buffer)
                    throw Diagnostic.error("invalid UTF-8 byte 0x\(String(buffer[bad], radix: 16, uppercase: true)) (mixed or wrong encoding); fairify reads UTF-8 text", at: SourceLocation(file: name, position: position), code: "encoding")
                }
            }
        }
        return (syntax, skip, warning)
    }

    private static func firstSignificant(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i < bytes.count ? i : nil
    }

    private static func rejectBinary(_ bytes: [UInt8], from start: Int, name: String) throws {
        let end = min(bytes.count, start + 1024)
        guard start < end else { return }
        if let nul = bytes[start..<end].firstIndex(of: 0) {
            let position = bytes.withUnsafeBufferPointer { TextEncodingCheck.position(of: nul, in: $0) }
            throw Diagnostic.error("binary data (a NUL byte); fairify reads metadata text", at: SourceLocation(file: name, position: position), code: "binary")
        }
        // Checked in place: copying the 1 KB head into an array cost more than the check.
        let invalid = bytes.withUnsafeBufferPointer { TextEncodingCheck.firstInvalidUTF8(in: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        // A multi-byte character cut at the 1 KB boundary is not binary.
        if let invalid, invalid < end - start - 4, !declaresLegacyXMLEncoding(Array(bytes[start..<end])) {
            let position = bytes.withUnsafeBufferPointer { TextEncodingCheck.position(of: start + invalid, in: $0) }
            throw Diagnostic.error("binary data or a non-UTF-8 encoding (invalid UTF-8 near the start); fairify reads UTF-8 text", at: SourceLocation(file: name, position: position), code: "binary")
        }
    }

    private static func declaresLegacyXMLEncoding(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(200), as: UTF8.self).lowercased()
        guard text.hasPrefix("<?xml"), let range = text.range(of: "encoding=") else { return false }
        return !text[range.upperBound...].dropFirst().hasPrefix("utf-8")
    }

    private static func classify(_ bytes: [UInt8], at first: Int, name: String) -> SniffedSyntax {
        switch bytes[first] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        default: break
        }
        if bytes[first] == UInt8(ascii: "<") {
            return startsWithTriple(bytes, at: first) ? .turtle : looksLikeHTML(bytes, from: first) ? .html : .xml
        }
        let head = String(decoding: bytes[first..<min(bytes.count, first + 4096)], as: UTF8.self)
        // Comments look alike in YAML and Turtle: decide on the first other line.
        let firstLine = firstSignificantLine(head)
        if TurtleSniffing.startsTurtle(firstLine) { return .turtle }
        if firstLine.hasPrefix("<"), TurtleSniffing.startsWithTriple(head[firstLine.startIndex...]) { return .turtle }
        return TurtleSniffing.isTurtleName(name) && !firstLine.contains(": ") ? .turtle : .yaml
    }

    /// The first line that is neither blank nor a comment, without its indentation (lines are
    /// found one at a time: splitting the whole head cost more than reading the record).
    private static func firstSignificantLine(_ head: String) -> Substring {
        var rest = head[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end].drop { $0 == " " || $0 == "\t" }
            if !line.isEmpty && !line.hasPrefix("#") { return line }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return ""
    }

    /// An N-Triples or Turtle line `<iri> …`. XML prologs, comments and doctypes (`<?`, `<!`) are ruled
    /// out on the byte after `<`, so most XML inputs never build a string here.
    private static func startsWithTriple(_ bytes: [UInt8], at first: Int) -> Bool {
        guard first + 1 < bytes.count, (bytes[first + 1] | 0x20) >= UInt8(ascii: "a"), (bytes[first + 1] | 0x20) <= UInt8(ascii: "z") else { return false }
        let limit = min(bytes.count, first + 4096)
        let lineEnd = bytes[first..<limit].firstIndex(of: 0x0A).map { $0 + 1 } ?? limit
        return TurtleSniffing.startsWithTriple(String(decoding: bytes[first..<lineEnd], as: UTF8.self)[...])
    }

    /// HTML when the first markup after prolog and comments is a doctype html or an `<html>` root.
    private static func looksLikeHTML(_ bytes: [UInt8], from start: Int) -> Bool {
        let end = min(bytes.count, start + 4096)
        var i = start
        while i < end {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if hasPrefix(bytes, at: i, "<?") || hasPrefix(bytes, at: i, "<!--") {
                let terminator = hasPrefix(bytes, at: i, "<?") ? "?>" : "-->"
                guard let close = find(terminator, in: bytes, from: i + 2, before: end) else { return false }
                i = close
                continue
            }
            return hasPrefix(bytes, at: i, "<!doctype html") || hasPrefix(bytes, at: i, "<html")
        }
        return false
    }

    /// Case-insensitive (ASCII) prefix test on bytes.
    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        var i = index
        for expected in prefix.utf8 {
            guard i < bytes.count else { return false }
            let b = bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] + 0x20 : bytes[i]
            guard b == expected else { return false }
            i += 1
        }
        return true
    }

    private static func find(_ needle: String, in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        var i = start
        while i < end {
            if hasPrefix(bytes, at: i, needle) { return i + needle.utf8.count }
            i += 1
        }
        return nil
    }
}
