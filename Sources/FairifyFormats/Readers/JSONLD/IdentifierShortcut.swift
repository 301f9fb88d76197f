import FairifyModel

/// An identifier's scheme and canonical form, as `ClassifiedIdentifier.classify` gives them.
/// The crosswalk mostly meets four shapes that a few byte comparisons recognise: DOI, ORCID
/// and ROR addresses and plain web addresses. Those get the classifier's answer without its
/// general search (which copies and lower-cases the text and looks for ten markers); any
/// other text goes to the classifier itself.
struct LDIdentifier {
    let scheme: IdentifierScheme
    let canonical: String?

    static func classify(_ text: String) -> LDIdentifier {
        if let shortcut = text.utf8.withContiguousStorageIfAvailable({ shortcut(text, $0) }), let shortcut { return shortcut }
        let classified = ClassifiedIdentifier.classify(text)
        return LDIdentifier(scheme: classified.scheme, canonical: classified.canonical)
    }

    private static let markers: [[UInt8]] = ["doi.org/", "orcid.org/", "ror.org/", "handle.net/", "identifiers.org/", "arxiv.org/",
                                            "isni.org/", "/ark:", "purl.", "w3id.org/"].map { Array($0.utf8) }

    private static func shortcut(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> LDIdentifier? {
        // Printable ASCII only: nothing to trim, no space, lower-casing is per byte.
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        if bytes.count == 37, bytes.hasPrefix("https://orcid.org/") {
            let iD = String(text.dropFirst(18))
            return ORCID.isWellFormed(iD) ? LDIdentifier(scheme: .orcid, canonical: "https://orcid.org/" + iD.uppercased()) : nil
        }
        if bytes.count == 25, bytes.hasPrefix("https://ror.org/0") { return LDIdentifier(scheme: .ror, canonical: text) }
        if bytes.hasPrefix("https://doi.org/10.") { return isDOI(bytes, from: 16) ? LDIdentifier(scheme: .doi, canonical: text) : nil }
        let hostStart: Int
        if bytes.hasPrefix("https://") { hostStart = 8 } else if bytes.hasPrefix("http://") { hostStart = 7 } else { return nil }
        guard !markers.contains(where: { bytes.containsIgnoringCase($0) }) else { return nil }
        var hostEnd = hostStart
        while hostEnd < bytes.count, bytes[hostEnd] != UInt8(ascii: "/"), bytes[hostEnd] != UInt8(ascii: "?"),
              bytes[hostEnd] != UInt8(ascii: "#") { hostEnd += 1 }
        let host = UnsafeBufferPointer(rebasing: bytes[hostStart..<hostEnd])
        if host.contains(UInt8(ascii: ".")) || host.hasPrefix("localhost") { return LDIdentifier(scheme: .url, canonical: text) }
        return LDIdentifier(scheme: .local, canonical: nil)
    }

    /// `10.` + digits and dots + `/` + something, starting at `start`.
    private static func isDOI(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start + 3
        while i < bytes.count, bytes[i] == UInt8(ascii: ".") || (bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")) { i += 1 }
        return i > start + 3 && i + 1 < bytes.count && bytes[i] == UInt8(ascii: "/")
    }
}

private extension UnsafeBufferPointer where Element == UInt8 {
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        let p = prefix.utf8Start
        for i in 0..<count where self[i] != p[i] { return false }
        return true
    }

    /// `needle` is lower-case ASCII.
    func containsIgnoringCase(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count else { return false }
        for start in 0...(count - needle.count) {
            var j = 0
            while j < needle.count {
                let b = self[start + j]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != needle[j] { break }
                j += 1
            }
            if j == needle.count { return true }
        }
        return false
    }
}
