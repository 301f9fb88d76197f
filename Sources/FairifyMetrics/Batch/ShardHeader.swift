import FairifyModel
import Foundation

/// The first line of a sharded `--format jsonl` output: which share it holds and a
/// fingerprint of the run, so that `fairify merge` can tell a complete set of shards from
/// one with a share missing, given twice, or taken from another run.
public struct ShardHeader: Codable, Equatable, Sendable {
    /// "K/N".
    public var shard: String
    /// SHA-256 of the input paths (in order) and the packs (id and version).
    public var inputs: String

    public init(shard: Shard, paths: [String], packs: [MetricPack]) {
        self.shard = shard.description
        let text = paths.joined(separator: "\n") + "\n\u{0}" + packs.map { "\($0.id)@\($0.version)" }.joined(separator: ",")
        inputs = SHA256.hex(Array(text.utf8))
    }

    public func jsonLine() -> [UInt8] {
        var out = JSONBytes()
        out.open()
        out.key("inputs"); out.string(inputs)
        out.key("shard"); out.string(shard)
        out.close()
        out.bytes.append(0x0A)
        return out.bytes
    }

    /// The header in a line, when the line is one (it has `shard` and no `unit`).
    static func parse(_ bytes: [UInt8]) -> ShardHeader? {
        guard bytes.count < 512, let header = try? JSONDecoder().decode(ShardHeader.self, from: Data(bytes)),
              (try? Shard(parsing: header.shard)) != nil else { return nil }
        return header
    }

    /// Checks that `headers` (one per merged file, nil when a file has none) are the N
    /// shards of one run, each once. Files without headers merge as before, unchecked.
    static func checkComplete(_ headers: [(path: String, header: ShardHeader?)]) throws {
        let present = headers.compactMap { item in item.header.map { (path: item.path, header: $0, shard: try? Shard(parsing: $0.shard)) } }
        guard let first = present.first, let count = first.shard?.count else { return }
        if let bare = headers.first(where: { $0.header == nil }) {
            throw mergeError("\(bare.path) is not a shard output (no shard header) but \(first.path) is shard \(first.header.shard)")
        }
        var seen: [Int: String] = [:]
        for item in present {
            guard let shard = item.shard else { continue }
            if shard.count != count || item.header.inputs != first.header.inputs {
                throw mergeError("\(item.path) (shard \(shard)) and \(first.path) (shard \(first.header.shard)) come from different runs: the inputs, the packs or N differ")
            }
            if let other = seen[shard.number] { throw mergeError("shard \(shard) is given twice: \(other) and \(item.path)") }
            seen[shard.number] = item.path
        }
        let missing = (1...count).filter { seen[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { "\($0)/\(count)" }.joined(separator: ", ")
            throw mergeError("missing shard\(missing.count > 1 ? "s" : "") \(list): the summary would leave out their records")
        }
    }

    private static func mergeError(_ message: String) -> Diagnostic { Diagnostic.error(message, code: "merge") }
}
