import CLibXML2
import FairifyModel

/// A parsed XML or HTML document (libxml2). Safe: no network, no entity substitution, no DTD
/// loading, and documents that declare entities are refused. One document is used by one
/// thread at a time; separate documents may be parsed and read concurrently.
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    public let file: String
    /// The UTF-8 source, used to find element columns and byte offsets.
    let source: [UInt8]
    public let isHTML: Bool

    init(pointer: xmlDocPtr, file: String, source: [UInt8], isHTML: Bool) {
        self.pointer = pointer
        self.file = file
        self.source = source
        self.isHTML = isHTML
    }

    deinit { xmlFreeDoc(pointer) }

    public var root: XMLElement? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLElement(node: node, document: self)
    }

    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOCDATA.rawValue
        | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)
    static let htmlOptions = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses XML; throws a one-line `Diagnostic` (`file:line:col: error: ...`) when the bytes
    /// are empty, binary, not well-formed, or declare entities.
    public static func parse(bytes: [UInt8], file: String) throws -> XMLDocument {
        try checkPlausibleText(bytes, file: file, kind: "XML")
        let session = XMLParseSession(file: file)
        let doc: xmlDocPtr? = withSession(session) {
            bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    guard let parser = xmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else { return nil }
                    defer { xmlFreeParserCtxt(parser) }
                    install(session, on: parser, options: xmlOptions)
                    parser.pointee.sax.pointee.entityDecl = LibXML.refuseEntity
                    parser.pointee.sax.pointee.internalSubset = LibXML.refuseExternalDTD
                    parser.pointee.sax.pointee.startElementNs = LibXML.startElement
                    xmlParseDocument(parser)
                    let doc = parser.pointee.myDoc
                    if parser.pointee.wellFormed == 0 || session.firstError != nil {
                        if session.firstError == nil { session.firstError = .error("malformed XML", at: SourceLocation(file: file, line: 1, column: 1)) }
                        xmlFreeDoc(doc)
                        return nil
                    }
                    return doc
                }
            }
        }
        guard let doc else { throw session.firstError ?? .error("cannot parse XML", at: SourceLocation(file: file, line: 1, column: 1)) }
        guard xmlDocGetRootElement(doc) != nil else {
            xmlFreeDoc(doc)
            throw Diagnostic.error("XML document has no root element", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return XMLDocument(pointer: doc, file: file, source: bytes, isHTML: false)
    }

    /// Parses HTML leniently (as browsers do); only empty or binary input is refused.
    public static func parseHTML(bytes: [UInt8], file: String) throws -> XMLDocument {
        try checkPlausibleText(bytes, file: file, kind: "HTML")
        let session = XMLParseSession(file: file)
        let doc: htmlDocPtr? = withSession(session) {
            bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    guard let parser = htmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else { return nil }
                    defer { htmlFreeParserCtxt(parser) }
                    parser.pointee._private = Unmanaged.passUnretained(session).toOpaque()
                    parser.pointee.sax.pointee.serror = LibXML.collectParserError
                    _ = htmlCtxtUseOptions(parser, htmlOptions)
                    htmlParseDocument(parser)
                    return parser.pointee.myDoc
                }
            }
        }
        guard let doc else { throw Diagnostic.error("cannot parse HTML", at: SourceLocation(file: file, line: 1, column: 1)) }
        return XMLDocument(pointer: doc, file: file, source: bytes, isHTML: true)
    }

    private static func install(_ session: XMLParseSession, on parser: xmlParserCtxtPtr, options: Int32) {
        _ = xmlCtxtUseOptions(parser, options)
        parser.pointee._private = Unmanaged.passUnretained(session).toOpaque()
        parser.pointee.sax.pointee.serror = LibXML.collectParserError
    }

    /// Errors libxml2 raises outside a parser context go to the thread's own handler, which
    /// points at this parse's session while it runs (libxml2 keeps these globals per thread).
    private static func withSession<T>(_ session: XMLParseSession, _ body: () -> T) -> T {
        _ = LibXML.initialised
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(session).toOpaque(), LibXML.collectError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(session) { body() }
    }

    private static func firstNUL(in bytes: [UInt8], limit: Int) -> Int? {
        bytes.withUnsafeBytes { buffer in
            let end = min(buffer.count, limit)
            var index = 0
            // Eight bytes at a time: a word has a zero byte iff (w - 0x01..01) & ~w & 0x80..80 != 0.
            while index + 8 <= end {
                let word = buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            while index < end { if buffer[index] == 0 { return index }; index += 1 }
            return nil
        }
    }

    private static func checkPlausibleText(_ bytes: [UInt8], file: String, kind: String) throws {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw Diagnostic.error("empty file: no \(kind) content", at: start)
        }
        guard bytes.count < Int(Int32.max) else { throw Diagnostic.error("file too large for the \(kind) parser", at: start) }
        let head = bytes.prefix(4)
        let utf16or32 = head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.first == 0 || (head.count > 1 && head[head.startIndex + 1] == 0)
        if !utf16or32, let nul = firstNUL(in: bytes, limit: 4096) {
            let position = bytes.withUnsafeBufferPointer { TextEncodingCheck.position(of: nul, in: $0) }
            throw Diagnostic.error("binary content (NUL byte): not \(kind) text", at: SourceLocation(file: file, position: position))
        }
    }
}

extension LibXML {
    /// serror callbacks get the parser context as their data; the session hangs off `_private`.
    static let collectParserError: xmlStructuredErrorFunc = { context, error in
        XMLParseSession.from(context)?.record(error)
    }
}
