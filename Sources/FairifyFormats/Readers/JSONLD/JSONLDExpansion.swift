import FairifyModel

/// Expansion through the project's JSON-LD processor (offline loader, lenient remote contexts).
enum JSONLDExpansion {
    struct Result {
        var expanded: JSONValue
        var warnings: [String]
        var notes: [Diagnostic]
    }

    static func expand(_ document: JSONValue, file: String, options: ReaderOptions, dialectHint: Dialect?) throws -> Result {
        // Replaced by the real processor call once FairifyFormats/JSONLD lands on main.
        throw Diagnostic.error("JSON-LD expansion is not available yet", at: SourceLocation(file: file))
    }
}
