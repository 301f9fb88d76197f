/// An insertion-ordered map used while building expanded and compacted objects.
struct MapBuilder {
    private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    init() {}

    init(_ object: JSONObject) {
        for member in object.members { self[member.key] = member.value }
    }

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// Appends to the array under `key`, creating it; arrays are spliced in.
    mutating func append(_ key: String, _ value: JSONValue) {
        var list = values[key]?.arrayValue ?? []
        if case .array(let items) = value.kind { list.append(contentsOf: items) } else { list.append(value) }
        self[key] = .array(list)
    }

    /// The spec's "add value": a single value stays single unless `asArray` or a second value arrives.
    mutating func add(_ key: String, _ value: JSONValue, asArray: Bool) {
        if asArray && values[key] == nil { self[key] = .array([]) }
        if case .array(let items) = value.kind {
            for item in items { add(key, item, asArray: false) }
            return
        }
        guard let existing = values[key] else {
            self[key] = value
            return
        }
        var list = existing.arrayValue ?? [existing]
        list.append(value)
        self[key] = .array(list)
    }

    func json(at position: SourcePosition = .unknown) -> JSONValue {
        var object = JSONObject()
        object.members.reserveCapacity(keys.count)
        for key in keys { if let value = values[key] { object.members.append(JSONObject.Member(key: key, value: value)) } }
        return JSONValue(.object(object), position: position)
    }
}
