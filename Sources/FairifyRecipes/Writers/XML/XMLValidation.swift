import CLibXML2
import FairifyModel
import Foundation

/// libxml2 checks: well-formedness (no network, no entity substitution, no DTD loading) and
/// XML Schema validation against a local XSD.
public enum XMLValidation {
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)

    public static func checkWellFormed(_ bytes: [UInt8], file: String) throws {
        let doc = parse(bytes)
        guard let doc else {
            throw Diagnostic.error("not well-formed XML: \(lastError())", at: SourceLocation(file: file, line: lastErrorLine()), code: "xml")
        }
        xmlFreeDoc(doc)
    }

    private static func parse(_ bytes: [UInt8]) -> xmlDocPtr? {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "input.xml", nil, parseOptions)
                }
            }
        }
    }

    private static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "unknown error" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func lastErrorLine() -> Int { Int(xmlGetLastError()?.pointee.line ?? 0) }

    /// Validates against an XSD file; returns the problems found (empty when valid).
    public static func validate(_ bytes: [UInt8], schemaPath: String) throws -> [String] {
        guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else {
            throw Diagnostic.error("cannot open the schema", at: SourceLocation(file: schemaPath), code: "schema")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        guard let schema = xmlSchemaParse(parserContext) else {
            throw Diagnostic.error("cannot read the schema: \(lastError())", at: SourceLocation(file: schemaPath), code: "schema")
        }
        defer { xmlSchemaFree(schema) }
        guard let doc = parse(bytes) else { return ["not well-formed XML: \(lastError())"] }
        defer { xmlFreeDoc(doc) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot make a schema validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ErrorCollector()
        let opaque = Unmanaged.passUnretained(collector).toOpaque()
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
            collector.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }, opaque)
        let result = xmlSchemaValidateDoc(context, doc)
        if result != 0, collector.messages.isEmpty { collector.messages.append("the document is not valid (code \(result))") }
        return collector.messages
    }

    private final class ErrorCollector { var messages: [String] = [] }
}
