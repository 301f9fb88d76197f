import FairifyModel

/// Cheap checks for the identifier kinds readers meet many times per record (people's ORCIDs,
/// organisations' RORs, related DOIs), where the full `ClassifiedIdentifier.classify` is too slow.
enum QuickIdentifiers {
    static func orcid(_ raw: String) -> String? {
        let bare = strip(raw, ["https://orcid.org/", "http://orcid.org/", "orcid.org/", "orcid:"])
        guard isORCID(bare) else { return nil }
        // Only the check digit may be a letter.
        return "https://orcid.org/" + (bare.utf8.last == UInt8(ascii: "x") ? bare.uppercased() : bare)
    }

    /// `0000-0002-1825-0097`: four groups of four digits, the last may be X.
    static func isORCID(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count == 19 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 4, 9, 14: if byte != UInt8(ascii: "-") { return false }
            case 18: if !(byte >= 0x30 && byte <= 0x39) && byte != UInt8(ascii: "X") && byte != UInt8(ascii: "x") { return false }
            default: if !(byte >= 0x30 && byte <= 0x39) { return false }
            }
        }
        return true
    }

    /// Scheme and canonical IRI without the full classifier for the common cases (DOI, URL),
    /// falling back to it for the rest.
    static func classify(_ value: String) -> (scheme: IdentifierScheme, canonical: String?) {
        if let doi = doiIRI(value) { return (.doi, doi) }
        if let orcid = orcid(value) { return (.orcid, orcid) }
        if isPlainURL(value) { return (.url, value) }
        let classified = ClassifiedIdentifier.classify(value)
        return (classified.scheme, classified.canonical)
    }

    static func ror(_ raw: String) -> String? {
        let bare = strip(raw, ["https://ror.org/", "http://ror.org/", "ror.org/", "ror:"])
        guard bare.utf8.count == 9, bare.utf8.first == UInt8(ascii: "0") else { return nil }
        return "https://ror.org/" + bare
    }

    static func doiIRI(_ raw: String) -> String? {
        let bare = strip(raw, ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "info:doi/"])
        guard bare.hasPrefix("10."), bare.utf8.contains(UInt8(ascii: "/")), !bare.utf8.contains(0x20) else { return nil }
        return "https://doi.org/" + bare
    }

    /// The resolvable form of a related identifier, from its declared type.
    static func iri(_ value: String, declaredType: String?) -> String? {
        if value.hasPrefix("https://") || value.hasPrefix("http://") { return value }
        switch declaredType?.uppercased() {
        case "DOI": return doiIRI(value)
        case "HANDLE": return value.utf8.contains(UInt8(ascii: "/")) ? "https://hdl.handle.net/" + strip(value, ["hdl:"]) : nil
        case "ARK": return value.hasPrefix("ark:") ? "https://n2t.net/" + value : nil
        default: return doiIRI(value)
        }
    }

    /// An http(s) URL on a host that is not a persistent-identifier resolver.
    static func isPlainURL(_ value: String) -> Bool {
        let rest: Substring
        if value.hasPrefix("https://") { rest = value.dropFirst(8) } else if value.hasPrefix("http://") { rest = value.dropFirst(7) } else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }.lowercased()
        guard host.contains("."), !host.contains(" ") else { return false }
        let resolvers = ["doi.org", "orcid.org", "ror.org", "handle.net", "n2t.net", "identifiers.org", "arxiv.org", "isni.org", "w3id.org"]
        if resolvers.contains(where: { host == $0 || host.hasSuffix("." + $0) }) || host.hasPrefix("purl.") { return false }
        return !String(rest).lowercased().containsBytes("/ark:")
    }

    private static func strip(_ raw: String, _ prefixes: [String]) -> String {
        let text = raw.trimmedXMLSpace
        guard let first = text.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "H") || first == UInt8(ascii: "o")
                || first == UInt8(ascii: "d") || first == UInt8(ascii: "i") || first == UInt8(ascii: "r") else { return text }
        for prefix in prefixes where startsIgnoringASCIICase(text.utf8, prefix.utf8) {
            return String(text.utf8.dropFirst(prefix.utf8.count))!
        }
        return text
    }

    /// Whether `text` starts with `prefix` (lowercase ASCII), letters compared in either case.
    private static func startsIgnoringASCIICase(_ text: String.UTF8View, _ prefix: String.UTF8View) -> Bool {
        let fast = text.withContiguousStorageIfAvailable { bytes in
            prefix.withContiguousStorageIfAvailable { expected in startsIgnoringASCIICase(bytes, expected) }
        }
        if let fast, let result = fast { return result }
        return startsIgnoringASCIICase(Array(text), Array(prefix))
    }

    private static func startsIgnoringASCIICase<Bytes: RandomAccessCollection>(_ text: Bytes, _ prefix: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard text.count >= prefix.count else { return false }
        for offset in 0..<prefix.count {
            let byte = text[text.startIndex + offset], expected = prefix[prefix.startIndex + offset]
            guard byte == expected || (expected >= UInt8(ascii: "a") && expected <= UInt8(ascii: "z") && byte | 0x20 == expected) else { return false }
        }
        return true
    }
}
