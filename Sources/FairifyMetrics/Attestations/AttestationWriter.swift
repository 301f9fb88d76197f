/// Writes an answers file that `AttestationSet.parse` reads back: ids sorted, strings
/// double-quoted (JSON-style escapes are valid YAML), so diffs stay small and stable.
extension AttestationSet {
    public func yaml(header: String? = nil) -> String {
        var lines: [String] = []
        if let header { lines += header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" } }
        lines.append(entries.isEmpty ? "attestations: {}" : "attestations:")
        for id in entries.keys.sorted() {
            guard let answer = entries[id] else { continue }
            lines.append("  \(Self.quoted(id)):")
            lines.append("    status: \(answer.status.rawValue)")
            lines.append("    justification: \(Self.quoted(answer.justification))")
            if let evidence = answer.evidenceURL { lines.append("    evidence: \(Self.quoted(evidence))") }
            if let by = answer.by { lines.append("    by: \(Self.quoted(by))") }
            if let date = answer.date { lines.append("    date: \(Self.quoted(date))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
