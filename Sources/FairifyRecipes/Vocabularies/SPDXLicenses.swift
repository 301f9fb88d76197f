import Foundation

/// The bundled SPDX licence list (Bundled/spdx-licenses.tsv, see scripts/compile-spdx.py).
public struct SPDXLicense: Sendable, Hashable {
    public var id: String
    public var name: String
    public var urls: [String]
    /// The IRI fairify writes for the licence.
    public var iri: String { "https://spdx.org/licenses/\(id)" }
}

public enum SPDXLicenses {
    public static let all: [SPDXLicense] = {
        guard let text = EmbeddedFiles.string("Bundled/spdx-licenses.tsv") else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { return nil }
            let urls = cols.count > 2 ? cols[2].split(separator: " ").map(String.init) : []
            return SPDXLicense(id: cols[0], name: cols[1], urls: urls)
        }
    }()

    private static let byKey: [String: SPDXLicense] = {
        var map: [String: SPDXLicense] = [:]
        for licence in all {
            map[normalise(licence.id)] = licence
            map[normalise(licence.name)] = licence
            map[normalise(licence.iri)] = licence
            map[normalise(licence.iri + ".html")] = licence
            for url in licence.urls where map[normalise(url)] == nil { map[normalise(url)] = licence }
        }
        // Common ways of writing licences that are neither the id nor the name.
        let aliases: [String: String] = [
            "cc by": "CC-BY-4.0", "cc-by": "CC-BY-4.0", "cc by 4.0": "CC-BY-4.0", "cc-by 4.0": "CC-BY-4.0",
            "cc by-sa 4.0": "CC-BY-SA-4.0", "cc by sa 4.0": "CC-BY-SA-4.0", "cc by-nc 4.0": "CC-BY-NC-4.0",
            "cc0": "CC0-1.0", "cc zero": "CC0-1.0", "cc0 1.0": "CC0-1.0", "public domain (cc0)": "CC0-1.0",
            "creative commons zero": "CC0-1.0", "creative commons attribution": "CC-BY-4.0",
            "creative commons attribution 4.0": "CC-BY-4.0", "apache 2.0": "Apache-2.0", "apache license 2.0": "Apache-2.0",
            "apache license, version 2.0": "Apache-2.0", "apache 2": "Apache-2.0", "mit license": "MIT", "the mit license": "MIT",
            "gpl-3.0": "GPL-3.0-only", "gplv3": "GPL-3.0-only", "gpl v3": "GPL-3.0-only", "gpl-2.0": "GPL-2.0-only",
            "lgpl-3.0": "LGPL-3.0-only", "bsd 3-clause": "BSD-3-Clause", "bsd-3": "BSD-3-Clause", "bsd 2-clause": "BSD-2-Clause",
            "odbl": "ODbL-1.0", "pddl": "PDDL-1.0", "odc-by": "ODC-By-1.0", "mpl 2.0": "MPL-2.0", "eupl 1.2": "EUPL-1.2",
            "https://creativecommons.org/licenses/by/4.0": "CC-BY-4.0",
            "http://creativecommons.org/licenses/by/4.0": "CC-BY-4.0",
            "https://creativecommons.org/publicdomain/zero/1.0": "CC0-1.0",
            "http://creativecommons.org/publicdomain/zero/1.0": "CC0-1.0",
            "info:eu-repo/semantics/cc0": "CC0-1.0",
        ]
        for (alias, id) in aliases {
            if let licence = all.first(where: { $0.id == id }), map[normalise(alias)] == nil { map[normalise(alias)] = licence }
        }
        return map
    }()

    /// Finds a licence from an SPDX id, a name, an SPDX or publisher URL, or common short forms.
    public static func find(_ text: String) -> SPDXLicense? {
        let key = normalise(text)
        if let hit = byKey[key] { return hit }
        // creativecommons.org URLs with a trailing path such as /legalcode or /deed.en.
        if key.contains("creativecommons.org") {
            for suffix in ["legalcode", "deed.en", "deed"] where key.hasSuffix(suffix) {
                if let hit = byKey[String(key.dropLast(suffix.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))] { return hit }
            }
        }
        return nil
    }

    static func normalise(_ text: String) -> String {
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if s.hasPrefix("https://") { s.removeFirst(8) } else if s.hasPrefix("http://") { s.removeFirst(7) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        while s.hasSuffix("/") { s.removeLast() }
        return s.replacingOccurrences(of: "_", with: " ")
    }
}
