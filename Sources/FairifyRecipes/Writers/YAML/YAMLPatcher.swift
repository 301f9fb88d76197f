import FairifyModel
import Foundation
import Yams

/// Applies `TreeEdit`s to YAML text line by line, using Yams marks to find nodes, so key
/// order and comments outside the changed lines stay. Layouts it cannot patch in place (flow
/// mappings, multi-line scalars) are re-emitted whole, and `notes` says comments were lost.
public struct YAMLPatcher {
    public private(set) var text: String
    public private(set) var root: JSONValue
    public private(set) var notes: [String] = []
    let file: String
    private var node: Node

    public var bytes: [UInt8] { Array(text.utf8) }

    public init(bytes: [UInt8], file: String) throws {
        self.file = file
        self.text = String(decoding: bytes, as: UTF8.self)
        guard let node = try YAMLNodes.compose(text, file: file) else {
            throw Diagnostic.error("the YAML document is empty", at: SourceLocation(file: file, line: 1), code: "yaml")
        }
        self.node = node
        self.root = YAMLNodes.json(node)
    }

    public mutating func apply(_ edits: [TreeEdit]) throws {
        for edit in TreeEdit.ordered(edits) {
            if !(try applyInPlace(edit)) {
                var tree = root
                tree.apply(edit)
                text = YAMLEmitter.document(tree)
                notes.append("the YAML layout could not be patched in place; the file was re-written and its comments were not kept")
            }
            guard let reparsed = try YAMLNodes.compose(text, file: file) else { break }
            node = reparsed
            root = YAMLNodes.json(reparsed)
        }
    }

    private var lines: [String] { text.components(separatedBy: "\n") }

    private mutating func applyInPlace(_ edit: TreeEdit) throws -> Bool {
        switch edit {
        case .replace(let pointer, let value):
            guard let target = find(pointer), let (parent, last) = findParent(pointer) else { return false }
            if case .scalar(let scalar) = target, value.isScalar, let line = target.mark?.line, scalar.style != .literal, scalar.style != .folded {
                return replaceScalar(line: line, column: target.mark!.column, style: scalar.style, with: YAMLEmitter.scalar(value))
            }
            return replaceBlock(parent: parent, key: last, value: value)
        case .add(let pointer, let key, let value), .addFirst(let pointer, let key, let value):
            guard let target = find(pointer), case .mapping(let mapping) = target, mapping.style != .flow else { return false }
            let first: Bool
            if case .addFirst = edit { first = true } else { first = false }
            return insertMember(mapping, key: key, value: value, first: first)
        case .append(let pointer, let value):
            guard let target = find(pointer), case .sequence(let sequence) = target, sequence.style != .flow, let lastItem = sequence.last else { return false }
            guard let line = lastItem.mark?.line, let dash = dashColumn(line: line, itemColumn: lastItem.mark!.column) else { return false }
            let end = blockEnd(after: line, indent: dash)
            let indent = String(repeating: " ", count: dash)
            insertLines(at: end, YAMLEmitter.item(value, indent: indent))
            return true
        case .remove(let pointer):
            guard let target = find(pointer), let line = target.mark?.line, let (parent, _) = findParent(pointer), case .sequence(let seq) = parent, seq.style != .flow,
                  let dash = dashColumn(line: line, itemColumn: target.mark!.column) else { return false }
            let end = blockEnd(after: line, indent: dash)
            var all = lines
            all.removeSubrange((line - 1)..<end)
            text = all.joined(separator: "\n")
            return true
        }
    }

