import Foundation

/// Picks the reader for a parsed JSON or YAML document: JSON-LD when it says so (`@context`,
/// `@graph`, expanded form), else the plain dialects recognised by their keys.
enum DialectDispatch {
    static func read(document: JSONValue, name: String, format: DocumentFormat, options: ReaderOptions) throws -> ReadResult {
        if let forced = options.dialect {
            return try read(document: document, as: forced, name: name, format: format, options: options)
        }
        if isJSONLD(document) {
            return try JSONLDMetadataReader.read(document: document, file: name, format: format == .yaml ? .yaml : .jsonLD, options: options)
        }
        if format == .yaml, CitationCFFReader.matches(document) {
            return CitationCFFReader.read(document: document, file: name, format: format)
        }
        if ZenodoReader.matches(document) { return ZenodoReader.read(document: document, file: name, format: format) }
        if DataCiteJSONReader.matches(document) { return DataCiteJSONReader.read(document: document, file: name, format: format) }
        if DataPackageReader.matches(document) { return DataPackageReader.read(document: document, file: name, format: format) }
        if CitationCFFReader.matches(document) { return CitationCFFReader.read(document: document, file: name, format: format) }
        if ColDPReader.matches(document, name: name) { return ColDPReader.read(document: document, file: name, format: format) }
        throw unrecognised(document, name: name, format: format)
    }

    private static func read(document: JSONValue, as dialect: Dialect, name: String, format: DocumentFormat, options: ReaderOptions) throws -> ReadResult {
        switch dialect {
        case .dataCiteJSON: return DataCiteJSONReader.read(document: document, file: name, format: format)
        case .dataPackage: return DataPackageReader.read(document: document, file: name, format: format)
        case .citationCFF: return CitationCFFReader.read(document: document, file: name, format: format)
        case .zenodo: return ZenodoReader.read(document: document, file: name, format: format)
        case .coldp: return ColDPReader.read(document: document, file: name, format: format)
        case .turtle:
            throw Diagnostic.error("--dialect turtle needs a Turtle input", at: SourceLocation(file: name, line: 1, column: 1), code: "usage")
        case .dataCiteXML, .dublinCore, .rdfXML, .eml, .ddi, .iso19115:
            throw Diagnostic.error("--dialect \(dialect.rawValue) needs an XML input", at: SourceLocation(file: name, line: 1, column: 1), code: "usage")
        default:
            return try JSONLDMetadataReader.read(document: document, file: name, format: format == .yaml ? .yaml : .jsonLD, options: options)
        }
    }

    static func isJSONLD(_ document: JSONValue) -> Bool {
        switch document.kind {
        case .object(let object):
            return object.keys.contains { $0 == "@context" || $0 == "@graph" || $0 == "@id" || $0 == "@type" }
        case .array(let values):
            // Expanded JSON-LD: node objects keyed by keywords and absolute IRIs.
            guard let first = values.first?.objectValue else { return false }
            return first.keys.contains { $0.hasPrefix("@") || $0.contains("://") }
        default:
            return false
        }
    }

    private static func unrecognised(_ document: JSONValue, name: String, format: DocumentFormat) -> Diagnostic {
        let location = SourceLocation(file: name, position: document.position.isKnown ? document.position : SourcePosition(line: 1, column: 1))
        guard document.objectValue != nil || document.arrayValue != nil else {
            return .error("the document is a single \(format == .yaml ? "YAML" : "JSON") scalar, not a metadata record", at: location, code: "unrecognised")
        }
        if format == .yaml {
            return .error("unrecognised YAML metadata (no @context, not CITATION.cff, not a Data Package, not ColDP metadata)", at: location, code: "unrecognised")
        }
        return .error("unrecognised JSON metadata (no @context, not DataCite JSON, not a Data Package, not a Zenodo record)", at: location, code: "unrecognised")
    }
}

