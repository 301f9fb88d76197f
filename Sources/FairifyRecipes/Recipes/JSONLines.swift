import FairifyModel
import Foundation

/// JSON Lines: one record per line. Each line is patched on its own, as a one-line document,
/// so the other lines (and the line structure) stay exactly as they were.
enum JSONLines {
    /// The byte ranges of the non-blank lines (without line ends), or nil when the bytes are one
    /// JSON document.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            ranges.append(start..<(i > start && bytes[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        let records = ranges.filter { r in bytes[r].contains { $0 != 0x20 && $0 != 0x09 } }
        guard records.count > 1, bytes[records[0]].first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{"),
              // The first line alone is cheap to try; only then is the whole document tried as one value.
              (try? JSONParser.parse(bytes: Array(bytes[records[0]]))) != nil, (try? JSONParser.parse(bytes: bytes)) == nil else { return nil }
        return records
    }

    static func apply(_ requests: [RecipeRequest], _ bytes: [UInt8], _ lines: [Range<Int>], file: String, directory: URL?) throws -> RecipeOutcome {
        let all = Self.lines(bytes) ?? lines
        var outcome = RecipeOutcome(kind: .jsonLines, original: bytes, bytes: bytes, changedBy: [], notes: [])
        var patched: [(Range<Int>, [UInt8])] = []
        for range in lines {
            let n = all.firstIndex(of: range) ?? 0
            let line = try RecipeRunner.apply(requests, to: Array(bytes[range]), file: file, directory: directory)
            outcome.notes += line.notes.map { "record \(n + 1): \($0)" }
            outcome.changedBy += line.changedBy.filter { !outcome.changedBy.contains($0) }
            if line.changed { patched.append((range, line.bytes)) }
        }
        for (range, replacement) in patched.reversed() { outcome.bytes.replaceSubrange(range, with: replacement) }
        return outcome
    }
}
