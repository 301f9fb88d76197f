import FairifyModel

/// One record's facts by kind, as positions into `record.facts`: built once per record
/// without copying a fact or hashing a kind, so that the many checks of several packs do
/// not rescan the record.
struct FactIndex: Sendable {
    let facts: [Fact]
    /// Fact positions grouped by kind (in `FactKind.allCases` order), each group in record order.
    private let positions: [Int32]
    /// Where each kind's group starts in `positions`; one extra entry closes the last group.
    private let starts: [Int32]

    init(_ facts: [Fact]) {
        self.facts = facts
        var starts = [Int32](repeating: 0, count: KindSlot.count + 1)
        for i in facts.indices { starts[KindSlot.of(facts[i].kind) + 1] += 1 }
        for slot in 0..<KindSlot.count { starts[slot + 1] += starts[slot] }
        var next = starts
        var positions = [Int32](repeating: 0, count: facts.count)
        for i in facts.indices {
            let slot = KindSlot.of(facts[i].kind)
            positions[Int(next[slot])] = Int32(i)
            next[slot] += 1
        }
        self.positions = positions
        self.starts = starts
    }

    /// Positions of the facts of one kind, in record order.
    func positions(_ kind: FactKind) -> ArraySlice<Int32> {
        let slot = KindSlot.of(kind)
        return positions[Int(starts[slot])..<Int(starts[slot + 1])]
    }

    func count(_ kind: FactKind) -> Int {
        let slot = KindSlot.of(kind)
        return Int(starts[slot + 1] - starts[slot])
    }

    func has(_ kind: FactKind) -> Bool { count(kind) > 0 }

    /// The facts of one kind as values (a copy: for building explanations, not for verdicts).
    func facts(_ kind: FactKind) -> [Fact] { positions(kind).map { facts[Int($0)] } }
}

/// A fact kind's position in `FactKind.allCases`, without hashing its raw value.
enum KindSlot {
    static let count = FactKind.allCases.count
    /// A payload-free enum is stored as its case number, in declaration order, which is the
    /// order of `allCases`; checked once, with a plain search as the fallback.
    private static let tagIsSlot = MemoryLayout<FactKind>.size == 1
        && FactKind.allCases.enumerated().allSatisfy { Int(unsafeBitCast($0.element, to: UInt8.self)) == $0.offset }

    static func of(_ kind: FactKind) -> Int {
        tagIsSlot ? Int(unsafeBitCast(kind, to: UInt8.self)) : FactKind.allCases.firstIndex(of: kind)!
    }
}

/// What an explanation needs to be built later: the record and its index, shared by every
/// result of one record.
final class RecordContext: Sendable {
    let record: Record
    let index: FactIndex
    let localFiles: LocalFileInspector?

    init(_ record: Record) {
        self.record = record
        index = FactIndex(record.facts)
        localFiles = LocalFileInspector(recordFile: record.file)
    }
}

/// Identifier classifications memoised for one record.
struct ClassificationMemo {
    private var known: [String: ClassifiedIdentifier] = [:]

    mutating func classify(_ raw: String) -> ClassifiedIdentifier {
        if let classified = known[raw] { return classified }
        let classified = ClassifiedIdentifier.classify(raw)
        known[raw] = classified
        return classified
    }
}

extension String {
    /// Lower-cased with ASCII spaces and tabs trimmed, without a round trip through Foundation.
    var trimmedLowercased: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last]).lowercased()
    }
}
