import Foundation

/// The packs and their metrics as `fairify metrics` lists them (table or JSON).
public struct MetricCatalog: Codable, Sendable {
    public struct Pack: Codable, Sendable {
        public var id: String, name: String, version: String, reference: String, source: String
        public var metrics: [Metric]
    }

    public struct Metric: Codable, Sendable {
        public var id: String, principle: String, name: String, description: String, target: String
        public var points: Double
        public var priority: String?
        /// Matching indicators in other packs, and the offline stand-in for an online check (docs/frameworks.md).
        public var counterparts: [String]?
        public var offlineEquivalent: String?
        public var tests: [Test]
        public var recipes: [String]
    }

    public struct Test: Codable, Sendable {
        public var id: String, name: String
        public var points: Double
        public var maturity: Int?
        public var assessableOffline: Bool
        public var recipes: [String]
    }

    public var packs: [Pack]

    public init(_ packs: [MetricPack]) {
        self.packs = packs.map { pack in
            Pack(id: pack.id, name: pack.name, version: pack.version, reference: pack.reference, source: pack.source, metrics: pack.metrics.map { m in
                Metric(id: m.id, principle: m.principle, name: m.name, description: m.description, target: m.target, points: m.points,
                       priority: m.priority, counterparts: m.counterparts.isEmpty ? nil : m.counterparts,
                       offlineEquivalent: m.offlineEquivalent, tests: m.tests.map { t in
                           Test(id: t.id, name: t.name, points: t.points, maturity: t.maturity, assessableOffline: !t.check.needsOutsideData, recipes: t.recipes)
                       }, recipes: m.recipes)
            })
        }
    }

    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    public func table() -> String {
        var lines: [String] = []
        for pack in packs {
            lines.append("\(pack.id) \(pack.version)  \(pack.name)  \(pack.reference)")
            for m in pack.metrics {
                let extra = m.priority.map { "  [\($0)]" } ?? ""
                lines.append("  \(Format.pad(m.id, 16)) \(Format.pad(m.principle, 5)) \(Format.pad(Format.points(m.points), 4)) \(m.tests.count) \(m.tests.count == 1 ? "test " : "tests")  \(m.name)\(extra)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
