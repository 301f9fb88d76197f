import FairifyModel

/// A new element to write: name (without prefix, or already qualified as `dct:license`),
/// attributes in order, text or children.
struct NewElement {
    var name: String
    var attributes: [(String, String)] = []
    var text: String?
    var children: [NewElement] = []

    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    func render(prefix: String, base: String, unit: String, newline: String) -> String {
        let qname = prefix.isEmpty || name.contains(":") ? name : prefix + ":" + name
        let attrs = attributes.map { " \($0.0)=\"\(XMLScanner.escape($0.1, attribute: true))\"" }.joined()
        if !children.isEmpty {
            let inner = children.map { newline + base + unit + $0.render(prefix: prefix, base: base + unit, unit: unit, newline: newline) }.joined()
            return "<\(qname)\(attrs)>\(inner)\(newline)\(base)</\(qname)>"
        }
        guard let text else { return "<\(qname)\(attrs)/>" }
        return "<\(qname)\(attrs)>\(XMLScanner.escape(text))</\(qname)>"
    }
}

/// Collects byte splices against one scanned XML document and applies them together,
/// from the end backwards, so every recorded position stays valid.
struct XMLPatcher {
    let scanner: XMLScanner
    private var splices: [(range: Range<Int>, text: String, order: Int)] = []
    let unit: String
    let newline: String

    init(scanner: XMLScanner) {
        self.scanner = scanner
        let text = String(decoding: scanner.bytes, as: UTF8.self)
        newline = text.contains("\r\n") ? "\r\n" : "\n"
        var unit = "  "
        outer: for element in scanner.elements {
            for child in element.children {
                let parentIndent = Self.indent(scanner.bytes, element.start), childIndent = Self.indent(scanner.bytes, scanner.elements[child].start)
                if Self.ownLine(scanner.bytes, scanner.elements[child].start), childIndent.count > parentIndent.count, childIndent.hasPrefix(parentIndent) {
                    unit = String(childIndent.dropFirst(parentIndent.count))
                    break outer
                }
            }
        }
        self.unit = unit
    }

    var isEmpty: Bool { splices.isEmpty }
    /// Changes not made, for the user.
    private(set) var skipped: [String] = []

    var elements: [XMLElementInfo] { scanner.elements }

    private mutating func splice(_ range: Range<Int>, _ text: String) {
        splices.append((range, text, splices.count))
    }

    func result() -> [UInt8] {
        var bytes = scanner.bytes
        for s in splices.sorted(by: { ($0.range.lowerBound, $0.order) > ($1.range.lowerBound, $1.order) }) {
            bytes.replaceSubrange(s.range, with: Array(s.text.utf8))
        }
        return bytes
    }

    mutating func setText(_ index: Int, _ text: String) {
        let e = elements[index]
        if e.selfClosing {
            let close = e.startTagEnd - 2
            splice(close..<e.startTagEnd, ">\(XMLScanner.escape(text))</\(e.name)>")
        } else {
            splice(e.startTagEnd..<e.contentEnd, XMLScanner.escape(text))
        }
    }

    mutating func setAttribute(_ index: Int, _ name: String, _ value: String) {
        let e = elements[index]
        let escaped = XMLScanner.escape(value, attribute: true)
        if let existing = e.attributes.first(where: { $0.name == name }) {
            if existing.value != value { splice(existing.valueRange, escaped) }
            return
        }
        // An element typed in the instance (xsi:type="xs:string") may not accept new attributes.
        if let typed = e.attributes.first(where: { $0.name.hasSuffix(":type") && e.namespaces[String($0.name.dropLast(5))] == "http://www.w3.org/2001/XMLSchema-instance" }) {
            skipped.append("<\(e.name)> declares \(typed.name)=\"\(typed.value)\", which may not allow the attribute \(name); not added")
            return
        }
        let at = e.attributes.last.map { $0.valueRange.upperBound + 1 } ?? (e.start + 1 + e.name.utf8.count)
        splice(at..<at, " \(name)=\"\(escaped)\"")
    }

