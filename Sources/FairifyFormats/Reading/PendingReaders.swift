// Temporary stand-in for the JSON-LD reader another helper is writing (see TEAM.md
// interfaces); deleted as soon as the real one lands on main.

enum JSONLDMetadataReader {
    static func read(document: JSONValue, file: String, format: DocumentFormat, options: ReaderOptions) throws -> ReadResult {
        throw Diagnostic.error("JSON-LD metadata is not supported yet", at: SourceLocation(file: file, position: document.position), code: "unsupported")
    }
}
