import FairifyModel
import Foundation
import Yams

/// Yams helpers shared by the recipe loader, the parameter file reader and the YAML writer.
enum YAMLNodes {
    static func compose(_ text: String, file: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Diagnostic.error(message(error), at: location(error, file: file), code: "yaml")
        } catch {
            throw Diagnostic.error("cannot read YAML: \(error)", at: SourceLocation(file: file), code: "yaml")
        }
    }

    private static func message(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .duplicatedKeysInMapping(let keys, _): return "duplicate key \(keys.joined(separator: ", "))"
        default: return "\(error)".replacingOccurrences(of: "\n", with: " ")
        }
    }

    private static func location(_ error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default: return SourceLocation(file: file)
        }
    }

    static func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// A YAML tree as JSON values (scalars resolved by the core schema), keeping order.
    static func json(_ node: Node) -> JSONValue {
        let position = SourcePosition(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, offset: -1)
        switch node {
        case .scalar(let scalar):
            return JSONValue(scalarKind(scalar), position: position)
        case .mapping(let mapping):
            let members = mapping.map { pair in
                JSONObject.Member(key: pair.key.string ?? "", value: json(pair.value),
                                  keyPosition: SourcePosition(line: pair.key.mark?.line ?? 0, column: pair.key.mark?.column ?? 0, offset: -1))
            }
            return JSONValue(.object(JSONObject(members: members)), position: position)
        case .sequence(let sequence):
            return JSONValue(.array(sequence.map(json)), position: position)
        case .alias:
            return JSONValue(.null, position: position)
        }
    }

    private static func scalarKind(_ scalar: Node.Scalar) -> JSONValue.Kind {
        guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
        let s = scalar.string
        switch s {
        case "null", "Null", "NULL", "~", "": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if Int(s) != nil || (Double(s) != nil && s.allSatisfy({ "0123456789.eE+-".contains($0) })) {
            return .number(JSONNumber(lexical: s))
        }
        return .string(s)
    }
}

extension Node {
    subscript(key: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }
}
