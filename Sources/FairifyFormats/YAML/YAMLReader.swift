import Foundation
import Yams

/// Reads YAML into `JSONValue`s that keep line and column of every node, so YAML-LD,
/// CITATION.cff and datapackage.yaml go through the same readers as JSON.
///
/// Aliases are expanded while converting, and the number of nodes produced is bounded:
/// an alias bomb is refused instead of exhausting memory.
public enum YAMLReader {
    public struct Options: Sendable {
        /// At most this many nodes are produced, whatever the aliases multiply.
        public var maxNodes = 1_000_000
        /// And at most this many per input byte (a 100-byte file cannot make a million nodes).
        public var maxNodesPerByte = 10
        public var maxDepth = 512
        public init() {}
    }

    /// Parses the first (usually only) document; a stream of several documents is an error,
    /// since one metadata file describes one thing.
    public static func parse(bytes input: [UInt8], file: String, options: Options = Options()) throws -> JSONValue {
        // A UTF-8 byte order mark is skipped; offsets still count it, so they index the file.
        let bias = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let bytes = bias > 0 ? Array(input[bias...]) : input
        let text = String(decoding: bytes, as: UTF8.self)
        try AliasKeyGuard.check(text, file: file)
        let root = try compose(text, file: file)
        let limit = min(options.maxNodes, max(1000, bytes.count * options.maxNodesPerByte))
        var converter = YAMLConverter(file: file, lines: LineTable(bytes, offsetBias: bias), maxNodes: limit, maxDepth: options.maxDepth)
        return try converter.convert(root, depth: 0)
    }

    public static func parse(_ text: String, file: String = "<input>", options: Options = Options()) throws -> JSONValue {
        try parse(bytes: Array(text.utf8), file: file, options: options)
    }

    private static func compose(_ text: String, file: String) throws -> Node {
        do {
            // An explicit encoding: Yams' default reads the process environment on every parser.
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            guard let node = try parser.singleRoot() else {
                throw Diagnostic.error("the YAML file has no document", at: SourceLocation(file: file, line: 1, column: 1), code: "syntax")
            }
            return node
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file)
        }
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }
        switch error {
        case let .scanner(_, problem, mark, _) where problem.contains("Maximum nesting level"),
             let .parser(_, problem, mark, _) where problem.contains("Maximum nesting level"):
            return .error("nesting is too deep (libyaml allows 1000 levels)", at: at(mark), code: "too-deep")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            return .error("invalid YAML: \(describe(problem, context))", at: at(mark), code: "syntax")
        case let .composer(context, problem, mark, _):
            let text = problem == "but found another document"
                ? "the file holds several YAML documents; fairify reads one document per file"
                : "invalid YAML: \(describe(problem, context))"
            return .error(text, at: at(mark), code: "syntax")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("invalid YAML: duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping", at: at(context.mark), code: "duplicate-key")
        case let .reader(problem, offset, _, _):
            return .error("unreadable YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")", at: at(nil), code: "encoding")
        default:
            return .error("invalid YAML: \(error)", at: at(nil), code: "syntax")
        }
    }

    private static func describe(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context, !context.text.isEmpty else { return problem }
        return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
    }
}

/// Yams checks mapping keys for duplicates by hashing them; an alias used as a key can
/// stand for an exponentially large node, so such keys are refused before composing.
enum AliasKeyGuard {
    static func check(_ text: String, file: String) throws {
        // Byte scans: String.contains(String) goes through Foundation's NSString search.
        guard text.utf8.contains(UInt8(ascii: "*")), text.utf8.contains(UInt8(ascii: "&")) else { return }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "-" || $0 == "\t" }
            let isExplicitKey = trimmed.hasPrefix("? *")
            let isAliasKey = trimmed.hasPrefix("*") && trimmed.contains(" :") || trimmed.hasPrefix("*") && aliasThenColon(trimmed)
            if isExplicitKey || isAliasKey {
                throw Diagnostic.error("an alias used as a mapping key is not supported", at: SourceLocation(file: file, line: lineNumber, column: 1), code: "yaml-alias")
            }
        }
    }

    private static func aliasThenColon(_ s: Substring) -> Bool {
        let name = s.dropFirst().prefix { !$0.isWhitespace && $0 != ":" }
        return s.dropFirst(name.count + 1).first == ":"
    }
}

/// Line start offsets, to turn Yams marks (line, column in scalars) into byte offsets.
struct LineTable {
    private var starts: [Int] = [0]
    private let bytes: [UInt8]
    private let offsetBias: Int

    init(_ bytes: [UInt8], offsetBias: Int = 0) {
        self.bytes = bytes
        self.offsetBias = offsetBias
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    }

    func position(line: Int, column: Int) -> SourcePosition {
        guard line >= 1, line <= starts.count else { return SourcePosition(line: line, column: column, offset: -1) }
        var offset = starts[line - 1]
        var scalars = 1
        while scalars < column, offset < bytes.count, bytes[offset] != 0x0A {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return SourcePosition(line: line, column: column, offset: offset + offsetBias)
    }
}
