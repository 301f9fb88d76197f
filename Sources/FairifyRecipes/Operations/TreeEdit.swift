import FairifyModel

/// One change to a JSON-shaped document (JSON, JSON-LD, YAML), addressed by RFC 6901 pointers.
/// Adding members and elements never moves the pointers of existing nodes, so one batch of
/// edits computed against a document stays valid while it is applied (removals go last).
public enum TreeEdit: Sendable, CustomStringConvertible {
    /// Replace the value at the pointer.
    case replace(String, JSONValue)
    /// Add a member at the end of the object at the pointer.
    case add(String, key: String, JSONValue)
    /// Add a member at the start of the object (for `@context`).
    case addFirst(String, key: String, JSONValue)
    /// Add an element at the end of the array at the pointer.
    case append(String, JSONValue)
    /// Remove an object member or array element.
    case remove(String)

    public var description: String {
        switch self {
        case .replace(let p, _): return "replace \(p)"
        case .add(let p, let key, _): return "add \(p)/\(key)"
        case .addFirst(let p, let key, _): return "add \(p)/\(key)"
        case .append(let p, _): return "append to \(p)"
        case .remove(let p): return "remove \(p)"
        }
    }

    var isRemoval: Bool { if case .remove = self { return true } else { return false } }

    /// Removals from the end backwards, so earlier indices stay valid.
    static func ordered(_ edits: [TreeEdit]) -> [TreeEdit] {
        let removals = edits.filter(\.isRemoval).sorted { a, b in
            guard case .remove(let x) = a, case .remove(let y) = b else { return false }
            return Pointer.sortKey(x).lexicographicallyPrecedes(Pointer.sortKey(y)) == false && x != y
        }
        return edits.filter { !$0.isRemoval } + removals
    }
}

/// JSON pointer helpers.
public enum Pointer {
    public static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    public static func child(_ base: String, _ token: String) -> String { base + "/" + escape(token) }
    public static func child(_ base: String, _ index: Int) -> String { base + "/" + String(index) }

    static func parent(_ pointer: String) -> (parent: String, last: String) {
        guard let slash = pointer.lastIndex(of: "/") else { return ("", pointer) }
        let token = String(pointer[pointer.index(after: slash)...]).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        return (String(pointer[..<slash]), token)
    }

    /// Orders pointers so that numeric tokens compare as numbers.
    static func sortKey(_ pointer: String) -> [Int] {
        pointer.split(separator: "/").map { Int($0) ?? 0 }
    }
}
