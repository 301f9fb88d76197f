import FairifyModel

/// One record's facts grouped by kind, and identifier classifications memoised: built once per
/// record so that the many checks of several packs do not rescan or reclassify.
final class RecordFacts {
    private let byKind: [FactKind: [Fact]]
    private var classifications: [String: ClassifiedIdentifier] = [:]

    init(_ record: Record) {
        byKind = Dictionary(grouping: record.facts, by: \.kind)
    }

    func facts(_ kind: FactKind) -> [Fact] { byKind[kind] ?? [] }
    func has(_ kind: FactKind) -> Bool { byKind[kind] != nil }

    func classify(_ raw: String) -> ClassifiedIdentifier {
        if let known = classifications[raw] { return known }
        let classified = ClassifiedIdentifier.classify(raw)
        classifications[raw] = classified
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
