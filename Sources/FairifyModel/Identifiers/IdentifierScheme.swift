import Foundation

/// The identifier schemes fairify recognises, with what FAIR cares about: is the scheme
/// globally unique, is it persistent, and what is its canonical resolvable form.
public enum IdentifierScheme: String, Sendable, Codable, CaseIterable {
    case doi, handle, ark, purl, w3id, urn, orcid, ror, isni, uuid, hash, arxiv, pmid, pmcid, identifiersOrg = "identifiers.org", lsid, url, local

    /// Persistent: governed to stay resolvable (a plain URL is not, however long it has lived).
    public var isPersistent: Bool {
        switch self {
        case .doi, .handle, .ark, .purl, .w3id, .orcid, .ror, .isni, .identifiersOrg, .arxiv, .pmid, .pmcid, .lsid: return true
        case .urn, .uuid, .hash, .url, .local: return false
        }
    }

    /// Globally unique: the syntax alone guarantees one resource per identifier.
    public var isGloballyUnique: Bool { self != .local }

    /// Resolvable on the web through its canonical form.
    public var isWebResolvable: Bool {
        switch self {
        case .urn, .uuid, .hash, .local, .lsid: return false
        default: return true
        }
    }
}

/// An identifier as classified: its scheme, the bare value (e.g. `10.1234/abc`) and its
/// canonical resolvable IRI when the scheme has one.
public struct ClassifiedIdentifier: Hashable, Sendable, Codable {
    public var scheme: IdentifierScheme
    public var value: String
    public var canonical: String?

    public static func classify(_ raw: String) -> ClassifiedIdentifier {
        IdentifierClassifier.classify(raw)
    }
}

