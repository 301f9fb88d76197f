import Foundation
import Yams

/// Turns a Yams node tree into a `JSONValue`, resolving plain scalars by the YAML 1.2 core
/// schema (quoted scalars stay strings) and counting every node it produces.
struct YAMLConverter {
    let file: String
    let lines: LineTable
    let maxNodes: Int
    let maxDepth: Int
    private var produced = 0

    init(file: String, lines: LineTable, maxNodes: Int, maxDepth: Int) {
        self.file = file
        self.lines = lines
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    mutating func convert(_ node: Node, depth: Int) throws -> JSONValue {
        produced += 1
        let position = self.position(node.mark)
        if produced > maxNodes {
            throw Diagnostic.error("the YAML expands to more than \(maxNodes) nodes (an alias bomb?); refused", at: location(position), code: "yaml-alias")
        }
        if depth > maxDepth {
            throw Diagnostic.error("nesting is deeper than \(maxDepth) levels", at: location(position), code: "too-deep")
        }
        switch node {
        case .scalar(let scalar):
            return JSONValue(resolve(scalar), position: position)
        case .sequence(let sequence):
            var values: [JSONValue] = []
            values.reserveCapacity(sequence.count)
            for element in sequence { values.append(try convert(element, depth: depth + 1)) }
            return JSONValue(.array(values), position: position)
        case .mapping(let mapping):
            var members: [JSONObject.Member] = []
            members.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyPosition = self.position(key.mark)
                guard let name = keyString(key) else {
                    throw Diagnostic.error("a mapping key must be a scalar here", at: location(keyPosition), code: "syntax")
                }
                members.append(JSONObject.Member(key: name, value: try convert(value, depth: depth + 1), keyPosition: keyPosition))
            }
            return JSONValue(.object(JSONObject(members: members)), position: position)
        case .alias(let alias):
            throw Diagnostic.error("unresolved YAML alias *\(alias.anchor.rawValue)", at: location(position), code: "yaml-alias")
        }
    }

    private func keyString(_ key: Node) -> String? {
        guard case .scalar(let scalar) = key else { return nil }
        return scalar.string
    }

    private func position(_ mark: Mark?) -> SourcePosition {
        guard let mark else { return .unknown }
        return lines.position(line: mark.line, column: mark.column)
    }

    private func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, position: position.isKnown ? position : SourcePosition(line: 1, column: 1))
    }

    private func resolve(_ scalar: Node.Scalar) -> JSONValue.Kind {
        let text = scalar.string
        switch scalar.tag.description {
        case Tag.Name.str.rawValue, "!": return .string(text)
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return number(text).map { .number($0) } ?? .string(text)
        case Tag.Name.bool.rawValue: return bool(text).map { .bool($0) } ?? .string(text)
        case Tag.Name.null.rawValue: return .null
        case "", "?": break
        default: return .string(text)
        }
        guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
        return YAMLScalarResolver.resolvePlain(text)
    }

    private func number(_ text: String) -> JSONNumber? {
        if case .number(let n) = YAMLScalarResolver.resolvePlain(text) { return n }
        return nil
    }

    private func bool(_ text: String) -> Bool? {
        if case .bool(let b) = YAMLScalarResolver.resolvePlain(text) { return b }
        return nil
    }
}

/// The YAML 1.2 core schema for plain scalars. Dates stay strings (metadata wants them as written).
enum YAMLScalarResolver {
    static func resolvePlain(_ text: String) -> JSONValue.Kind {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39) else {
            return .string(text)
        }
        if isInteger(text) {
            let lexical = text.hasPrefix("+") ? String(text.dropFirst()) : text
            return .number(JSONNumber(lexical: normalisedInteger(lexical)))
        }
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) { return .number(JSONNumber(value)) }
        if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) { return .number(JSONNumber(value)) }
        if isFloat(text) {
            let lexical = text.hasPrefix("+") ? String(text.dropFirst()) : text
            let fixed = lexical.hasPrefix(".") ? "0" + lexical : lexical.hasPrefix("-.") ? "-0" + lexical.dropFirst() : lexical
            if fixed.hasSuffix(".") { return .number(JSONNumber(lexical: String(fixed.dropLast()))) }
            return .number(JSONNumber(lexical: fixed))
        }
        return .string(text)
    }

    private static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // JSON forbids leading zeros; "007" becomes 7 as YAML 1.2 core says.
    private static func normalisedInteger(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let digits = (negative ? text.dropFirst() : Substring(text)).drop { $0 == "0" }
        let body = digits.isEmpty ? "0" : String(digits)
        return negative && body != "0" ? "-" + body : body
    }

    private static func isFloat(_ text: String) -> Bool {
        var s = Substring(text)
        if s.first == "-" || s.first == "+" { s = s.dropFirst() }
        var sawDigit = false, sawDot = false, sawExponent = false
        var previous: Character = " "
        for c in s {
            if c.isASCII && c.isNumber { sawDigit = true } else if c == "." && !sawDot && !sawExponent { sawDot = true } else if (c == "e" || c == "E") && sawDigit && !sawExponent { sawExponent = true } else if (c == "-" || c == "+") && (previous == "e" || previous == "E") {} else { return false }
            previous = c
        }
        guard sawDigit, sawDot || sawExponent, previous.isNumber || previous == "." else { return false }
        // JSON needs digits around the dot; "1.e5" style is rare enough to keep as a string.
        return !s.contains(".e") && !s.contains(".E")
    }
}
