import Foundation

/// A JSON-LD processing error carrying the error code the JSON-LD 1.1 API defines
/// (`invalid context entry`, `loading remote context failed`, ...).
public struct JSONLDError: Error, Sendable, CustomStringConvertible {
    public var code: String
    public var message: String
    public var position: SourcePosition

    public init(_ code: String, _ message: String = "", at position: SourcePosition = .unknown) {
        self.code = code
        self.message = message
        self.position = position
    }

    public var description: String { message.isEmpty ? code : "\(code): \(message)" }

    /// The one-line diagnostic for `file`, with the error code as the diagnostic's code.
    public func diagnostic(file: String) -> Diagnostic {
        let location = SourceLocation(file: file, position: position)
        return Diagnostic.error(description, at: location, code: code)
    }
}

extension JSONLDError {
    static func invalidContextEntry(_ message: String, _ at: SourcePosition = .unknown) -> JSONLDError {
        JSONLDError("invalid context entry", message, at: at)
    }
}
