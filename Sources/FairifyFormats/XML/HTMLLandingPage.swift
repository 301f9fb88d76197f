import FairifyModel

/// JSON-LD embedded in HTML landing pages.
public enum HTMLLandingPage {
    /// Every `<script type="application/ld+json">` block, parsed, in document order. Positions
    /// point into the HTML file: each block is parsed with everything before it blanked out
    /// (newlines kept), so lines, columns and byte offsets are those of the page.
    public static func jsonLDBlocks(bytes: [UInt8], file: String) throws -> [JSONValue] {
        let document = try XMLDocument.parseHTML(bytes: bytes, file: file)
        guard let root = document.root else { return [] }
        var blocks: [JSONValue] = []
        var searchFrom = 0
        for script in root.descendants(named: "script") where isJSONLD(script.attribute("type")) {
            let text = script.textContent
            let content = Array(text.utf8)
            let offset = locate(content, in: bytes, from: searchFrom, nearLine: script.line)
            let padded: [UInt8]
            if let offset {
                searchFrom = offset + content.count
                padded = bytes[..<offset].map { $0 == 0x0A ? 0x0A : 0x20 } + content
            } else {
                padded = [UInt8](repeating: 0x0A, count: max(script.line - 1, 0)) + content
            }
            blocks.append(try JSONParser.parse(bytes: padded, file: file).value)
        }
        return blocks
    }

    /// `application/ld+json`, any case, parameters allowed (`; charset=utf-8`).
    static func isJSONLD(_ type: String?) -> Bool {
        guard let type else { return false }
        let mediaType = type.split(separator: ";", maxSplits: 1).first.map { $0.trimmedASCIISpaceLowercased } ?? ""
        return mediaType == "application/ld+json"
    }

    /// The block's byte offset in the page, when the page is UTF-8 and holds the text verbatim.
    private static func locate(_ content: [UInt8], in bytes: [UInt8], from start: Int, nearLine line: Int) -> Int? {
        guard !content.isEmpty, content.count <= bytes.count else { return nil }
        var lineStart = 0
        var currentLine = 1
        while currentLine < line, lineStart < bytes.count {
            if bytes[lineStart] == 0x0A { currentLine += 1 }
            lineStart += 1
        }
        let from = max(start, lineStart)
        guard from + content.count <= bytes.count else { return nil }
        let first = content[0]
        var index = from
        let last = bytes.count - content.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + content.count].elementsEqual(content) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    var trimmedASCIISpaceLowercased: String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()).lowercased()
    }
}
