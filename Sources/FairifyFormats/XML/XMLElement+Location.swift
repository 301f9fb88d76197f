import CLibXML2
import FairifyModel

extension XMLElement {
    /// Where the start tag begins: line and column from 1 (columns count characters, as for JSON) and the
    /// byte offset. For non-UTF-8 documents only the line is known (column 0, offset -1).
    public var position: SourcePosition {
        let line = Int(xmlGetLineNo(node))
        guard let marker = node.pointee._private, !document.isHTML else { return SourcePosition(line: max(line, 0), column: 0, offset: -1) }
        let tagEnd = Int(bitPattern: marker) - 1
        let source = document.source
        guard tagEnd > 0, tagEnd <= source.count else { return SourcePosition(line: max(line, 0), column: 0, offset: -1) }
        return source.withUnsafeBufferPointer { bytes in
            var start = tagEnd - 1
            var newlinesInTag = 0
            while start > 0, bytes[start] != UInt8(ascii: "<") {
                if bytes[start] == 0x0A { newlinesInTag += 1 }
                start -= 1
            }
            guard bytes[start] == UInt8(ascii: "<") else { return SourcePosition(line: max(line, 0), column: 0, offset: -1) }
            var lineStart = start
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var column = 1
            for index in lineStart..<start where bytes[index] & 0xC0 != 0x80 { column += 1 }
            return SourcePosition(line: max(line - newlinesInTag, 1), column: column, offset: start)
        }
    }

    public var line: Int { position.line }
    public var column: Int { position.column }

    /// An XPath-like path with the names as written, and `[n]` when same-named siblings exist:
    /// `/resource/titles/title[1]`.
    public var path: String {
        var builder = XMLPathBuilder()
        return builder.path(node)
    }

    /// file, line, column and path of this element.
    public var location: SourceLocation {
        SourceLocation(file: document.file, position: position, path: path)
    }

    /// The element serialised as XML.
    public func serialized(indented: Bool = false) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document.pointer, node, 0, indented ? 1 : 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}

extension XMLDocument {
    /// The whole document serialised (UTF-8).
    public func serialized(indented: Bool = false) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        let options = Int32(indented ? XML_SAVE_FORMAT.rawValue : 0) | (isHTML ? Int32(XML_SAVE_AS_HTML.rawValue) : 0)
        guard let save = xmlSaveToBuffer(buffer, "UTF-8", options) else { return "" }
        _ = xmlSaveDoc(save, pointer)
        _ = xmlSaveClose(save)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Evaluates an XPath 1.0 expression; node-set results give their elements, other
    /// results an empty list. Prefixes used in the expression must be given in `namespaces`.
    public func xpath(_ expression: String, namespaces: [String: String] = [:], from element: XMLElement? = nil) throws -> [XMLElement] {
        guard let context = xmlXPathNewContext(pointer) else { return [] }
        defer { xmlXPathFreeContext(context) }
        let session = XMLParseSession(file: file)
        context.pointee.userData = Unmanaged.passUnretained(session).toOpaque()
        context.pointee.error = LibXML.collectError
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            _ = xmlXPathRegisterNs(context, prefix, uri)
        }
        if let element { context.pointee.node = element.node }
        let result = withExtendedLifetime(session) { xmlXPathEvalExpression(expression, context) }
        guard let result else {
            let reason = session.firstError?.message ?? "invalid expression"
            throw Diagnostic.error("XPath \(expression): \(reason)", code: "xpath")
        }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        var elements: [XMLElement] = []
        for index in 0..<Int(set.pointee.nodeNr) {
            if let node = set.pointee.nodeTab[index], node.pointee.type == XML_ELEMENT_NODE {
                elements.append(XMLElement(node: node, document: self))
            }
        }
        return elements
    }

    /// Evaluates an XPath expression to a string (`string(...)`, `count(...)`...).
    public func xpathString(_ expression: String, namespaces: [String: String] = [:]) throws -> String {
        guard let context = xmlXPathNewContext(pointer) else { return "" }
        defer { xmlXPathFreeContext(context) }
        let session = XMLParseSession(file: file)
        context.pointee.userData = Unmanaged.passUnretained(session).toOpaque()
        context.pointee.error = LibXML.collectError
        for (prefix, uri) in namespaces { _ = xmlXPathRegisterNs(context, prefix, uri) }
        guard let result = withExtendedLifetime(session, { xmlXPathEvalExpression(expression, context) }) else {
            throw Diagnostic.error("XPath \(expression): \(session.firstError?.message ?? "invalid expression")", code: "xpath")
        }
        defer { xmlXPathFreeObject(result) }
        guard let text = xmlXPathCastToString(result) else { return "" }
        defer { xmlFree(text) }
        return String(cString: text)
    }
}
