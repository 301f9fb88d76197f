import FairifyModel
import Foundation

/// Combines the JSON Lines outputs of sharded runs (`assess --shard K/N --format jsonl`).
/// Each shard's lines are already in input order, so a streaming k-way merge restores
/// the order of an unsharded run without holding more than one line per shard.
public enum BatchMerge {
    public static func summary(of paths: [String]) throws -> BatchSummary {
        var summary = BatchSummary()
        try merge(paths) { summary.add($0) }
        return summary
    }

    public static func merge(_ paths: [String], _ visit: (BatchLine) -> Void) throws {
        var cursors = try paths.map { try Cursor(path: $0) }
        try ShardHeader.checkComplete(cursors.map { ($0.path, $0.header) })
        var last: BatchLine?
        while true {
            var best: Int?
            for (i, cursor) in cursors.enumerated() {
                guard let line = cursor.current else { continue }
                if let b = best, let current = cursors[b].current, !BatchLine.inOrder(line, current) { continue }
                best = i
            }
            guard let index = best, let line = cursors[index].current else { return }
            if let last, last.unit == line.unit, last.record == line.record {
                throw Diagnostic.error("record \(line.unit).\(line.record) appears in more than one shard output; were the shards run with different N?",
                                       at: SourceLocation(file: cursors[index].path, line: cursors[index].lineNumber, column: 1), code: "merge")
            }
            visit(line)
            last = line
            try cursors[index].advance()
        }
    }

    private struct Cursor {
        let path: String
        var reader: LineReader
        var current: BatchLine?
        var lineNumber = 0
        /// The shard header, when the file starts with one.
        private(set) var header: ShardHeader?
        private var previous: BatchLine?
        private static let decoder = JSONDecoder()

        init(path: String) throws {
            self.path = path
            self.reader = try LineReader(path: path)
            try advance()
        }

        mutating func advance() throws {
            previous = current
            current = nil
            while let (number, bytes) = reader.next() {
                lineNumber = number
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                if current == nil, previous == nil, header == nil, let header = ShardHeader.parse(bytes) {
                    self.header = header
                    continue
                }
                let line: BatchLine
                do {
                    line = try Cursor.decoder.decode(BatchLine.self, from: Data(bytes))
                } catch {
                    throw Diagnostic.error("not a line of `fairify assess --format jsonl` output", at: SourceLocation(file: path, line: number, column: 1), code: "merge")
                }
                if let previous, !BatchLine.inOrder(previous, line) {
                    throw Diagnostic.error("lines are out of input order; merge takes unmodified shard outputs", at: SourceLocation(file: path, line: number, column: 1), code: "merge")
                }
                current = line
                return
            }
        }
    }
}
