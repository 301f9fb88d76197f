/// The framework lines of `fairify explain`: the offline stand-in for an online check, and the
/// matching indicators in other packs.
public enum FrameworkExplain {
    /// Counterparts are looked up in the built-in packs and `pack` (a user's pack file may cite them).
    public static func lines(_ metric: MetricDefinition, in pack: MetricPack) -> [String] {
        let packs = ((try? MetricPack.builtIn()) ?? []).filter { $0.id != pack.id } + [pack]
        return lines(metric, packs: packs)
    }

    public static func lines(_ metric: MetricDefinition, packs: [MetricPack]) -> [String] {
        var lines: [String] = []
        if let offline = metric.offlineEquivalent {
            lines += ["", "Offline equivalent: " + offline]
        }
        let groups = Crosswalk(packs: packs).counterpartsByPack(of: metric.id, packs: packs)
        if !groups.isEmpty {
            lines += ["", "Counterparts in other packs:"]
            for group in groups { lines.append("  \(Format.pad(group.pack, 14)) " + group.ids.joined(separator: ", ")) }
        }
        if metric.tests.contains(where: { if case .needsAttestation = $0.check { return true } else { return false } }) {
            lines += ["", "Metadata cannot show this: a steward attests it ('fairify attest', then 'fairify assess --attest answers.yaml')."]
        }
        return lines
    }
}
