import Foundation

/// A JSON value that keeps what Foundation's JSONSerialization loses: key order, the
/// lexical form of numbers, `true` apart from `1`, and where every node came from.
public struct JSONValue: Sendable {
    /// Not `indirect`: arrays and objects already live on the heap, so boxing every value
    /// (one allocation per scalar) buys nothing.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public var kind: Kind
    /// Where the value starts in its source (`.unknown` for values built in memory).
    public var position: SourcePosition
    /// Byte offset just past the value's last byte in its source, or -1.
    public var endOffset: Int

    public init(_ kind: Kind, position: SourcePosition = .unknown, endOffset: Int = -1) {
        self.kind = kind
        self.position = position
        self.endOffset = endOffset
    }

    public static let null = JSONValue(.null)
    public static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }
    public static func string(_ value: String) -> JSONValue { JSONValue(.string(value)) }
    public static func number(_ value: JSONNumber) -> JSONValue { JSONValue(.number(value)) }
    public static func int(_ value: Int) -> JSONValue { JSONValue(.number(JSONNumber(value))) }
    public static func double(_ value: Double) -> JSONValue { JSONValue(.number(JSONNumber(value))) }
    public static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }
    public static func object(_ object: JSONObject) -> JSONValue { JSONValue(.object(object)) }
    public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue { JSONValue(.object(JSONObject(pairs))) }

    /// The byte range in the source, when the value was parsed from one.
    public var sourceRange: Range<Int>? {
        guard position.offset >= 0, endOffset >= position.offset else { return nil }
        return position.offset..<endOffset
    }

    public var isNull: Bool { if case .null = kind { return true } else { return false } }
    public var stringValue: String? { if case .string(let s) = kind { return s } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = kind { return b } else { return nil } }
    public var numberValue: JSONNumber? { if case .number(let n) = kind { return n } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }
    public var objectValue: JSONObject? { if case .object(let o) = kind { return o } else { return nil } }
    public var isScalar: Bool {
        switch kind {
        case .array, .object: return false
        default: return true
        }
    }

    /// The member of an object, or nil for other values and missing keys.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// A single value as a one-element list; an array as its elements; null as empty.
    public var asList: [JSONValue] {
        switch kind {
        case .array(let values): return values
        case .null: return []
        default: return [self]
        }
    }

    /// Follows an RFC 6901 JSON pointer (`/a/0/b`, with `~0` and `~1` escapes).
    public func value(atPointer pointer: String) -> JSONValue? {
        guard !pointer.isEmpty else { return self }
        var current = self
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current.kind {
            case .object(let object):
                guard let next = object[key] else { return nil }
                current = next
            case .array(let values):
                guard let index = Int(key), values.indices.contains(index) else { return nil }
                current = values[index]
            default:
                return nil
            }
        }
        return current
    }
}

/// A JSON number kept in its lexical form; `1.0` and `1` stay distinct on output.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    public let lexical: String
    public let double: Double

    public init(lexical: String) {
        self.lexical = lexical
        self.double = Double(lexical) ?? .nan
    }

    public init(_ value: Int) {
        self.lexical = String(value)
        self.double = Double(value)
    }

    public init(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            self.lexical = String(Int64(value))
        } else {
            self.lexical = "\(value)"
        }
        self.double = value
    }

    /// True when the lexical form has no fraction or exponent.
    public var isIntegerLexical: Bool { !lexical.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }
    public var intValue: Int? { isIntegerLexical ? Int(lexical) : nil }
    public var description: String { lexical }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.double == rhs.double }
    public func hash(into hasher: inout Hasher) { hasher.combine(double) }
}

/// A JSON object that keeps its members in source order.
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var value: JSONValue
        /// Where the key's opening quote is.
        public var keyPosition: SourcePosition

        public init(key: String, value: JSONValue, keyPosition: SourcePosition = .unknown) {
            self.key = key
            self.value = value
            self.keyPosition = keyPosition
        }
    }

    public var members: [Member]

    public init(members: [Member] = []) {
        self.members = members
    }

    public init(_ pairs: [(String, JSONValue)]) {
        self.members = pairs.map { Member(key: $0.0, value: $0.1) }
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    public func index(of key: String) -> Int? {
        members.firstIndex { $0.key == key }
    }

    public func member(_ key: String) -> Member? {
        members.first { $0.key == key }
    }

    /// Reading finds the member; writing replaces it in place or appends it; nil removes it.
    public subscript(key: String) -> JSONValue? {
        get { member(key)?.value }
        set {
            if let index = index(of: key) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }
}

// Equality is semantic: positions are ignored, numbers compare by value and object
// members compare regardless of order (as JSON-LD test suites require).
extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }
}

extension JSONObject: Equatable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for member in lhs.members {
            guard let other = rhs[member.key], other == member.value else { return false }
        }
        return true
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self.init(.string(value)) }
    public init(integerLiteral value: Int) { self.init(.number(JSONNumber(value))) }
    public init(floatLiteral value: Double) { self.init(.number(JSONNumber(value))) }
    public init(booleanLiteral value: Bool) { self.init(.bool(value)) }
    public init(arrayLiteral elements: JSONValue...) { self.init(.array(elements)) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(.object(JSONObject(elements))) }
    public init(nilLiteral: ()) { self.init(.null) }
}
