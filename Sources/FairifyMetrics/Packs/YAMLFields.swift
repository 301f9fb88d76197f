import FairifyModel
import Yams

/// Reads a YAML mapping field by field, with `file:line:col` errors and a check for unknown keys.
struct YAMLFields {
    let node: Node
    let file: String
    private let pairs: [(String, Node)]

    init(_ node: Node, file: String, what: String) throws {
        self.node = node
        self.file = file
        guard let mapping = node.mapping else { throw YAMLFields.error("\(what) must be a mapping", node, file) }
        pairs = mapping.map { ($0.key.string ?? "", $0.value) }
    }

    var keys: [String] { pairs.map(\.0) }

    func rejectUnknown(allowed: Set<String>, what: String) throws {
        for (key, value) in pairs where !allowed.contains(key) {
            throw YAMLFields.error("unknown field '\(key)' in \(what) (allowed: \(allowed.sorted().joined(separator: ", ")))", value, file, keyNode: key)
        }
    }

    func node(_ key: String) -> Node? { pairs.first { $0.0 == key }?.1 }

    func string(_ key: String) throws -> String {
        guard let value = node(key) else { throw YAMLFields.error("missing field '\(key)'", node, file) }
        return try YAMLFields.scalar(value, file: file, what: key)
    }

    func optionalString(_ key: String) throws -> String? {
        try node(key).map { try YAMLFields.scalar($0, file: file, what: key) }
    }

    func number(_ key: String) throws -> Double {
        let text = try string(key)
        guard let value = Double(text), value >= 0 else { throw YAMLFields.error("'\(key)' must be a number >= 0, not '\(text)'", node(key)!, file) }
        return value
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard let value = node(key) else { return nil }
        let text = try YAMLFields.scalar(value, file: file, what: key)
        guard let number = Int(text) else { throw YAMLFields.error("'\(key)' must be a whole number, not '\(text)'", value, file) }
        return number
    }

    func bool(_ key: String) throws -> Bool {
        guard let value = node(key) else { return false }
        switch try YAMLFields.scalar(value, file: file, what: key).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw YAMLFields.error("'\(key)' must be true or false", value, file)
        }
    }

    /// A scalar or a list of scalars.
    func strings(_ key: String) throws -> [String] {
        guard let value = node(key) else { return [] }
        return try YAMLFields.strings(value, file: file, what: key)
    }

    func list(_ key: String) throws -> [Node] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else { throw YAMLFields.error("'\(key)' must be a list", value, file) }
        return Array(sequence)
    }

    func location(_ node: Node? = nil) -> SourceLocation { YAMLFields.location(node ?? self.node, file) }

    static func strings(_ node: Node, file: String, what: String) throws -> [String] {
        if let sequence = node.sequence { return try sequence.map { try scalar($0, file: file, what: what) } }
        return [try scalar(node, file: file, what: what)]
    }

    static func scalar(_ node: Node, file: String, what: String) throws -> String {
        guard let scalar = node.scalar else { throw error("'\(what)' must be a plain value", node, file) }
        return scalar.string
    }

    static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    static func error(_ message: String, _ node: Node, _ file: String, keyNode: String? = nil) -> Diagnostic {
        Diagnostic.error(message, at: location(node, file))
    }
}
