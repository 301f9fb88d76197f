/// ANSI styling that collapses to plain text when colour is off.
public struct TextStyle: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }

    func status(_ status: ResultStatus) -> String {
        switch status {
        case .pass: return paint("✓", "32")
        case .partial: return paint("◐", "33")
        case .fail: return paint("✗", "31")
        case .notAssessed: return dim("?")
        case .needsAttestation: return paint("!", "36")
        case .error: return paint("E", "31")
        }
    }

    func bar(_ score: Double, width: Int = 20) -> String {
        let filled = max(0, min(width, Int((score * Double(width)).rounded())))
        let code = score >= 0.75 ? "32" : (score >= 0.5 ? "33" : "31")
        return paint(String(repeating: "█", count: filled), code) + dim(String(repeating: "░", count: width - filled))
    }
}

enum Format {
    static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format2(value))
    }

    private static func format2(_ value: Double) -> String {
        var text = String((value * 100).rounded() / 100)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
