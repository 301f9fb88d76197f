import Foundation
import FairifyModel

/// Tells licences, access-rights statements and free-text rights apart, for every dialect.
enum RightsClassifier {
    enum Kind { case license, accessRights, rights }

    static func kind(uri: String?, identifier: String?, text: String?) -> Kind {
        let lowerURI = uri?.lowercased() ?? ""
        if isAccessRightsIRI(lowerURI) { return .accessRights }
        if identifier != nil || isLicenseIRI(lowerURI) { return .license }
        if let text, looksLikeLicenseName(text) { return .license }
        return .rights
    }

    static func isAccessRightsIRI(_ lower: String) -> Bool {
        if lower.hasPrefix("info:eu-repo/semantics/") { return true }
        let markers = ["purl.org/coar/access_right/", "publications.europa.eu/resource/authority/access-right/"]
        // On ASCII text a byte search finds exactly what Foundation's search finds, without bridging.
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return markers.contains { lower.containsBytes($0) } }
        return markers.contains { lower.contains($0) }
    }

    static func isLicenseIRI(_ lower: String) -> Bool {
        guard !lower.isEmpty else { return false }
        return ["creativecommons.org/", "spdx.org/licenses", "opensource.org/licenses", "opendatacommons.org/licenses",
                "/licenses/", "/licence", "/license", "gnu.org/licenses", "europa.eu/resource/authority/licence"]
            .contains { lower.containsBytes($0) }
    }

    static func looksLikeLicenseName(_ text: String) -> Bool {
        let lower = text.lowercased()
        if SPDX.isKnown(text) { return true }
        return lower.containsBytes("creative commons") || lower.hasPrefix("cc-by") || lower.hasPrefix("cc by") || lower.hasPrefix("cc0")
            || lower.containsBytes("licence") || lower.containsBytes("license") || lower.containsBytes("public domain")
    }

    /// `true`/`false` for access-rights IRIs and common words; nil when unknown.
    static func isOpen(_ value: String) -> String? {
        let lower = value.lowercased()
        if lower.hasSuffix("openaccess") || lower.hasSuffix("c_abf2") || lower.hasSuffix("/public") || lower == "public" || lower == "open" {
            return "true"
        }
        if ["closedaccess", "restrictedaccess", "embargoedaccess", "c_14cb", "c_16ec", "c_f1cf", "/restricted", "/non_public"]
            .contains(where: { lower.hasSuffix($0) }) || lower == "restricted" || lower == "closed" {
            return "false"
        }
        return nil
    }

    /// The SPDX id for a licence IRI or name when it is a well-known one.
    static func spdx(uri: String?, identifier: String?, scheme: String?) -> String? {
        if let identifier, scheme?.lowercased() == "spdx" || SPDX.isKnown(identifier) { return identifier }
        if let uri { return SPDX.fromIRI(uri) }
        return nil
    }
}

extension String {
    /// Substring search on UTF-8 bytes, without Foundation's locale-aware machinery.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= haystack.count else { return pattern.isEmpty }
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index] == first, haystack[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}

enum SPDX {
    private static let common: Set<String> = [
        "CC0-1.0", "CC-BY-4.0", "CC-BY-3.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0",
        "CC-BY-2.0", "CC-BY-SA-3.0", "MIT", "Apache-2.0", "GPL-3.0-only", "GPL-3.0-or-later", "GPL-2.0-only", "LGPL-3.0-only",
        "BSD-3-Clause", "BSD-2-Clause", "MPL-2.0", "ODbL-1.0", "PDDL-1.0", "ODC-By-1.0", "Unlicense", "EUPL-1.2", "OGL-UK-3.0",
        "etalab-2.0", "dl-de-by-2.0", "dl-de-zero-2.0", "NLOD-2.0",
    ]
    private static let lowercased: [String: String] = Dictionary(uniqueKeysWithValues: common.map { ($0.lowercased(), $0) })

    static func isKnown(_ id: String) -> Bool { lowercased[id.lowercased()] != nil }

    static func fromIRI(_ iri: String) -> String? {
        let lower = iri.lowercased()
        if let range = lower.range(of: "spdx.org/licenses/") {
            let id = iri[range.upperBound...].split(separator: ".html").first.map(String.init) ?? ""
            return id.isEmpty ? nil : id.replacingOccurrences(of: ".json", with: "")
        }
        if lower.contains("creativecommons.org/publicdomain/zero/1.0") { return "CC0-1.0" }
        if let range = lower.range(of: "creativecommons.org/licenses/") {
            let parts = lower[range.upperBound...].split(separator: "/")
            guard parts.count >= 2 else { return nil }
            let id = "CC-" + parts[0].uppercased() + "-" + parts[1]
            return lowercased[id.lowercased()] ?? id
        }
        if let range = lower.range(of: "opensource.org/licenses/") {
            let id = String(iri[range.upperBound...]).trimmingCharacters(in: ["/"])
            return lowercased[id.lowercased()] ?? (id.isEmpty ? nil : id)
        }
        return nil
    }
}
