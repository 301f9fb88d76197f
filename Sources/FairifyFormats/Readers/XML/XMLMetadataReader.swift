import FairifyModel

/// Reads an XML metadata document: detects the dialect from the root element and its
/// namespace, unwraps envelopes (OAI-PMH, CSW responses) and returns one record per resource.
public enum XMLMetadataReader {
    public static func read(bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReadResult {
        let document = try XMLDocument.parse(bytes: bytes, file: file)
        guard let root = document.root else {
            throw Diagnostic.error("XML document has no root element", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return try read(root: root, forcedDialect: options.dialect)
    }

    /// Reads records from an already parsed document.
    public static func read(root: XMLElement, forcedDialect: Dialect? = nil) throws -> ReadResult {
        var collector = XMLRecordCollector()
        try collector.collect(root, envelope: nil, forcedDialect: forcedDialect)
        guard let dialect = collector.dialect else {
            throw unrecognised(root)
        }
        return ReadResult(file: root.document.file, format: .xml, dialect: dialect, records: collector.records, diagnostics: collector.diagnostics)
    }

    static func unrecognised(_ element: XMLElement) -> Diagnostic {
        let namespace = element.namespaceURI.map { "in namespace \($0)" } ?? "without a namespace"
        return .error("unrecognised XML vocabulary <\(element.qualifiedName)> \(namespace)", at: element.location, code: "unrecognised-xml")
    }
}

/// Walks envelopes and hands each payload to its dialect reader.
struct XMLRecordCollector {
    var records: [Record] = []
    var diagnostics: [Diagnostic] = []
    var dialect: Dialect?

    mutating func collect(_ element: XMLElement, envelope: XMLEnvelope?, forcedDialect: Dialect?) throws {
        if OAIPMH.isEnvelope(element) {
            dialect = dialect ?? OAIPMH.dialect(forPrefix: OAIPMH.metadataPrefix(element))
            for (record, header) in OAIPMH.records(element) {
                guard let payload = OAIPMH.payload(record) else {
                    diagnostics.append(.warning("OAI-PMH record has no metadata\(OAIPMH.deletedNote(header))", at: record.location))
                    continue
                }
                try collect(payload, envelope: OAIPMH.envelope(header), forcedDialect: forcedDialect)
            }
            return
        }
        if let payloads = XMLEnvelopes.unwrap(element) {
            for payload in payloads { try collect(payload, envelope: envelope, forcedDialect: forcedDialect) }
            if payloads.isEmpty { dialect = dialect ?? XMLEnvelopes.emptyDialect(element) }
            return
        }
        guard let reader = XMLDialects.reader(for: element, forced: forcedDialect) else {
            throw XMLMetadataReader.unrecognised(element)
        }
        let read = reader.read(element, records.count, envelope)
        dialect = dialect ?? read.first?.dialect ?? reader.dialect
        records.append(contentsOf: read)
    }
}
