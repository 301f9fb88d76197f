import Foundation

/// A problem found in an input, in the one-line form compilers use:
/// `file:line:col: error: message`. It is also the error type readers throw.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// A stable machine-readable code, such as a JSON-LD error code (`invalid context entry`).
    public var code: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, code: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, code: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, code: code)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, code: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, code: code)
    }

    public var description: String {
        let text = message.replacingNewlines()
        guard let location else { return "\(severity.rawValue): \(text)" }
        return "\(location): \(severity.rawValue): \(text)"
    }
}

extension String {
    /// Keeps diagnostics on one line whatever the message contains.
    func replacingNewlines() -> String {
        guard contains(where: \.isNewline) else { return self }
        return split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
