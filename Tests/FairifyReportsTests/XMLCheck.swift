import CLibXML2
import Foundation

/// Parses documents with libxml2 the way a browser or CI server would, and answers XPath questions.
final class ParsedDocument {
    private let doc: xmlDocPtr

    /// `html: true` uses the forgiving HTML parser; otherwise strict XML (errors fail).
    init?(_ text: String, html: Bool) {
        let bytes = Array(text.utf8)
        let options = html ? Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
                           : Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                html ? htmlReadMemory(pointer, Int32(buffer.count), "report.html", "UTF-8", options)
                     : xmlReadMemory(pointer, Int32(buffer.count), "report.xml", "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// String values of the nodes an XPath selects (attributes give their value, elements their text).
    func values(_ xpath: String) -> [String] {
        guard let context = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(context) }
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { index in
            guard let node = set.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { return nil }
            defer { xmlFree(content) }
            return String(cString: content)
        }
    }

    func count(_ xpath: String) -> Int { values(xpath).count }
}
