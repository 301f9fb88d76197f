import FairifyModel
import Foundation
import Yams

/// Reads recipe YAML. Every mistake is one `file:line: error:` diagnostic.
public enum RecipeLoader {
    public static func load(yaml text: String, file: String) throws -> Recipe {
        guard let root = try YAMLNodes.compose(text, file: file), case .mapping = root else {
            throw Diagnostic.error("a recipe file must be a mapping with id, title, summary...", at: SourceLocation(file: file, line: 1), code: "recipe")
        }
        var reader = FieldReader(file: file)
        let id = try reader.string(root, "id")
        let recipe = Recipe(
            id: id,
            title: try reader.string(root, "title"),
            summary: try reader.string(root, "summary"),
            cookbook: try reader.strings(root, "cookbook", required: false),
            indicators: try reader.strings(root, "indicators"),
            safety: try reader.enumValue(root, "safety", RecipeSafety.self),
            parameters: try reader.list(root, "parameters", required: false).map { try parameter($0, &reader) },
            operations: try reader.list(root, "operations").map { try operation($0, &reader) },
            examples: try reader.list(root, "examples", required: false).map { try example($0, &reader) },
            source: file
        )
        try check(recipe, root: root, reader: reader)
        return recipe
    }

    private static func check(_ recipe: Recipe, root: Node, reader: FieldReader) throws {
        let at = SourceLocation(file: reader.file, line: YAMLNodes.line(root))
        guard recipe.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
            throw Diagnostic.error("recipe id '\(recipe.id)' must be lower-case words joined by '-'", at: at, code: "recipe")
        }
        for code in recipe.cookbook where code.range(of: "^FCB[0-9]{3}$", options: .regularExpression) == nil {
            throw Diagnostic.error("cookbook reference '\(code)' is not an FCB id such as FCB006", at: at, code: "recipe")
        }
        for example in recipe.examples {
            for key in example.params.keys where !recipe.parameters.contains(where: { $0.name == key }) {
                throw Diagnostic.error("example sets unknown parameter '\(key)'", at: SourceLocation(file: reader.file, line: example.line), code: "recipe")
            }
        }
        if recipe.safety == .needsInput, recipe.parameters.isEmpty {
            throw Diagnostic.error("a needs-input recipe must declare its parameters", at: at, code: "recipe")
        }
    }

    private static func parameter(_ node: Node, _ reader: inout FieldReader) throws -> RecipeParameter {
        RecipeParameter(
            name: try reader.string(node, "name"),
            type: try reader.enumValue(node, "type", ParameterType.self),
            required: try reader.bool(node, "required") ?? false,
            defaultValue: try reader.optionalString(node, "default"),
            help: try reader.string(node, "help")
        )
    }

    private static func operation(_ node: Node, _ reader: inout FieldReader) throws -> RecipeOperation {
        RecipeOperation(
            kind: try reader.enumValue(node, "op", RecipeOperationKind.self),
            fact: try reader.enumValue(node, "fact", FactKind.self),
            note: try reader.optionalString(node, "note")
        )
    }

    private static func example(_ node: Node, _ reader: inout FieldReader) throws -> RecipeExample {
        var params: [String: String] = [:]
        if let p = node["params"] {
            guard case .mapping(let mapping) = p else { throw reader.error(p, "params must be a mapping of name: value") }
            for pair in mapping { params[pair.key.string ?? ""] = pair.value.string ?? "" }
        }
        let format = try reader.string(node, "format")
        guard RecipeExample.formats.contains(format) else {
            throw reader.error(node["format"] ?? node, "example format must be one of \(RecipeExample.formats.joined(separator: ", "))")
        }
        var files: [String: String] = [:]
        if let f = node["files"] {
            guard case .mapping(let mapping) = f else { throw reader.error(f, "files must be a mapping of name: content") }
            for pair in mapping { files[pair.key.string ?? ""] = pair.value.string ?? "" }
        }
        return RecipeExample(format: format, params: params, before: try reader.string(node, "before"),
                             after: try reader.string(node, "after"), files: files, line: YAMLNodes.line(node))
    }
}

/// Typed access to mapping fields with positioned errors.
struct FieldReader {
    let file: String

    func error(_ node: Node, _ message: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: file, line: YAMLNodes.line(node), column: node.mark?.column ?? 0), code: "recipe")
    }

    func field(_ node: Node, _ key: String, required: Bool = true) throws -> Node? {
        guard case .mapping = node else { throw error(node, "expected a mapping") }
        if let value = node[key] { return value }
        if required { throw error(node, "missing field '\(key)'") }
        return nil
    }

    func string(_ node: Node, _ key: String) throws -> String {
        guard let value = try field(node, key), let s = value.string, case .scalar = value, !s.isEmpty else {
            throw error(node[key] ?? node, "field '\(key)' must be a non-empty string")
        }
        return s
    }

    func optionalString(_ node: Node, _ key: String) throws -> String? {
        guard let value = try field(node, key, required: false) else { return nil }
        guard case .scalar(let scalar) = value else { throw error(value, "field '\(key)' must be a string") }
        return scalar.string
    }

    func bool(_ node: Node, _ key: String) throws -> Bool? {
        guard let s = try optionalString(node, key) else { return nil }
        switch s {
        case "true": return true
        case "false": return false
        default: throw error(node[key] ?? node, "field '\(key)' must be true or false")
        }
    }

    func strings(_ node: Node, _ key: String, required: Bool = true) throws -> [String] {
        try list(node, key, required: required).map { item in
            guard case .scalar(let scalar) = item else { throw error(item, "'\(key)' must list strings") }
            return scalar.string
        }
    }

    func list(_ node: Node, _ key: String, required: Bool = true) throws -> [Node] {
        guard let value = try field(node, key, required: required) else { return [] }
        guard case .sequence(let sequence) = value else { throw error(value, "field '\(key)' must be a list") }
        if required, sequence.isEmpty { throw error(value, "field '\(key)' must not be empty") }
        return Array(sequence)
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _ type: T.Type) throws -> T where T.RawValue == String {
        let raw = try string(node, key)
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(node[key] ?? node, "unknown \(key) '\(raw)'; expected one of: \(allowed)")
        }
        return value
    }
}
