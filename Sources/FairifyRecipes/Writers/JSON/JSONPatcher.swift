import FairifyModel
import Foundation

/// Applies `TreeEdit`s to JSON source text by splicing bytes: untouched bytes stay as they
/// were, and new members follow the document's own indentation, newline and key-colon style.
public struct JSONPatcher {
    static let lineWidth = 100
    public private(set) var bytes: [UInt8]
    public private(set) var root: JSONValue
    let file: String
    let style: JSONStyle

    public init(bytes: [UInt8], file: String) throws {
        self.bytes = bytes
        self.file = file
        self.root = try JSONParser.parse(bytes: bytes, file: file).value
        self.style = JSONStyle.detect(bytes: bytes, root: root)
    }

    public mutating func apply(_ edits: [TreeEdit]) throws {
        for edit in TreeEdit.ordered(edits) {
            try apply(edit)
            root = try JSONParser.parse(bytes: bytes, file: file).value
        }
    }

    private mutating func apply(_ edit: TreeEdit) throws {
        switch edit {
        case .replace(let pointer, let value):
            let node = try find(pointer)
            guard let range = node.sourceRange else { throw missing(pointer) }
            let inline = !bytes[range].contains(0x0A) && sharesLine(range)
            splice(range, render(value, base: lineIndent(at: range.lowerBound), inline: inline, column: range.lowerBound - lineStart(range.lowerBound)))
        case .add(let pointer, let key, let value):
            try insertMember(pointer, key: key, value: value, first: false)
        case .addFirst(let pointer, let key, let value):
            try insertMember(pointer, key: key, value: value, first: true)
        case .append(let pointer, let value):
            try appendElement(pointer, value)
        case .remove(let pointer):
            try removeNode(pointer)
        }
    }

    private func find(_ pointer: String) throws -> JSONValue {
        guard let node = root.value(atPointer: pointer) else { throw missing(pointer) }
        return node
    }

    private func missing(_ pointer: String) -> Diagnostic {
        .error("internal: no JSON node at \(pointer)", at: SourceLocation(file: file), code: "patch")
    }

    private mutating func insertMember(_ pointer: String, key: String, value: JSONValue, first: Bool) throws {
        let node = try find(pointer)
        guard let object = node.objectValue, let range = node.sourceRange else { throw missing(pointer) }
        let open = range.lowerBound + 1
        guard let anchor = first ? object.members.first : object.members.last else {
            let indent = lineIndent(at: range.lowerBound)
            let inner = style.multiline ? style.newline + indent + style.unit : ""
            let close = style.multiline ? style.newline + indent : ""
            let text = inner + member(key, value, base: indent + style.unit) + close
            let end = range.upperBound - 1
            splice(open..<end, text)
            return
        }
        let own = ownLine(anchor.keyPosition.offset)
        let indent = own ? lineIndent(at: anchor.keyPosition.offset) : ""
        let separator = own ? style.newline + indent : " "
        if first {
            splice(anchor.keyPosition.offset..<anchor.keyPosition.offset, member(key, value, base: indent, inline: !own) + "," + separator)
        } else {
            let end = anchor.value.endOffset
            splice(end..<end, "," + separator + member(key, value, base: indent, inline: !own))
        }
    }

    private mutating func appendElement(_ pointer: String, _ value: JSONValue) throws {
        let node = try find(pointer)
        guard let values = node.arrayValue, let range = node.sourceRange else { throw missing(pointer) }
        guard let last = values.last, let lastRange = last.sourceRange else {
            splice(range.lowerBound + 1..<range.upperBound - 1, render(value, base: lineIndent(at: range.lowerBound)))
            return
        }
        let own = ownLine(lastRange.lowerBound)
        let indent = own ? lineIndent(at: lastRange.lowerBound) : ""
        let separator = own ? style.newline + indent : " "
        splice(lastRange.upperBound..<lastRange.upperBound, "," + separator + render(value, base: indent, inline: !own, column: indent.count))
    }

    private mutating func removeNode(_ pointer: String) throws {
        let (parentPointer, token) = Pointer.parent(pointer)
        let parent = try find(parentPointer)
        var starts: [Int] = [], ends: [Int] = []
        var index: Int?
        if let object = parent.objectValue {
            starts = object.members.map(\.keyPosition.offset)
            ends = object.members.map(\.value.endOffset)
            index = object.index(of: token)
        } else if let values = parent.arrayValue {
            starts = values.map(\.position.offset)
            ends = values.map(\.endOffset)
            index = Int(token)
        }
        guard let i = index, starts.indices.contains(i), let parentRange = parent.sourceRange else { throw missing(pointer) }
        if i > 0 {
            splice(ends[i - 1]..<ends[i], "")
        } else if starts.count > 1 {
            splice(starts[0]..<starts[1], "")
        } else {
            splice(parentRange.lowerBound + 1..<parentRange.upperBound - 1, "")
        }
    }

