import Foundation

/// Contexts compiled into the binary (Sources/FairifyFormats/Bundled/contexts/), looked up
/// by URL with scheme, letter case and a trailing slash or `#` ignored.
enum BundledContexts {
    /// Normalised URL -> file under Bundled/contexts/.
    static let files: [String: String] = {
        var map: [String: String] = [:]
        func add(_ file: String, _ urls: [String]) { for url in urls { map[normalize(url)] = file } }
        add("schemaorg.jsonld", [
            "http://schema.org", "https://schema.org", "http://schema.org/docs/jsonldcontext.json",
            "https://schema.org/docs/jsonldcontext.json", "https://schema.org/docs/jsonldcontext.jsonld",
            "http://schema.org/docs/jsonldcontext.jsonld", "https://schema.org/version/latest/schemaorgcontext.jsonld",
        ])
        return map
    }()

    static func normalize(_ url: String) -> String {
        var s = Substring(url.lowercased())
        if s.hasPrefix("https://") { s = s.dropFirst(8) } else if s.hasPrefix("http://") { s = s.dropFirst(7) }
        while s.hasSuffix("/") || s.hasSuffix("#") { s = s.dropLast() }
        return String(s)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var parsed: [String: JSONValue] = [:]

    static func document(for url: String) -> JSONValue? {
        guard let file = files[normalize(url)] else { return nil }
        lock.lock(); defer { lock.unlock() }
        if let cached = parsed[file] { return cached }
        guard let data = EmbeddedFiles.data("Bundled/contexts/" + file),
              let value = try? JSONParser.parse(bytes: [UInt8](data), file: file).value else { return nil }
        parsed[file] = value
        return value
    }

    /// Every URL with a bundled context, for documentation and `--help`.
    static var urls: [String] { files.keys.sorted() }
}
