// Temporary stand-ins for readers other helpers are writing (see TEAM.md interfaces).
// Each is deleted as soon as the real one lands on main.

enum XMLMetadataReader {
    static func read(bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReadResult {
        throw Diagnostic.error("XML metadata is not supported yet", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
    }
}

enum HTMLLandingPage {
    static func jsonLDBlocks(bytes: [UInt8], file: String) throws -> [JSONValue] {
        throw Diagnostic.error("HTML landing pages are not supported yet", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
    }
}

enum JSONLDMetadataReader {
    static func read(document: JSONValue, file: String, format: DocumentFormat, options: ReaderOptions) throws -> ReadResult {
        throw Diagnostic.error("JSON-LD metadata is not supported yet", at: SourceLocation(file: file, position: document.position), code: "unsupported")
    }
}
