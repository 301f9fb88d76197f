/// An insertion-ordered map used while building expanded and compacted objects. Objects
/// have few members, so a linear scan beats hashing every key.
struct MapBuilder {
    private var entries: [(key: String, value: JSONValue)] = []

    init() {}

    init(_ object: JSONObject) {
        entries.reserveCapacity(object.count)
        for member in object.members { self[member.key] = member.value }
    }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    var keys: [String] { entries.map(\.key) }

    @inline(__always) private func slot(_ key: String) -> Int? {
        for index in entries.indices where entries[index].key == key { return index }
        return nil
    }

    subscript(key: String) -> JSONValue? {
        get { slot(key).map { entries[$0].value } }
        set {
            if let index = slot(key) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    func has(_ key: String) -> Bool { slot(key) != nil }

    /// Appends to the array under `key`, creating it; arrays are spliced in.
    mutating func append(_ key: String, _ value: JSONValue) {
        guard let index = slot(key) else {
            entries.append((key, value.arrayValue != nil ? value : .array([value])))
            return
        }
        var list = entries[index].value.arrayValue ?? [entries[index].value]
        entries[index].value = .null
        if case .array(let items) = value.kind { list.append(contentsOf: items) } else { list.append(value) }
        entries[index].value = .array(list)
    }

    /// The spec's "add value": a single value stays single unless `asArray` or a second value arrives.
    mutating func add(_ key: String, _ value: JSONValue, asArray: Bool) {
        if asArray && !has(key) { self[key] = .array([]) }
        if case .array(let items) = value.kind {
            for item in items { add(key, item, asArray: false) }
            return
        }
        guard let existing = self[key] else {
            self[key] = value
            return
        }
        var list = existing.arrayValue ?? [existing]
        list.append(value)
        self[key] = .array(list)
    }

    func json(at position: SourcePosition = .unknown) -> JSONValue {
        var object = JSONObject()
        object.members.reserveCapacity(entries.count)
        for entry in entries { object.members.append(JSONObject.Member(key: entry.key, value: entry.value)) }
        return JSONValue(.object(object), position: position)
    }
}