    private func find(_ pointer: String) -> Node? {
        var current = node
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .mapping(let m): guard let next = m.first(where: { $0.key.string == key })?.value else { return nil }; current = next
            case .sequence(let s): guard let i = Int(key), s.indices.contains(i) else { return nil }; current = s[s.startIndex.advanced(by: i)]
            default: return nil
            }
        }
        return current
    }

    private func findParent(_ pointer: String) -> (Node, String)? {
        let (parentPointer, last) = Pointer.parent(pointer)
        return find(parentPointer).map { ($0, last) }
    }

    private mutating func replaceScalar(line: Int, column: Int, style: Node.Scalar.Style, with rendered: String) -> Bool {
        var all = lines
        guard all.indices.contains(line - 1) else { return false }
        let chars = Array(all[line - 1].unicodeScalars)
        let start = column - 1
        guard start <= chars.count else { return false }
        var end = start
        switch style {
        case .singleQuoted, .doubleQuoted:
            let quote: Unicode.Scalar = style == .singleQuoted ? "'" : "\""
            end = start + 1
            while end < chars.count {
                if chars[end] == "\\", quote == "\"" { end += 2; continue }
                if chars[end] == quote {
                    if quote == "'", end + 1 < chars.count, chars[end + 1] == "'" { end += 2; continue }
                    break
                }
                end += 1
            }
            guard end < chars.count else { return false }
            end += 1
        default:
            end = chars.count
            for i in start..<chars.count where chars[i] == "#" && i > start && (chars[i - 1] == " " || chars[i - 1] == "\t") { end = i; break }
            while end > start, chars[end - 1] == " " || chars[end - 1] == "\t" { end -= 1 }
            // A plain scalar that continues on the next lines cannot be replaced on one line.
            if line < all.count, let next = all[line].first, next == " ", !all[line].trimmingCharacters(in: .whitespaces).isEmpty,
               leadingSpaces(all[line]) > start, !all[line].trimmingCharacters(in: .whitespaces).hasPrefix("#"),
               !all[line].trimmingCharacters(in: .whitespaces).hasPrefix("-"), !all[line].contains(":") { return false }
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: chars[..<start])
        scalars.append(contentsOf: rendered.unicodeScalars)
        scalars.append(contentsOf: chars[end...])
        all[line - 1] = String(scalars)
        text = all.joined(separator: "\n")
        return true
    }

    /// Rewrites `key: value` (in a block mapping) or `- value` (in a block sequence) with a new value.
    private mutating func replaceBlock(parent: Node, key: String, value: JSONValue) -> Bool {
        switch parent {
        case .mapping(let mapping) where mapping.style != .flow:
            guard let pair = mapping.first(where: { $0.key.string == key }), let line = pair.key.mark?.line else { return false }
            let indent = pair.key.mark!.column - 1
            let end = blockEnd(after: line, indent: indent)
            var all = lines
            let prefix = String(all[line - 1].unicodeScalars.prefix(indent))
            all.replaceSubrange((line - 1)..<end, with: YAMLEmitter.member(key, value, indent: prefix).components(separatedBy: "\n"))
            text = all.joined(separator: "\n")
            return true
        case .sequence(let sequence) where sequence.style != .flow:
            guard let i = Int(key), sequence.indices.contains(i) else { return false }
            let item = sequence[sequence.startIndex.advanced(by: i)]
            guard let line = item.mark?.line, let dash = dashColumn(line: line, itemColumn: item.mark!.column) else { return false }
            let end = blockEnd(after: line, indent: dash)
            var all = lines
            all.replaceSubrange((line - 1)..<end, with: YAMLEmitter.item(value, indent: String(repeating: " ", count: dash)).components(separatedBy: "\n"))
            text = all.joined(separator: "\n")
            return true
        default:
            return false
        }
    }

    private mutating func insertMember(_ mapping: Node.Mapping, key: String, value: JSONValue, first: Bool) -> Bool {
        guard let firstKey = mapping.first?.key, let lastPair = mapping.reversed().first, let keyLine = lastPair.key.mark?.line else {
            return false
        }
        let indent = firstKey.mark!.column - 1
        let prefix = String(lines[firstKey.mark!.line - 1].unicodeScalars.prefix(indent))
        // Keys in a mapping that is a sequence item share the dash's line; later keys use spaces.
        let keyIndent = prefix.contains("-") ? String(repeating: " ", count: indent) : prefix
        let rendered = YAMLEmitter.member(key, value, indent: keyIndent)
        if first {
            guard !prefix.contains("-") else { return false }
            insertLines(at: firstKey.mark!.line - 1, rendered)
        } else {
            insertLines(at: blockEnd(after: keyLine, indent: indent), rendered)
        }
        return true
    }

    private mutating func insertLines(at index: Int, _ block: String) {
        var all = lines
        let at = min(index, all.count)
        all.insert(contentsOf: block.components(separatedBy: "\n"), at: at)
        text = all.joined(separator: "\n")
    }

    /// Index (0-based, exclusive) of the line after the block that starts on `line` (1-based):
    /// the block goes on while lines are blank, comments, or indented more than `indent`.
    private func blockEnd(after line: Int, indent: Int) -> Int {
        let all = lines
        var end = line
        var i = line
        while i < all.count {
            let l = all[i]
            let trimmed = l.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { i += 1; continue }
            if leadingSpaces(l) > indent { i += 1; end = i; continue }
            break
        }
        // Keep a document that ended with a newline ending with one.
        if end == all.count, all.last == "" { return all.count - 1 }
        return end
    }

    private func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    private func dashColumn(line: Int, itemColumn: Int) -> Int? {
        let chars = Array(lines[line - 1].unicodeScalars)
        var i = min(itemColumn - 1, chars.count) - 1
        while i >= 0 {
            if chars[i] == "-" { return i }
            if chars[i] != " " { return nil }
            i -= 1
        }
        return nil
    }
}

