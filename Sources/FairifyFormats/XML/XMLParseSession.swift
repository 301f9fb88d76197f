import CLibXML2
import FairifyModel

/// Per-parse state reached from libxml2's callbacks through the parser context's `_private`.
/// Keeping it per context (never in libxml2's globals) lets several threads parse at once.
final class XMLParseSession {
    let file: String
    var firstError: Diagnostic?
    var refusedEntities = false

    init(file: String) { self.file = file }

    func record(_ error: UnsafePointer<xmlError>?) {
        guard firstError == nil, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let raw = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
        let message = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let location = SourceLocation(file: file, line: Int(error.pointee.line), column: max(Int(error.pointee.int2), 1))
        firstError = .error(message.isEmpty ? "malformed XML" : message, at: location, code: "xml")
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> XMLParseSession? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let session = parser.pointee._private else { return nil }
        return Unmanaged<XMLParseSession>.fromOpaque(session).takeUnretainedValue()
    }
}

enum LibXML {
    /// libxml2 wants one initialisation per process before threads parse concurrently.
    static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static let collectError: xmlStructuredErrorFunc = { context, error in
        guard let context else { return }
        Unmanaged<XMLParseSession>.fromOpaque(context).takeUnretainedValue().record(error)
    }

    /// Stops the parse at the first entity declaration: entity expansion (billion laughs) and
    /// external entities (XXE) are refused before they can be used.
    static let refuseEntity: entityDeclSAXFunc = { context, _, _, _, _, _ in
        guard let context else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        if let session = XMLParseSession.from(context), !session.refusedEntities {
            session.refusedEntities = true
            let line = Int(parser.pointee.input?.pointee.line ?? 0)
            let column = Int(parser.pointee.input?.pointee.col ?? 0)
            session.firstError = .error("entity declarations are not allowed (entity expansion and external entities are refused)",
                                        at: SourceLocation(file: session.file, line: line, column: max(column, 1)), code: "xml-entity")
        }
        xmlStopParser(parser)
    }

    /// Stops the parse at a DOCTYPE that names an external DTD: it is never fetched, and a
    /// document that depends on one is refused rather than read half-understood.
    static let refuseExternalDTD: internalSubsetSAXFunc = { context, name, externalID, systemID in
        guard externalID != nil || systemID != nil else {
            xmlSAX2InternalSubset(context, name, externalID, systemID)
            return
        }
        guard let context else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        if let session = XMLParseSession.from(context), session.firstError == nil {
            let target = systemID.map { String(cString: $0) } ?? externalID.map { String(cString: $0) } ?? ""
            let line = Int(parser.pointee.input?.pointee.line ?? 0)
            session.firstError = .error("external DTDs are not allowed (\(target)); fairify never loads them",
                                        at: SourceLocation(file: session.file, line: line, column: 1), code: "xml-dtd")
        }
        xmlStopParser(parser)
    }

    /// Remembers where each element's start tag ends (the parser stands on its `>`), so the
    /// element's exact line, column and byte offset can be found later by looking back for `<`.
    static let startElement: startElementNsSAX2Func = { context, localname, prefix, uri, nbNamespaces, namespaces, nbAttributes, nbDefaulted, attributes in
        xmlSAX2StartElementNs(context, localname, prefix, uri, nbNamespaces, namespaces, nbAttributes, nbDefaulted, attributes)
        guard let context else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let node = parser.pointee.node, let input = parser.pointee.input,
              let cur = input.pointee.cur, let base = input.pointee.base,
              input.pointee.buf?.pointee.encoder == nil else { return }
        let offset = Int(input.pointee.consumed) + (cur - base)
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: offset + 1)
    }
}
