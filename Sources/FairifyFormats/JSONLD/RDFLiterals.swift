import Foundation

/// Lexical forms of RDF literals produced from JSON values.
enum RDFLiterals {
    /// BCP 47 shape: letters, then `-`-separated alphanumeric subtags of 1 to 8 characters.
    static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// XSD canonical double: `1.1E0`, `1.0E21`.
    static func canonicalDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        let formatted = String(format: "%.15E", value)
        guard let e = formatted.firstIndex(of: "E") else { return formatted }
        var mantissa = String(formatted[..<e])
        let exponent = Int(formatted[formatted.index(after: e)...]) ?? 0
        while mantissa.hasSuffix("0") && !mantissa.hasSuffix(".0") { mantissa.removeLast() }
        return mantissa + "E" + String(exponent)
    }

    static func canonicalInteger(_ number: JSONNumber) -> String {
        if number.isIntegerLexical, let int = Int(number.lexical) { return String(int) }
        if abs(number.double) < 9e18 { return String(Int64(number.double)) }
        return String(format: "%.0f", number.double)
    }
}

/// JSON Canonicalization Scheme (RFC 8785) output for `@json` literals.
enum CanonicalJSON {
    static func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, &out)
        return out
    }

    private static func write(_ value: JSONValue, _ out: inout String) {
        switch value.kind {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n.double)
        case .string(let s): JSONWriter.appendQuoted(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() { if i > 0 { out += "," }; write(item, &out) }
            out += "]"
        case .object(let object):
            out += "{"
            let members = object.members.sorted { Array($0.key.utf16).lexicographicallyPrecedes(Array($1.key.utf16)) }
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                JSONWriter.appendQuoted(member.key, to: &out)
                out += ":"
                write(member.value, &out)
            }
            out += "}"
        }
    }

    private static func number(_ d: Double) -> String {
        if d == 0 { return "0" }
        if d.rounded() == d && abs(d) < 1e21 { return String(format: "%.0f", d) }
        var text = "\(d)"
        if let e = text.firstIndex(of: "e") {
            var exponent = String(text[text.index(after: e)...])
            let sign = exponent.hasPrefix("-") ? "-" : "+"
            exponent = String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
            text = String(text[..<e]) + "e" + sign + exponent
        }
        return text
    }
}