/// Writes JSON values as block YAML, quoting strings only when plain YAML would misread them.
enum YAMLEmitter {
    static func scalar(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.lexical
        case .string(let s): return needsQuotes(s) ? JSONWriter.quoted(s) : s
        case .array(let items) where items.isEmpty: return "[]"
        case .object(let o) where o.isEmpty: return "{}"
        default: return ""
        }
    }

    static func needsQuotes(_ s: String) -> Bool {
        if s.isEmpty || s != s.trimmingCharacters(in: .whitespaces) { return true }
        if ["true", "false", "null", "yes", "no", "on", "off", "~"].contains(s.lowercased()) { return true }
        if Double(s) != nil || s.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil && s.count <= 10 { return s.count <= 10 || Double(s) != nil }
        if let first = s.first, "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        return s.contains(": ") || s.contains(" #") || s.hasSuffix(":") || s.contains("\n")
    }

    static func member(_ key: String, _ value: JSONValue, indent: String) -> String {
        let k = needsQuotes(key) ? JSONWriter.quoted(key) : key
        if isBlock(value) { return indent + k + ":\n" + block(value, indent: indent + "  ") }
        return indent + k + ": " + scalar(value)
    }

    static func item(_ value: JSONValue, indent: String) -> String {
        if let object = value.objectValue, !object.isEmpty {
            let inner = block(value, indent: indent + "  ")
            return indent + "- " + inner.dropFirst(indent.count + 2)
        }
        if isBlock(value) { return indent + "-\n" + block(value, indent: indent + "  ") }
        return indent + "- " + scalar(value)
    }

    static func isBlock(_ value: JSONValue) -> Bool {
        if let items = value.arrayValue { return !items.isEmpty }
        if let object = value.objectValue { return !object.isEmpty }
        return false
    }

    static func block(_ value: JSONValue, indent: String) -> String {
        if let object = value.objectValue {
            return object.members.map { member($0.key, $0.value, indent: indent) }.joined(separator: "\n")
        }
        return (value.arrayValue ?? []).map { item($0, indent: indent) }.joined(separator: "\n")
    }

    static func document(_ value: JSONValue) -> String {
        isBlock(value) ? block(value, indent: "") + "\n" : scalar(value) + "\n"
    }
}

extension JSONValue {
    /// Applies an edit in memory (used when a YAML layout cannot be patched as text).
    mutating func apply(_ edit: TreeEdit) {
        switch edit {
        case .replace(let pointer, let value): update(pointer) { $0 = value }
        case .add(let pointer, let key, let value): update(pointer) { node in
            if var o = node.objectValue { o[key] = value; node = .object(o) } }
        case .addFirst(let pointer, let key, let value): update(pointer) { node in
            if var o = node.objectValue { o.members.insert(.init(key: key, value: value), at: 0); node = .object(o) } }
        case .append(let pointer, let value): update(pointer) { node in
            if var a = node.arrayValue { a.append(value); node = .array(a) } }
        case .remove(let pointer):
            let (parent, last) = Pointer.parent(pointer)
            update(parent) { node in
                if var o = node.objectValue { o[last] = nil; node = .object(o) } else if var a = node.arrayValue, let i = Int(last), a.indices.contains(i) { a.remove(at: i); node = .array(a) }
            }
        }
    }

    private mutating func update(_ pointer: String, _ change: (inout JSONValue) -> Void) {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        func walk(_ value: inout JSONValue, _ rest: ArraySlice<String>) {
            guard let token = rest.first else { change(&value); return }
            if var o = value.objectValue, var child = o[token] {
                walk(&child, rest.dropFirst()); o[token] = child; value = .object(o)
            } else if var a = value.arrayValue, let i = Int(token), a.indices.contains(i) {
                walk(&a[i], rest.dropFirst()); value = .array(a)
            }
        }
        walk(&self, tokens[...])
    }
}
