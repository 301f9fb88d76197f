import FairifyModel

/// A light XML tokenizer that records where every element and attribute sits in the bytes,
/// so edits can splice the source and leave everything else (comments, prefixes, quoting,
/// whitespace, entity references) exactly as written. Well-formedness is checked separately
/// with libxml2; this scanner only needs to find positions in a document libxml2 accepted.
struct XMLElementInfo {
    struct Attribute {
        var name: String
        var value: String
        var valueRange: Range<Int>
    }

    var name: String
    var start: Int
    /// Just past the `>` of the start tag.
    var startTagEnd: Int
    /// Where the end tag starts (== startTagEnd for an empty element written `<a/>`).
    var contentEnd: Int
    /// Just past the end tag.
    var end: Int
    var selfClosing: Bool
    var attributes: [Attribute]
    var parent: Int?
    var children: [Int] = []
    var namespaces: [String: String]

    var prefix: String { name.contains(":") ? String(name.split(separator: ":")[0]) : "" }
    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }
    var namespace: String? { namespaces[prefix] }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

struct XMLScanner {
    let bytes: [UInt8]
    let file: String
    var elements: [XMLElementInfo] = []

    init(bytes: [UInt8], file: String) throws {
        self.bytes = bytes
        self.file = file
        try scan()
    }

    var root: Int? { elements.indices.first { elements[$0].parent == nil } }

    func text(_ index: Int) -> String {
        let e = elements[index]
        guard !e.selfClosing else { return "" }
        return XMLScanner.decode(String(decoding: bytes[e.startTagEnd..<e.contentEnd], as: UTF8.self))
    }

    func children(_ index: Int, named local: String) -> [Int] {
        elements[index].children.filter { elements[$0].localName == local }
    }

    func child(_ index: Int, _ local: String) -> Int? { children(index, named: local).first }

    private mutating func scan() throws {
        var stack: [Int] = []
        var i = 0
        let n = bytes.count
        func find(_ pattern: String, from: Int) -> Int? {
            let p = Array(pattern.utf8)
            var j = from
            while j + p.count <= n {
                if bytes[j] == p[0], Array(bytes[j..<j + p.count]) == p { return j }
                j += 1
            }
            return nil
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if hasPrefix("<!--", at: i) { i = (find("-->", from: i + 4) ?? n - 3) + 3; continue }
            if hasPrefix("<![CDATA[", at: i) { i = (find("]]>", from: i + 9) ?? n - 3) + 3; continue }
            if hasPrefix("<?", at: i) { i = (find("?>", from: i + 2) ?? n - 2) + 2; continue }
            if hasPrefix("<!", at: i) { i = skipDeclaration(i); continue }
            if hasPrefix("</", at: i) {
                guard let close = find(">", from: i), let top = stack.popLast() else { throw error(i, "unbalanced end tag") }
                elements[top].contentEnd = i
                elements[top].end = close + 1
                i = close + 1
                continue
            }
            i = try startTag(at: i, stack: &stack)
        }
        guard stack.isEmpty else { throw error(n, "unclosed element") }
    }

    private mutating func startTag(at start: Int, stack: inout [Int]) throws -> Int {
        var i = start + 1
        let nameStart = i
        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        var attributes: [XMLElementInfo.Attribute] = []
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: ">") || bytes[i] == UInt8(ascii: "/") { break }
            let aStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "="), !isSpace(bytes[i]) { i += 1 }
            let aName = String(decoding: bytes[aStart..<i], as: UTF8.self)
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < bytes.count else { throw error(aStart, "attribute without a value") }
            let quote = bytes[i]
            let vStart = i + 1
            i = vStart
            while i < bytes.count, bytes[i] != quote { i += 1 }
            attributes.append(.init(name: aName, value: XMLScanner.decode(String(decoding: bytes[vStart..<i], as: UTF8.self)), valueRange: vStart..<i))
            i += 1
        }
        let selfClosing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
        while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
        let tagEnd = i + 1
        var namespaces = stack.last.map { elements[$0].namespaces } ?? ["xml": "http://www.w3.org/XML/1998/namespace"]
        for a in attributes where a.name == "xmlns" || a.name.hasPrefix("xmlns:") {
            namespaces[a.name == "xmlns" ? "" : String(a.name.dropFirst(6))] = a.value
        }
        let element = XMLElementInfo(name: name, start: start, startTagEnd: tagEnd, contentEnd: tagEnd, end: tagEnd,
                                     selfClosing: selfClosing, attributes: attributes, parent: stack.last, namespaces: namespaces)
        elements.append(element)
        let index = elements.count - 1
        if let parent = stack.last { elements[parent].children.append(index) }
        if !selfClosing { stack.append(index) }
        return tagEnd
    }

    private func skipDeclaration(_ start: Int) -> Int {
        var depth = 0
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "[") { depth += 1 }
            if bytes[i] == UInt8(ascii: "]") { depth -= 1 }
            if bytes[i] == UInt8(ascii: ">"), depth <= 0 { return i + 1 }
            i += 1
        }
        return i
    }

    private func hasPrefix(_ s: String, at i: Int) -> Bool {
        let p = Array(s.utf8)
        return i + p.count <= bytes.count && Array(bytes[i..<i + p.count]) == p
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private func error(_ offset: Int, _ message: String) -> Diagnostic {
        let line = bytes[0..<min(offset, bytes.count)].filter { $0 == 0x0A }.count + 1
        return .error(message, at: SourceLocation(file: file, line: line), code: "xml")
    }

    static func decode(_ s: String) -> String {
        guard s.contains("&") || s.contains("<") else { return s }
        var text = s
        // Only text content matters to recipes; markup inside mixed content is dropped.
        while let open = text.range(of: "<"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = String(rest[rest.index(after: amp)..<semi])
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                let digits = entity.dropFirst(hex ? 2 : 1)
                if entity.hasPrefix("#"), let code = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(code) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    static func escape(_ s: String, attribute: Bool = false) -> String {
        var out = s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        if attribute { out = out.replacingOccurrences(of: "\"", with: "&quot;") }
        return out
    }
}
