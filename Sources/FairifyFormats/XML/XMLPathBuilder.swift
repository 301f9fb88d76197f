import CLibXML2

/// Writes element paths (`/resource/titles/title[1]`) as bytes. Readers ask for the paths of
/// siblings in document order, so the parent's path and the last same-named sibling's index
/// are remembered: each path costs one String and no sibling is counted twice.
struct XMLPathBuilder {
    private var parent: xmlNodePtr?
    private var hasParentPath = false
    private var parentPath: [UInt8] = []
    private var step: [UInt8] = []
    private var lastNode: xmlNodePtr?
    private var lastBefore = 0

    mutating func path(_ node: xmlNodePtr) -> String {
        let parentNode = Self.elementParent(node)
        if !hasParentPath || parentNode != parent {
            var bytes = parentPath
            parentPath = []
            bytes.removeAll(keepingCapacity: true)
            if let parentNode { appendPath(parentNode, &bytes) }
            parentPath = bytes
            parent = parentNode
            hasParentPath = true
        }
        var bytes = step
        step = []
        bytes.removeAll(keepingCapacity: true)
        appendStep(node, &bytes, remember: true)
        step = bytes
        let count = parentPath.count + step.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            parentPath.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: $0.count) }
            step.withUnsafeBufferPointer { (base + parentPath.count).initialize(from: $0.baseAddress!, count: $0.count) }
            return count
        }
    }

    private static func elementParent(_ node: xmlNodePtr) -> xmlNodePtr? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return parent
    }

    private mutating func appendPath(_ node: xmlNodePtr, _ bytes: inout [UInt8]) {
        if let parent = Self.elementParent(node) { appendPath(parent, &bytes) }
        appendStep(node, &bytes, remember: false)
    }

    /// `/prefix:name[n]`, with `[n]` only when same-named siblings exist.
    private mutating func appendStep(_ node: xmlNodePtr, _ bytes: inout [UInt8], remember: Bool) {
        bytes.append(UInt8(ascii: "/"))
        if let prefix = node.pointee.ns?.pointee.prefix {
            Self.append(prefix, &bytes)
            bytes.append(UInt8(ascii: ":"))
        }
        Self.append(node.pointee.name, &bytes)
        let before = sameNamedBefore(node)
        if remember { lastNode = node; lastBefore = before }
        guard before > 0 || hasSameNamedAfter(node) else { return }
        bytes.append(UInt8(ascii: "["))
        bytes.append(contentsOf: String(before + 1).utf8)
        bytes.append(UInt8(ascii: "]"))
    }

    private func sameNamedBefore(_ node: xmlNodePtr) -> Int {
        var before = 0
        var sibling = node.pointee.prev
        while let current = sibling {
            if Self.same(current, node) {
                if current == lastNode { return before + lastBefore + 1 }
                before += 1
            }
            sibling = current.pointee.prev
        }
        return before
    }

    private func hasSameNamedAfter(_ node: xmlNodePtr) -> Bool {
        var sibling = node.pointee.next
        while let current = sibling {
            if Self.same(current, node) { return true }
            sibling = current.pointee.next
        }
        return false
    }

    @inline(__always)
    private static func same(_ other: xmlNodePtr, _ node: xmlNodePtr) -> Bool {
        other.pointee.type == XML_ELEMENT_NODE && xmlStrEqual(other.pointee.name, node.pointee.name) != 0
            && xmlStrEqual(other.pointee.ns?.pointee.href, node.pointee.ns?.pointee.href) != 0
    }

    private static func append(_ text: UnsafePointer<xmlChar>, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
    }
}
