import CLibXML2

extension XMLElement {
    /// Adds the namespace URIs of this element, its attributes and all descendants.
    func collectNamespaces(into set: inout Set<String>) {
        var seen = Set<UnsafeRawPointer>()
        visitNamespaces(node, &seen, &set)
    }

    private func visitNamespaces(_ element: xmlNodePtr, _ seen: inout Set<UnsafeRawPointer>, _ set: inout Set<String>) {
        // Children mostly share their parent's namespace: skip the set when it is the same one.
        let parentHref = element.pointee.parent?.pointee.type == XML_ELEMENT_NODE ? element.pointee.parent?.pointee.ns?.pointee.href : nil
        if let ns = element.pointee.ns, let href = ns.pointee.href, href != parentHref, seen.insert(UnsafeRawPointer(href)).inserted {
            set.insert(String(cString: href))
        }
        var attribute = element.pointee.properties
        while let current = attribute {
            if let href = current.pointee.ns?.pointee.href, seen.insert(UnsafeRawPointer(href)).inserted {
                set.insert(String(cString: href))
            }
            attribute = current.pointee.next
        }
        var child = element.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { visitNamespaces(current, &seen, &set) }
            child = current.pointee.next
        }
    }
}
