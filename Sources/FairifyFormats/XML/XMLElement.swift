import CLibXML2
import FairifyModel

/// An element of an `XMLDocument`. It keeps its document alive.
public struct XMLElement {
    let node: xmlNodePtr
    public let document: XMLDocument

    init(node: xmlNodePtr, document: XMLDocument) {
        self.node = node
        self.document = document
    }

    public var localName: String { String(cString: node.pointee.name) }
    public var prefix: String? { node.pointee.ns?.pointee.prefix.map { String(cString: $0) } }
    public var namespaceURI: String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }
    public var qualifiedName: String {
        guard let prefix = node.pointee.ns?.pointee.prefix else { return localName }
        return String(cString: prefix) + ":" + localName
    }

    /// Compares the local name (and the namespace when given) without building Strings.
    public func isNamed(_ name: StaticString, namespace: StaticString? = nil) -> Bool {
        guard equal(node.pointee.name, name) else { return false }
        guard let namespace else { return true }
        return equal(node.pointee.ns?.pointee.href, namespace)
    }

    public func namespaceIs(_ uri: StaticString) -> Bool { equal(node.pointee.ns?.pointee.href, uri) }

    public var parent: XMLElement? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLElement(node: parent, document: document)
    }

    /// The element children, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
        return result
    }

    public func children(named name: StaticString) -> [XMLElement] {
        children.filter { $0.isNamed(name) }
    }

    /// Visits the element children with this local name, without collecting them.
    func forEachChild(named name: StaticString, _ body: (XMLElement) -> Void) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, equal(current.pointee.name, name) { body(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
    }

    public func child(_ name: StaticString) -> XMLElement? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, equal(current.pointee.name, name) {
                return XMLElement(node: current, document: document)
            }
            child = current.pointee.next
        }
        return nil
    }

    /// The first element at the end of a chain of child names.
    public func descendant(_ names: StaticString...) -> XMLElement? {
        var current: XMLElement? = self
        for name in names { current = current?.child(name) }
        return current
    }

    /// Every descendant element (depth first, document order) with this local name.
    public func descendants(named name: StaticString) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(node, name, &found)
        return found
    }

    private func collect(_ parent: xmlNodePtr, _ name: StaticString, _ found: inout [XMLElement]) {
        var child = parent.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                if equal(current.pointee.name, name) { found.append(XMLElement(node: current, document: document)) }
                collect(current, name, &found)
            }
            child = current.pointee.next
        }
    }

    /// The concatenated text of all descendant text nodes, as written.
    public var textContent: String {
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content {
            return String(cString: content)
        }
        var bytes: [UInt8] = []
        appendText(node, &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with surrounding white space removed; nil when nothing is left.
    public var text: String? {
        let value = textContent.trimmedXMLSpace
        return value.isEmpty ? nil : value
    }

    private func appendText(_ parent: xmlNodePtr, _ bytes: inout [UInt8]) {
        var child = parent.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))) }
            case XML_ELEMENT_NODE:
                // Structured children (`<sources><dataSrc>a</dataSrc><dataSrc>b</dataSrc>`) read as words.
                if let last = bytes.last, !isXMLSpace(last) { bytes.append(0x20) }
                appendText(current, &bytes)
            default: break
            }
            child = current.pointee.next
        }
    }

    public struct Attribute {
        public var localName: String
        public var prefix: String?
        public var namespaceURI: String?
        public var value: String
    }

    public var attributes: [Attribute] {
        var result: [Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let ns = current.pointee.ns
            result.append(Attribute(localName: String(cString: current.pointee.name),
                                    prefix: ns?.pointee.prefix.map { String(cString: $0) },
                                    namespaceURI: ns?.pointee.href.map { String(cString: $0) },
                                    value: attributeValue(current)))
            attribute = current.pointee.next
        }
        return result
    }

    /// The attribute's value; with no namespace given, the first attribute of that local name.
    public func attribute(_ name: StaticString, namespace: StaticString? = nil) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if equal(current.pointee.name, name), namespace == nil || equal(current.pointee.ns?.pointee.href, namespace!) {
                return attributeValue(current)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The attribute's trimmed value, nil when absent or blank.
    public func value(_ name: StaticString, namespace: StaticString? = nil) -> String? {
        guard let raw = attribute(name, namespace: namespace) else { return nil }
        let value = raw.trimmedXMLSpace
        return value.isEmpty ? nil : value
    }

    private func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var bytes: [UInt8] = []
        var child = attribute.pointee.children
        while let current = child {
            if let content = current.pointee.content {
                if current.pointee.next == nil, bytes.isEmpty { return String(cString: content) }
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Namespace declarations made on this element (`xmlns`, `xmlns:p`).
    public var namespaceDeclarations: [(prefix: String?, uri: String)] {
        var result: [(prefix: String?, uri: String)] = []
        var ns = node.pointee.nsDef
        while let current = ns {
            if let href = current.pointee.href { result.append((current.pointee.prefix.map { String(cString: $0) }, String(cString: href))) }
            ns = current.pointee.next
        }
        return result
    }

    /// The namespace URI bound to a prefix (nil prefix: the default namespace) in scope here.
    public func namespaceURI(forPrefix prefix: String?) -> String? {
        let ns: xmlNsPtr? = prefix.map { xmlSearchNs(document.pointer, node, $0) } ?? xmlSearchNs(document.pointer, node, nil)
        return ns?.pointee.href.map { String(cString: $0) }
    }

    /// `xml:lang` in scope.
    public var language: String? {
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            if let lang = XMLElement(node: element, document: document).attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") {
                return lang.isEmpty ? nil : lang
            }
            current = element.pointee.parent
        }
        return nil
    }
}

@inline(__always)
func equal(_ text: UnsafePointer<xmlChar>?, _ name: StaticString) -> Bool {
    guard let text else { return false }
    return name.withUTF8Buffer { expected in
        for index in 0..<expected.count where text[index] != expected[index] { return false }
        return text[expected.count] == 0
    }
}

extension String {
    /// Trims XML white space (space, tab, CR, LF) only.
    var trimmedXMLSpace: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isXMLSpace(first), !isXMLSpace(last) { return self }
        guard let start = utf8.firstIndex(where: { !isXMLSpace($0) }),
              let end = utf8.lastIndex(where: { !isXMLSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

@inline(__always) func isXMLSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
