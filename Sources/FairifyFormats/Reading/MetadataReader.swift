import Foundation

/// How readers behave; shared by every command that reads metadata.
public struct ReaderOptions: Sendable {
    /// `URL=FILE` maps one remote context to a local file; `PREFIX/=DIR/` maps every URL under
    /// PREFIX to files under DIR (see `--context-map`).
    public var contextMap: [(prefix: String, path: String)] = []
    /// Remote contexts and documents may be fetched only when this is set (`--allow-network`).
    public var allowNetwork = false
    /// Inputs larger than this are refused, so memory stays bounded.
    public var maxInputBytes = 256 * 1024 * 1024
    /// Force a dialect instead of detecting it.
    public var dialect: Dialect?

    public init() {}
}

/// Reads one input (a file path, or `-` for standard input) into records.
/// Detects the format from content, not only from the name; throws a `Diagnostic`
/// (`file:line:col: error: ...`) for input that cannot be read.
public enum MetadataReader {
    public static func read(path: String, options: ReaderOptions = ReaderOptions()) throws -> ReadResult {
        let bytes = try InputLoader.load(path: path, maxBytes: options.maxInputBytes)
        return try read(bytes: bytes, name: path, options: options)
    }

    public static func read(bytes: [UInt8], name: String, options: ReaderOptions = ReaderOptions()) throws -> ReadResult {
        guard bytes.count <= options.maxInputBytes else {
            throw Diagnostic.error("the input is larger than the limit of \(options.maxInputBytes) bytes (see --max-input-size); refused", at: SourceLocation(file: name), code: "too-large")
        }
        let (syntax, skip, warning) = try FormatSniffer.sniff(bytes, name: name)
        var result = try read(syntax: syntax, bytes: bytes, skip: skip, name: name, options: options)
        // The JSON parser reports the byte order mark itself.
        if let warning, syntax != .json { result.diagnostics.insert(warning, at: 0) }
        return result
    }

    private static func read(syntax: SniffedSyntax, bytes: [UInt8], skip: Int, name: String, options: ReaderOptions) throws -> ReadResult {
        switch syntax {
        case .xml:
            return try XMLMetadataReader.read(bytes: bytes, file: name, options: options)
        case .html:
            return try readLandingPage(bytes: bytes, name: name, options: options)
        case .json:
            return try JSONDocumentReader.read(bytes: bytes, name: name, options: options)
        case .yaml:
            do {
                let document = try YAMLReader.parse(bytes: bytes, file: name)
                return try YAMLDocumentReader.read(document: document, name: name, options: options)
            } catch var diagnostic as Diagnostic {
                // Prose falls through to YAML by content; say so rather than only citing YAML syntax.
                if let kind = proseKind(name) { diagnostic.message = "\(kind), not a metadata record (read as YAML: \(diagnostic.message))" }
                throw diagnostic
            }
        case .turtle:
            return try TurtleMetadataReader.read(bytes: bytes, start: skip, file: name)
        }
    }

    private static func proseKind(_ name: String) -> String? {
        let kinds = ["md": "a Markdown file", "markdown": "a Markdown file", "txt": "a text file", "rst": "a reStructuredText file",
                     "csv": "a CSV data file", "tsv": "a TSV data file"]
        return kinds[(name as NSString).pathExtension.lowercased()]
    }

    private static func readLandingPage(bytes: [UInt8], name: String, options: ReaderOptions) throws -> ReadResult {
        let blocks = try HTMLLandingPage.jsonLDBlocks(bytes: bytes, file: name)
        guard !blocks.isEmpty else {
            throw Diagnostic.error("the HTML page has no <script type=\"application/ld+json\"> block, so no metadata to read", at: SourceLocation(file: name, line: 1, column: 1), code: "no-metadata")
        }
        var records: [Record] = [], diagnostics: [Diagnostic] = []
        var dialect = Dialect.schemaOrg
        for (index, block) in blocks.enumerated() {
            let result = try JSONLDMetadataReader.read(document: block, file: name, format: .html, options: options)
            if index == 0 { dialect = result.dialect }
            for var record in result.records {
                record.index = records.count
                record.format = .html
                records.append(record)
            }
            diagnostics += result.diagnostics
        }
        return ReadResult(file: name, format: .html, dialect: dialect, records: records, diagnostics: diagnostics)
    }
}
