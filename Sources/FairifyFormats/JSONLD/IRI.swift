/// IRI helpers: keyword tests, absolute-IRI test, RFC 3986 reference resolution and the
/// inverse (making an IRI relative to a base), all on UTF-8 without Foundation.
enum JSONLDKeywords {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    ]

    @inline(__always) static func isKeyword(_ s: String) -> Bool {
        s.utf8.first == UInt8(ascii: "@") && all.contains(s)
    }

    /// `@` followed by one or more ASCII letters: reserved for future keywords, ignored.
    static func hasKeywordForm(_ s: String) -> Bool {
        var iterator = s.utf8.makeIterator()
        guard iterator.next() == UInt8(ascii: "@") else { return false }
        var count = 0
        while let c = iterator.next() {
            guard (c >= 65 && c <= 90) || (c >= 97 && c <= 122) else { return false }
            count += 1
        }
        return count > 0
    }
}

enum IRI {
    static func isBlankNode(_ s: String) -> Bool { s.hasPrefix("_:") }

    /// True when `s` starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    static func hasScheme(_ s: String) -> Bool {
        var first = true
        for c in s.utf8 {
            if c == UInt8(ascii: ":") { return !first }
            let alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
            if first {
                guard alpha else { return false }
                first = false
            } else if !(alpha || (c >= 48 && c <= 57) || c == 43 || c == 45 || c == 46) {
                return false
            }
        }
        return false
    }

    static func isAbsolute(_ s: String) -> Bool { hasScheme(s) }

    /// Well-formed enough for RDF: absolute, and without characters IRIs forbid.
    static func isWellFormed(_ s: String) -> Bool {
        guard hasScheme(s) else { return false }
        for c in s.utf8 {
            switch c {
            case 0...32, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                return false
            default: continue
            }
        }
        return true
    }

    struct Parts {
        var scheme: Substring?
        var authority: Substring?
        var path: Substring
        var query: Substring?
        var fragment: Substring?
    }

    static func parse(_ s: String) -> Parts {
        var rest = Substring(s)
        var parts = Parts(path: "")
        if let hash = rest.firstIndex(of: "#") {
            parts.fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") {
            parts.query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        if hasScheme(String(rest)), let colon = rest.firstIndex(of: ":") {
            parts.scheme = rest[..<colon]
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            parts.authority = rest[afterSlashes..<end]
            rest = rest[end...]
        }
        parts.path = rest
        return parts
    }

    static func compose(_ p: Parts) -> String {
        var out = ""
        if let scheme = p.scheme { out += scheme; out += ":" }
        if let authority = p.authority { out += "//"; out += authority }
        out += p.path
        if let query = p.query { out += "?"; out += query }
        if let fragment = p.fragment { out += "#"; out += fragment }
        return out
    }

    /// Resolves `reference` against `base` (RFC 3986 section 5.2). A nil base leaves it unchanged.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !base.isEmpty else { return reference }
        if hasScheme(reference) {
            var r = parse(reference)
            r.path = Substring(removeDotSegments(String(r.path)))
            return compose(r)
        }
        let b = parse(base)
        let r = parse(reference)
        var t = Parts(path: "")
        t.scheme = b.scheme
        if r.authority != nil {
            t.authority = r.authority
            t.path = Substring(removeDotSegments(String(r.path)))
            t.query = r.query
        } else {
            t.authority = b.authority
            if r.path.isEmpty {
                t.path = b.path
                t.query = r.query ?? b.query
            } else {
                if r.path.hasPrefix("/") {
                    t.path = Substring(removeDotSegments(String(r.path)))
                } else {
                    t.path = Substring(removeDotSegments(merge(b, String(r.path))))
                }
                t.query = r.query
            }
        }
        t.fragment = r.fragment
        return compose(t)
    }

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    static func removeDotSegments(_ path: String) -> String {
        guard path.containsByte(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") { input = input.dropFirst(3); if !output.isEmpty { output.removeLast() } }
            else if input == "/.." { input = "/"; if !output.isEmpty { output.removeLast() } }
            else if input == "." || input == ".." { input = "" }
            else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// The shortest relative reference that resolves back to `iri` against `base`.
    static func relativize(_ iri: String, base: String?) -> String {
        guard let base, !base.isEmpty, hasScheme(iri) else { return iri }
        let b = parse(base), i = parse(iri)
        guard b.scheme == i.scheme, b.authority == i.authority else { return iri }
        var candidate: String
        if b.path == i.path {
            if i.query == b.query {
                candidate = i.fragment.map { "#" + $0 } ?? ""
                if candidate.isEmpty { candidate = lastSegment(String(b.path)) }
            } else {
                candidate = (i.query.map { "?" + $0 } ?? lastSegment(String(i.path))) + (i.fragment.map { "#" + $0 } ?? "")
            }
        } else {
            var baseSegments = b.path.split(separator: "/", omittingEmptySubsequences: false)
            baseSegments.removeLast()
            let iriSegments = i.path.split(separator: "/", omittingEmptySubsequences: false)
            var common = 0
            while common < baseSegments.count, common < iriSegments.count - 1, baseSegments[common] == iriSegments[common] {
                common += 1
            }
            let ups = baseSegments.count - common
            var path = String(repeating: "../", count: ups) + iriSegments[common...].joined(separator: "/")
            if path.isEmpty { path = "./" }
            if let first = path.split(separator: "/").first, first.containsByte(":"), ups == 0 { path = "./" + path }
            candidate = path + (i.query.map { "?" + $0 } ?? "") + (i.fragment.map { "#" + $0 } ?? "")
        }
        return resolve(candidate, against: base) == iri ? candidate : iri
    }

    private static func lastSegment(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        let last = String(path[path.index(after: slash)...])
        return last.isEmpty ? "./" : last
    }
}

extension StringProtocol {
    /// Byte search without Foundation's locale-aware `contains`, which dominates hot paths.
    @inline(__always) func containsByte(_ character: Unicode.Scalar) -> Bool {
        let byte = UInt8(truncatingIfNeeded: character.value)
        return utf8.contains(byte)
    }
}
