/// Which indicators of other packs match a given one. A pack names counterparts one way
/// (the DSM table cites RDA and FAIRsFAIR ids); the crosswalk makes the relation symmetric,
/// so `fairify explain RDA-F1-02D` also lists the DSM indicators that cite it.
public struct Crosswalk: Sendable {
    private var links: [String: Set<String>] = [:]

    public init(packs: [MetricPack]) {
        for metric in packs.flatMap(\.metrics) {
            for other in metric.counterparts where other != metric.id {
                links[metric.id, default: []].insert(other)
                links[other, default: []].insert(metric.id)
            }
        }
    }

    /// Counterpart ids, sorted by pack family (FsF, RDA, DSM, Gen2, others) then id.
    public func counterparts(of id: String) -> [String] {
        (links[id] ?? []).sorted { (Self.family($0), $0) < (Self.family($1), $1) }
    }

    /// The same, grouped by the pack that defines each id (ids no loaded pack defines go under "other").
    public func counterpartsByPack(of id: String, packs: [MetricPack]) -> [(pack: String, ids: [String])] {
        var groups: [String: [String]] = [:]
        for other in counterparts(of: id) {
            let owner = packs.first { $0.metric(other) != nil }?.id ?? "other"
            groups[owner, default: []].append(other)
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    private static func family(_ id: String) -> Int {
        for (index, prefix) in ["FsF-", "RDA-", "DSM-", "Gen2_"].enumerated() where id.hasPrefix(prefix) { return index }
        return 4
    }
}
