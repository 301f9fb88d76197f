import Foundation

/// File extension to IANA media type (Bundled/media-types.tsv, see scripts/compile-mediatypes.py).
public enum MediaTypes {
    static let byExtension: [String: String] = {
        guard let text = EmbeddedFiles.string("Bundled/media-types.tsv") else { return [:] }
        var map: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            if cols.count == 2 { map[String(cols[0])] = String(cols[1]) }
        }
        return map
    }()

    /// The media type of a file name or URL, from its extension; nil when unknown.
    public static func forFile(_ name: String) -> String? {
        let path = name.split(separator: "?").first.map(String.init) ?? name
        let last = path.split(separator: "/").last.map(String.init) ?? path
        let parts = last.lowercased().split(separator: ".")
        guard parts.count >= 2 else { return nil }
        if parts.count >= 3, parts.last == "gz" || parts.last == "bz2" || parts.last == "xz" {
            return byExtension[String(parts.last!)]
        }
        return byExtension[String(parts.last!)]
    }
}