    private func member(_ key: String, _ value: JSONValue, base: String, inline: Bool = false) -> String {
        let head = JSONWriter.quoted(key) + style.colon
        return head + render(value, base: base, inline: inline, column: base.count + head.count)
    }

    /// Inline contexts get one line; elsewhere short values stay on one line, as people write
    /// them, and longer ones follow the document's indentation.
    func render(_ value: JSONValue, base: String, inline: Bool = false, column: Int = 0) -> String {
        guard style.multiline, !value.isScalar else { return compact(value) }
        let oneLine = compact(value)
        if inline || column + oneLine.count <= JSONPatcher.lineWidth { return oneLine }
        if let object = value.objectValue, object.count <= 1, object.members.allSatisfy({ $0.value.isScalar }) { return oneLine }
        let text = JSONWriter(indent: style.unit).string(value)
        return text.replacingOccurrences(of: "\n", with: style.newline + base)
    }

    private func compact(_ value: JSONValue) -> String {
        let comma = style.multiline ? ", " : ","
        let colon = style.colon.hasSuffix(" ") ? ": " : ":"
        switch value.kind {
        case .array(let items):
            return "[" + items.map(compact).joined(separator: comma) + "]"
        case .object(let object) where !object.isEmpty:
            let pad = style.padBraces ? " " : ""
            return "{" + pad + object.members.map { JSONWriter.quoted($0.key) + colon + compact($0.value) }.joined(separator: comma) + pad + "}"
        default:
            return JSONWriter.compact.string(value)
        }
    }

    /// True when the node sits inside a one-line container (other structure on its line).
    private func sharesLine(_ range: Range<Int>) -> Bool {
        let before = bytes[lineStart(range.lowerBound)..<range.lowerBound]
        var end = range.upperBound
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let after = String(decoding: bytes[range.upperBound..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let structural = before.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: ",") }
        return structural || !(after.isEmpty || after == ",")
    }

    private mutating func splice(_ range: Range<Int>, _ text: String) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
    }

    func lineStart(_ offset: Int) -> Int {
        var i = min(offset, bytes.count)
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    func lineIndent(at offset: Int) -> String {
        var i = lineStart(offset)
        var out: [UInt8] = []
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { out.append(bytes[i]); i += 1 }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when only whitespace precedes the offset on its line.
    private func ownLine(_ offset: Int) -> Bool {
        (lineStart(offset)..<offset).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }
}

/// How a JSON document is laid out, so inserted text matches it.
struct JSONStyle {
    var unit: String
    var newline: String
    var colon: String
    var multiline: Bool
    /// One-line objects written `{ "a": 1 }` rather than `{"a": 1}`.
    var padBraces: Bool

    static func detect(bytes: [UInt8], root: JSONValue) -> JSONStyle {
        let text = String(decoding: bytes, as: UTF8.self)
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        let multiline = bytes.dropLast().contains(0x0A)
        var unit = "  "
        var colon = ": "
        if let (containerOffset, childOffset) = firstNested(root) {
            let outer = indent(bytes, containerOffset), inner = indent(bytes, childOffset)
            if inner.count > outer.count, inner.hasPrefix(outer) { unit = String(inner.dropFirst(outer.count)) }
        }
        if let member = firstMember(root) {
            var i = member.keyPosition.offset + 1
            while i < bytes.count, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
            if i + 1 <= member.value.position.offset {
                colon = String(decoding: bytes[(i + 1)..<member.value.position.offset], as: UTF8.self)
                if colon.contains("\n") { colon = ": " }
            }
        }
        let padded = text.components(separatedBy: "{ \"").count, tight = text.components(separatedBy: "{\"").count
        return JSONStyle(unit: unit, newline: newline, colon: colon, multiline: multiline, padBraces: padded > tight)
    }

    private static func firstMember(_ value: JSONValue) -> JSONObject.Member? {
        if let object = value.objectValue { return object.members.first }
        return value.arrayValue?.lazy.compactMap(firstMember).first
    }

    private static func firstNested(_ value: JSONValue) -> (Int, Int)? {
        if let object = value.objectValue, let first = object.members.first { return (value.position.offset, first.keyPosition.offset) }
        if let values = value.arrayValue, let first = values.first { return (value.position.offset, first.position.offset) }
        return nil
    }

    private static func indent(_ bytes: [UInt8], _ offset: Int) -> String {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var out: [UInt8] = []
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { out.append(bytes[i]); i += 1 }
        return String(decoding: out, as: UTF8.self)
    }
}
