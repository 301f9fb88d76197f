import Foundation
import FairifyModel

/// Finds the JSON pointer of the original (compacted) document's value that starts at a given
/// byte offset, by descending through the values whose byte ranges contain it. Expanded values
/// keep their source positions, so facts get pointers without walking both forms in parallel.
struct JSONPointerLocator {
    let document: JSONValue

    init(_ document: JSONValue) { self.document = document }

    func pointer(at position: SourcePosition) -> String? {
        guard position.offset >= 0, document.sourceRange != nil else { return nil }
        var path = ""
        return appendPath(to: position.offset, in: document, &path) ? path : nil
    }

    /// Descends by recursion on borrowed values: no copy of a value per level.
    private func appendPath(to offset: Int, in value: JSONValue, _ path: inout String) -> Bool {
        if value.position.offset == offset { return true }
        switch value.kind {
        case .object(let object):
            let members = object.members
            guard let index = childIndex(containing: offset, count: members.count, { members[$0].value.bounds }) else { return false }
            path.append("/")
            path.append(escape(members[index].key))
            return appendPath(to: offset, in: members[index].value, &path)
        case .array(let values):
            guard let index = childIndex(containing: offset, count: values.count, { values[$0].bounds }) else { return false }
            path.append(index < Self.indexTokens.count ? Self.indexTokens[index] : "/" + String(index))
            return appendPath(to: offset, in: values[index], &path)
        default:
            return false
        }
    }

    /// `/0` … `/255`, made once: most arrays are short.
    private static let indexTokens = (0..<256).map { "/" + String($0) }

    /// The first child whose source range holds `offset`.
    private func childIndex(containing offset: Int, count: Int, _ bounds: (Int) -> (start: Int, end: Int)) -> Int? {
        func holds(_ index: Int) -> Bool {
            let (start, end) = bounds(index)
            return start >= 0 && end >= start ? (start..<end).contains(offset) : start == offset
        }
        if let index = lastStarting(atOrBefore: offset, count: count, { bounds($0).start }), holds(index) { return index }
        return (0..<count).first(where: holds)
    }

    /// Parsed children start at increasing offsets: the one that can contain `offset` is found
    /// by bisection. Nil when offsets are unknown (values built in memory); callers then scan.
    private func lastStarting(atOrBefore offset: Int, count: Int, _ start: (Int) -> Int) -> Int? {
        guard count > 0, start(0) >= 0, start(0) <= offset else { return nil }
        var low = 0, high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if start(middle) <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }


    private func escape(_ key: String) -> String {
        let needsEscape = key.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") } }
            ?? key.utf8.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }
        guard needsEscape else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

private extension JSONValue {
    /// Start and end offsets, as `sourceRange` reads them.
    var bounds: (start: Int, end: Int) { (position.offset, endOffset) }
}

/// Collects the facts of one record, giving each its location.
struct LDFactSink {
    let file: String
    let locator: JSONPointerLocator?
    private(set) var facts: [Fact] = []
    private var seenIdentifiers: Set<String> = []

    init(file: String, locator: JSONPointerLocator?) {
        self.file = file
        self.locator = locator
    }

    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, position: position, path: locator?.pointer(at: position))
    }

    /// Where the original document wrote `key` (`@id`, `@type`) in the object at `position`.
    func memberPosition(_ key: String, of position: SourcePosition) -> SourcePosition {
        guard let locator, let pointer = locator.pointer(at: position),
              let value = locator.document.value(atPointer: pointer)?[key] else { return position }
        return value.position
    }

    func hasSeen(identifier: String) -> Bool { seenIdentifiers.contains(identifier.ldTrimmed()) }

    mutating func add(_ kind: FactKind, _ value: String, _ attributes: [String: String] = [:], property: String, at position: SourcePosition) {
        let trimmed = value.ldTrimmed()
        guard !trimmed.isEmpty else { return }
        if kind == .identifier {
            guard seenIdentifiers.insert(trimmed).inserted else { return }
        }
        let kept = attributes.values.contains(where: \.isEmpty) ? attributes.filter { !$0.value.isEmpty } : attributes
        facts.append(Fact(kind, trimmed, attributes: kept, property: property, location: location(position)))
    }
}

extension String {
    func ldTrimmed() -> String {
        // An ASCII first and last byte are the first and last scalars: the common case needs no decoding.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return self
        }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }

    /// The ASCII characters with Unicode's White_Space property.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