    /// Inserts a child at the position the schema's element order gives it.
    mutating func insertChild(_ parent: Int, _ element: NewElement, order: [String]) {
        let p = elements[parent]
        let rank = order.firstIndex(of: element.localName) ?? order.count
        let siblings = p.children
        let parentIndent = Self.indent(scanner.bytes, p.start)
        if let next = siblings.first(where: { (order.firstIndex(of: elements[$0].localName) ?? order.count) > rank }) {
            let indent = Self.indent(scanner.bytes, elements[next].start)
            let text = element.render(prefix: p.prefix, base: indent, unit: unit, newline: newline)
            splice(elements[next].start..<elements[next].start, text + newline + indent)
        } else if let last = siblings.last {
            let indent = Self.indent(scanner.bytes, elements[last].start)
            let text = element.render(prefix: p.prefix, base: indent, unit: unit, newline: newline)
            splice(elements[last].end..<elements[last].end, newline + indent + text)
        } else {
            let indent = parentIndent + unit
            let text = newline + indent + element.render(prefix: p.prefix, base: indent, unit: unit, newline: newline) + newline + parentIndent
            if p.selfClosing {
                var close = p.startTagEnd - 2
                while close > p.start, scanner.bytes[close - 1] == 0x20 { close -= 1 }
                splice(close..<p.startTagEnd, ">" + text + "</\(p.name)>")
            } else {
                let content = scanner.bytes[p.startTagEnd..<p.contentEnd]
                let blank = content.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
                splice(blank ? p.startTagEnd..<p.contentEnd : p.contentEnd..<p.contentEnd, text)
            }
        }
    }

    /// Inserts a new element right after a sibling, on its own line with the sibling's indentation.
    mutating func insertAfter(_ sibling: Int, _ element: NewElement) {
        let e = elements[sibling]
        let indent = Self.indent(scanner.bytes, e.start)
        let prefix = e.parent.map { elements[$0].prefix } ?? ""
        splice(e.end..<e.end, newline + indent + element.render(prefix: prefix, base: indent, unit: unit, newline: newline))
    }

    /// Replaces a whole element (start tag to end tag) with new markup.
    mutating func replaceElement(_ index: Int, _ element: NewElement) {
        let e = elements[index]
        splice(e.start..<e.end, element.render(prefix: e.prefix, base: Self.indent(scanner.bytes, e.start), unit: unit, newline: newline))
    }

    /// The prefix bound to a namespace where `index` sits; when none is, `preferred` is declared
    /// on the root element (once per run).
    mutating func prefix(for namespace: String, preferred: String, at index: Int) -> String {
        if let bound = elements[index].namespaces.first(where: { $0.value == namespace && !$0.key.isEmpty })?.key { return bound }
        if let declared = declared[namespace] { return declared }
        var name = preferred
        var n = 1
        while elements[index].namespaces[name] != nil { n += 1; name = preferred + String(n) }
        if let root = scanner.root { setAttribute(root, "xmlns:" + name, namespace) }
        declared[namespace] = name
        return name
    }
    private var declared: [String: String] = [:]

    /// Removes an element and the line break and indentation before it.
    mutating func remove(_ index: Int) {
        let e = elements[index]
        var start = e.start
        while start > 0, scanner.bytes[start - 1] == 0x20 || scanner.bytes[start - 1] == 0x09 { start -= 1 }
        if start > 0, scanner.bytes[start - 1] == 0x0A { start -= 1; if start > 0, scanner.bytes[start - 1] == 0x0D { start -= 1 } }
        splice(start..<e.end, "")
    }

    static func indent(_ bytes: [UInt8], _ offset: Int) -> String {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var out: [UInt8] = []
        var i = start
        while i < offset, bytes[i] == 0x20 || bytes[i] == 0x09 { out.append(bytes[i]); i += 1 }
        return String(decoding: out, as: UTF8.self)
    }

    static func ownLine(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var i = offset
        while i > 0, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 { i -= 1 }
        return i == 0 || bytes[i - 1] == 0x0A
    }
}

/// The DataCite 4 element order (the schema's `resource` is an `xs:all`, but people and
/// tools expect this order, and the inner sequences such as `creator` require theirs).
enum DataCiteOrder {
    static let resource = ["identifier", "creators", "titles", "publisher", "publicationYear", "resourceType", "subjects",
                           "contributors", "dates", "language", "alternateIdentifiers", "relatedIdentifiers", "sizes",
                           "formats", "version", "rightsList", "descriptions", "geoLocations", "fundingReferences", "relatedItems"]
    static let creator = ["creatorName", "givenName", "familyName", "nameIdentifier", "affiliation"]
    static let contributor = ["contributorName", "givenName", "familyName", "nameIdentifier", "affiliation"]
}
