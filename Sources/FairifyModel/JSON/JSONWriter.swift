/// Serialises `JSONValue`s deterministically: members in their stored order (or sorted),
/// numbers in their lexical form, and only the escapes JSON requires.
public struct JSONWriter: Sendable {
    public var indent: String?
    public var sortKeys: Bool
    /// Put a space after ':' in compact output too.
    public var spaceAfterColon: Bool

    public init(indent: String? = "  ", sortKeys: Bool = false, spaceAfterColon: Bool = true) {
        self.indent = indent
        self.sortKeys = sortKeys
        self.spaceAfterColon = spaceAfterColon
    }

    public static let pretty = JSONWriter()
    public static let compact = JSONWriter(indent: nil, spaceAfterColon: false)

    public func string(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(value, into: &out, level: 0)
        return out
    }

    public func write(_ value: JSONValue, into out: inout String, level: Int) {
        switch value.kind {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.lexical
        case .string(let s): JSONWriter.appendQuoted(s, to: &out)
        case .array(let values):
            guard !values.isEmpty else { out += "[]"; return }
            out += "["
            for (i, element) in values.enumerated() {
                if i > 0 { out += "," }
                newline(&out, level + 1)
                write(element, into: &out, level: level + 1)
            }
            newline(&out, level)
            out += "]"
        case .object(let object):
            guard !object.isEmpty else { out += "{}"; return }
            out += "{"
            let members = sortKeys ? object.members.sorted { $0.key < $1.key } : object.members
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                newline(&out, level + 1)
                JSONWriter.appendQuoted(member.key, to: &out)
                out += (indent != nil || spaceAfterColon) ? ": " : ":"
                write(member.value, into: &out, level: level + 1)
            }
            newline(&out, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { needsEscape = true; break }
        guard needsEscape else { out += s; out += "\""; return }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