/// JSON files: one document, or JSON Lines (one record per line).
enum JSONDocumentReader {
    static func read(bytes: [UInt8], name: String, options: ReaderOptions) throws -> ReadResult {
        let isLinesName = name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
        let parsed: JSONParser.Result
        do {
            if isLinesName { return try readLines(bytes: bytes, name: name, options: options) }
            parsed = try JSONParser.parse(bytes: bytes, file: name)
        } catch let error as Diagnostic where error.message.hasSuffix("after the JSON value") && !isLinesName {
            // Several values one per line is JSON Lines, whatever the name says.
            guard let lines = try? readLines(bytes: bytes, name: name, options: options) else { throw error }
            return lines
        } catch let error as Diagnostic where yamlNamed(name) {
            // A YAML flow mapping starts with '{' too.
            guard let document = try? YAMLReader.parse(bytes: bytes, file: name) else { throw error }
            return try DialectDispatch.read(document: document, name: name, format: .yaml, options: options)
        }
        var result = try DialectDispatch.read(document: parsed.value, name: name, format: .json, options: options)
        result.diagnostics = parsed.warnings + result.diagnostics
        return result
    }

    private static func yamlNamed(_ name: String) -> Bool {
        [".yaml", ".yml", ".yamlld", ".cff"].contains { name.lowercased().hasSuffix($0) }
    }

    static func readLines(bytes: [UInt8], name: String, options: ReaderOptions) throws -> ReadResult {
        var records: [Record] = [], diagnostics: [Diagnostic] = []
        var dialect: Dialect?, format = DocumentFormat.json
        var lineNumber = 0, lineStart = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = Array(bytes[lineStart..<lineEnd])
            defer { lineStart = lineEnd + 1 }
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            let parsed: JSONParser.Result
            do {
                parsed = try JSONParser.parse(bytes: line, file: name)
            } catch var error as Diagnostic {
                error.location?.line = lineNumber
                throw error
            }
            let value = parsed.value.shifted(lines: lineNumber - 1, bytes: lineStart)
            let result = try DialectDispatch.read(document: value, name: name, format: .json, options: options)
            dialect = dialect ?? result.dialect
            format = result.format
            for var record in result.records {
                record.index = records.count
                records.append(record)
            }
            diagnostics += result.diagnostics
        }
        guard let dialect else {
            throw Diagnostic.error("the file is empty", at: SourceLocation(file: name, line: 1, column: 1), code: "empty")
        }
        return ReadResult(file: name, format: format, dialect: dialect, records: records, diagnostics: diagnostics)
    }
}

/// YAML files: YAML-LD, CITATION.cff, datapackage.yaml.
enum YAMLDocumentReader {
    static func read(document: JSONValue, name: String, options: ReaderOptions) throws -> ReadResult {
        try DialectDispatch.read(document: document, name: name, format: .yaml, options: options)
    }
}

extension JSONValue {
    /// The same value with positions moved down by `lines` lines and `bytes` bytes
    /// (for a line of JSON Lines parsed on its own).
    func shifted(lines: Int, bytes: Int) -> JSONValue {
        var copy = self
        if copy.position.isKnown {
            copy.position = SourcePosition(line: position.line + lines, column: position.column, offset: position.offset + bytes)
            if copy.endOffset >= 0 { copy.endOffset += bytes }
        }
        switch kind {
        case .array(let values):
            copy.kind = .array(values.map { $0.shifted(lines: lines, bytes: bytes) })
        case .object(let object):
            copy.kind = .object(JSONObject(members: object.members.map { member in
                var moved = member
                moved.value = member.value.shifted(lines: lines, bytes: bytes)
                if member.keyPosition.isKnown {
                    moved.keyPosition = SourcePosition(line: member.keyPosition.line + lines, column: member.keyPosition.column, offset: member.keyPosition.offset + bytes)
                }
                return moved
            }))
        default:
            break
        }
        return copy
    }
}
