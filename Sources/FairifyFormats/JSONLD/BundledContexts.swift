import Foundation

/// Contexts compiled into the binary (Sources/FairifyFormats/Bundled/contexts/), looked up
/// by URL with scheme, letter case and a trailing slash or `#` ignored. Several are compact
/// equivalents of the published documents rather than copies (see docs/jsonld.md): they
/// expand the terms records use to the same IRIs.
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
        add("ro-crate-1.1.jsonld", [
            "https://w3id.org/ro/crate/1.1/context", "https://w3id.org/ro/crate/1.0/context",
            "https://w3id.org/ro/crate/1.1-DRAFT/context", "https://w3id.org/ro/crate/1.0-DRAFT/context",
            "https://w3id.org/ro/crate/0.2-DRAFT/context", "https://zenodo.org/record/3541888/files/ro-crate-context-1.0.0.jsonld",
        ])
        add("ro-crate-1.2.jsonld", [
            "https://w3id.org/ro/crate/1.2/context", "https://w3id.org/ro/crate/1.2-DRAFT/context",
            "https://w3id.org/ro/crate/1.3/context", "https://w3id.org/ro/crate/1.3-DRAFT/context",
            "https://w3id.org/ro/crate/1.4-DRAFT/context",
        ])
        add("codemeta-2.0.jsonld", [
            "https://doi.org/10.5063/schema/codemeta-2.0", "https://w3id.org/codemeta/v2.0", "https://w3id.org/codemeta/2.0",
            "https://raw.githubusercontent.com/codemeta/codemeta/2.0/codemeta.jsonld",
        ])
        add("codemeta-3.0.jsonld", [
            "https://w3id.org/codemeta/3.0", "https://w3id.org/codemeta/v3.0", "https://w3id.org/codemeta/3.1",
            "https://raw.githubusercontent.com/codemeta/codemeta/3.0/codemeta.jsonld",
        ])
        add("software-types.jsonld", ["https://w3id.org/software-types"])
        return map
    }()

    /// Normalised URL prefixes whose every document is served by one file.
    static let prefixes: [(prefix: String, file: String)] = [
        ("w3id.org/dats/context/sdo/", "dats-sdo.jsonld"),
    ]

    static func file(for url: String) -> String? {
        let key = normalize(url)
        if let file = files[key] { return file }
        return prefixes.first { key.hasPrefix($0.prefix) }?.file
    }

    static func normalize(_ url: String) -> String {
        var s = Substring(url.lowercased())
        if s.hasPrefix("https://") { s = s.dropFirst(8) } else if s.hasPrefix("http://") { s = s.dropFirst(7) }
        while s.hasSuffix("/") || s.hasSuffix("#") { s = s.dropLast() }
        return String(s)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var parsed: [String: JSONValue] = [:]

    static func document(for url: String) -> JSONValue? {
        guard let file = file(for: url) else { return nil }
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
