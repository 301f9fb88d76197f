import FairifyModel

/// Finds the `<script type="application/ld+json">` blocks of an HTML landing page, so the
/// JSON writer can patch the block that describes the dataset and leave the page as it is.
enum HTMLScriptBlocks {
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased().drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// Byte ranges of the JSON text inside each JSON-LD script element, in page order.
    static func ranges(_ bytes: [UInt8]) -> [Range<Int>] {
        let lower = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var out: [Range<Int>] = []
        var i = 0
        while let open = find(Array("<script".utf8), in: lower, from: i) {
            guard let tagEnd = find([UInt8(ascii: ">")], in: lower, from: open) else { break }
            let tag = String(decoding: lower[open..<tagEnd], as: UTF8.self)
            guard let close = find(Array("</script".utf8), in: lower, from: tagEnd) else { break }
            if tag.contains("application/ld+json") { out.append((tagEnd + 1)..<close) }
            i = close + 8
        }
        return out
    }

    /// The block to patch: the first one that parses and holds a Dataset, else the first that parses.
    static func target(_ bytes: [UInt8]) -> Range<Int>? {
        let parsed = ranges(bytes).compactMap { range -> (Range<Int>, JSONValue)? in
            (try? JSONParser.parse(bytes: Array(bytes[range])).value).map { (range, $0) }
        }
        let dataset = parsed.first { _, value in
            let node = value.value(atPointer: SchemaDocument.findTarget(value)) ?? value
            return (node["@type"] ?? .null).asList.contains { ($0.stringValue ?? "").hasSuffix("Dataset") }
        }
        return (dataset ?? parsed.first)?.0
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }
}