enum IdentifierClassifier {
    /// Built once: array literals in the checks below would be allocated on every call.
    enum Prefixes {
        static let ror = ["https://ror.org/", "http://ror.org/", "ror.org/", "ror:"]
        static let handle = ["https://hdl.handle.net/", "http://hdl.handle.net/", "hdl:", "handle:"]
        static let identifiersOrg = ["https://identifiers.org/", "http://identifiers.org/"]
        static let arxiv = ["https://arxiv.org/abs/", "http://arxiv.org/abs/", "arxiv:"]
        static let isni = ["https://isni.org/isni/", "http://isni.org/isni/", "isni:"]
        static let pmid = ["pmid:"]
        static let pmcid = ["pmcid:"]
        static let orcid = ["https://orcid.org/", "http://orcid.org/", "orcid.org/", "orcid:"]
        static let doi = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                          "https://www.doi.org/", "http://www.doi.org/", "doi.org/", "doi:", "info:doi/", "urn:doi:"]
    }

    static func classify(_ raw: String) -> ClassifiedIdentifier {
        let text = raw.trimmingWhitespace
        let lower = text.lowercased()
        // Most identifiers are web addresses or DOIs; check the cheap signs first.
        if lower.hasPrefix("http"), !containsAny(lower, schemeMarkers) {
            return hasHost(text) ? ClassifiedIdentifier(scheme: .url, value: text, canonical: text)
                                 : ClassifiedIdentifier(scheme: .local, value: text, canonical: nil)
        }

        if let doi = doiValue(text, lower) {
            return ClassifiedIdentifier(scheme: .doi, value: doi, canonical: "https://doi.org/" + doi)
        }
        if let orcid = orcidValue(text, lower) {
            return ClassifiedIdentifier(scheme: .orcid, value: orcid, canonical: "https://orcid.org/" + orcid)
        }
        if let ror = stripPrefixes(text, lower, Prefixes.ror),
           ror.count == 9, ror.first == "0" {
            return ClassifiedIdentifier(scheme: .ror, value: ror, canonical: "https://ror.org/" + ror)
        }
        if let hdl = stripPrefixes(text, lower, Prefixes.handle),
           hdl.contains("/" as Character) {
            return ClassifiedIdentifier(scheme: .handle, value: hdl, canonical: "https://hdl.handle.net/" + hdl)
        }
        if let ark = arkValue(text, lower) {
            return ClassifiedIdentifier(scheme: .ark, value: ark, canonical: "https://n2t.net/" + ark)
        }
        if let rest = stripPrefixes(text, lower, Prefixes.identifiersOrg), !rest.isEmpty {
            return ClassifiedIdentifier(scheme: .identifiersOrg, value: rest, canonical: "https://identifiers.org/" + rest)
        }
        if let rest = stripPrefixes(text, lower, Prefixes.arxiv), !rest.isEmpty {
            return ClassifiedIdentifier(scheme: .arxiv, value: rest, canonical: "https://arxiv.org/abs/" + rest)
        }
        if let rest = stripPrefixes(text, lower, Prefixes.isni), !rest.isEmpty {
            return ClassifiedIdentifier(scheme: .isni, value: rest, canonical: "https://isni.org/isni/" + rest)
        }
        if let rest = stripPrefixes(text, lower, Prefixes.pmid), !rest.isEmpty, rest.allSatisfy(\.isNumber) {
            return ClassifiedIdentifier(scheme: .pmid, value: rest, canonical: "https://pubmed.ncbi.nlm.nih.gov/" + rest)
        }
        if let rest = stripPrefixes(text, lower, Prefixes.pmcid), lowerHasPrefix(rest, "pmc") {
            return ClassifiedIdentifier(scheme: .pmcid, value: rest, canonical: "https://www.ncbi.nlm.nih.gov/pmc/articles/" + rest)
        }
        if lower.hasPrefix("urn:lsid:") {
            return ClassifiedIdentifier(scheme: .lsid, value: text, canonical: nil)
        }
        if lower.hasPrefix("urn:uuid:"), isUUID(String(text.dropFirst(9))) {
            return ClassifiedIdentifier(scheme: .uuid, value: String(text.dropFirst(9)), canonical: nil)
        }
        if lower.hasPrefix("urn:"), text.split(separator: ":").count >= 3 {
            return ClassifiedIdentifier(scheme: .urn, value: text, canonical: nil)
        }
        if lower.hasPrefix("http://purl.") || lower.hasPrefix("https://purl.") {
            return ClassifiedIdentifier(scheme: .purl, value: text, canonical: "https://" + text.drop { $0 != "/" }.dropFirst(2))
        }
        if lower.hasPrefix("http://w3id.org/") || lower.hasPrefix("https://w3id.org/") {
            return ClassifiedIdentifier(scheme: .w3id, value: text, canonical: "https://w3id.org/" + text.split(separator: "/", maxSplits: 3).dropFirst(2).joined(separator: "/"))
        }
        if isUUID(text) {
            return ClassifiedIdentifier(scheme: .uuid, value: lower, canonical: nil)
        }
        if isHash(lower) {
            return ClassifiedIdentifier(scheme: .hash, value: lower, canonical: nil)
        }
        if (lower.hasPrefix("http://") || lower.hasPrefix("https://")), hasHost(text) {
            return ClassifiedIdentifier(scheme: .url, value: text, canonical: text)
        }
        return ClassifiedIdentifier(scheme: .local, value: text, canonical: nil)
    }

    private static let schemeMarkers = ["doi.org/", "orcid.org/", "ror.org/", "handle.net/", "identifiers.org/", "arxiv.org/",
                                        "isni.org/", "/ark:", "purl.", "w3id.org/"]

    /// Byte search when `s` is ASCII (where it equals Foundation's search); Foundation otherwise.
    private static func containsAny(_ s: String, _ markers: [String]) -> Bool {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return markers.contains { s.contains($0) } }
        return markers.contains { utf8Offset(of: $0, in: s) != nil }
    }

    private static func lowerHasPrefix(_ s: String, _ p: String) -> Bool { s.lowercased().hasPrefix(p) }

    private static func stripPrefixes(_ text: String, _ lower: String, _ prefixes: [String]) -> String? {
        for prefix in prefixes where lower.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count))
        }
        return nil
    }

    private static func doiValue(_ text: String, _ lower: String) -> String? {
        let bare = stripPrefixes(text, lower, Prefixes.doi)?.trimmingWhitespace ?? text
        guard bare.hasPrefix("10."), let slash = bare.firstIndex(of: "/") else { return nil }
        let registrant = bare[bare.index(bare.startIndex, offsetBy: 3)..<slash]
        guard !registrant.isEmpty, registrant.allSatisfy({ $0.isNumber || $0 == "." }),
              bare.index(after: slash) < bare.endIndex, !bare.contains(" " as Character) else { return nil }
        // DOIs are case-insensitive; the upper-case form is DataCite's and Crossref's display form only.
        return bare
    }

    private static func orcidValue(_ text: String, _ lower: String) -> String? {
        let bare = stripPrefixes(text, lower, Prefixes.orcid) ?? text
        guard ORCID.isWellFormed(bare) else { return nil }
        return bare.uppercased()
    }

    private static func arkValue(_ text: String, _ lower: String) -> String? {
        if lower.hasPrefix("ark:") { return text }
        if lower.hasPrefix("http"), let start = utf8Offset(of: "/ark:", in: lower) {
            return String(text.utf8.dropFirst(start + 1)) ?? String(text.dropFirst(start + 1))
        }
        return nil
    }

    /// Byte offset of an ASCII marker, without bridging to NSString.
    private static func utf8Offset(of marker: String, in s: String) -> Int? {
        let hay = Array(s.utf8), needle = Array(marker.utf8)
        guard hay.count >= needle.count else { return nil }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    static func isUUID(_ s: String) -> Bool {
        guard s.utf8.count >= 36 else { return false }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    static func isHash(_ s: String) -> Bool {
        [32, 40, 64, 128].contains(s.count) && s.allSatisfy(\.isHexDigit)
    }

    static func hasHost(_ s: String) -> Bool {
        guard let schemeEnd = utf8Offset(of: "://", in: s) else { return false }
        let host = s.dropFirst(schemeEnd + 3).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains("." as Character) || host.hasPrefix("localhost")
    }
}

/// ORCID iDs: four groups of four, the last character an ISO 7064 11,2 check digit.
public enum ORCID {
    public static func isWellFormed(_ s: String) -> Bool {
        // Exactly 19 bytes: ASCII only, which the checksum below also relies on.
        guard s.utf8.count == 19 else { return false }
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return isWellFormedASCII(Array(s.utf8)) }
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == 4, groups.allSatisfy({ $0.count == 4 }) else { return false }
        let chars = Array(groups.joined())
        return chars.dropLast().allSatisfy(\.isNumber) && (chars.last!.isNumber || chars.last! == "X" || chars.last! == "x")
    }

    /// The same test on ASCII bytes, where digits are only 0-9 and each byte is one character.
    private static func isWellFormedASCII(_ b: [UInt8]) -> Bool {
        for (i, byte) in b.enumerated() {
            switch i {
            case 4, 9, 14: guard byte == UInt8(ascii: "-") else { return false }
            case 18: guard (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x") else { return false }
            default: guard byte >= 0x30 && byte <= 0x39 else { return false }
            }
        }
        return true
    }

    /// True when the check digit matches (ISO 7064 MOD 11-2).
    public static func hasValidChecksum(_ s: String) -> Bool {
        guard isWellFormed(s) else { return false }
        let chars = Array(s.replacingOccurrences(of: "-", with: "").uppercased())
        var total = 0
        for c in chars.dropLast() { total = (total + Int(String(c))!) * 2 }
        let result = (12 - total % 11) % 11
        let expected: Character = result == 10 ? "X" : Character(String(result))
        return chars.last! == expected
    }
}
