import FairifyFormats
import FairifyModel
import Foundation

/// Checks a recipe result before it is shown or written: it must parse again in its own
/// format, and an XML result must validate against a user's XSD when one is given.
public enum RecipeOutputCheck {
    public static func check(_ bytes: [UInt8], kind: DocumentKind, file: String, schema: String?) throws {
        do {
            switch kind {
            case .jsonLD: _ = try JSONParser.parse(bytes: bytes, file: file)
            case .jsonLines:
                for line in JSONLines.lines(bytes) ?? [] { _ = try JSONParser.parse(bytes: Array(bytes[line]), file: file) }
            case .yamlLD: _ = try YAMLNodes.compose(String(decoding: bytes, as: UTF8.self), file: file)
            case .dataCiteXML, .xml: try XMLValidation.checkWellFormed(bytes, file: file)
            case .turtle: _ = try MetadataReader.read(bytes: bytes, name: file)
            case .html:
                for range in HTMLScriptBlocks.ranges(bytes) where (try? JSONParser.parse(bytes: Array(bytes[range]))) == nil {
                    throw Diagnostic.error("a JSON-LD block does not parse", at: SourceLocation(file: file), code: "patch")
                }
            }
        } catch let diagnostic as Diagnostic {
            throw Diagnostic.error("internal: the patched document does not parse (\(diagnostic.message)); nothing was written", at: SourceLocation(file: file), code: "patch")
        }
        if let schema {
            guard kind == .dataCiteXML || kind == .xml else {
                throw Diagnostic.error("--schema validates XML results; this is \(kind.rawValue)", code: "usage")
            }
            let problems = try XMLValidation.validate(bytes, schemaPath: schema)
            if let first = problems.first {
                throw Diagnostic.error("the result is not valid against \(schema): \(first)\(problems.count > 1 ? " (and \(problems.count - 1) more)" : ""); nothing was written", at: SourceLocation(file: file), code: "schema")
            }
        }
    }
}
