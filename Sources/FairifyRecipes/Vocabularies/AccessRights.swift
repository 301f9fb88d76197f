/// The COAR access-rights vocabulary (http://purl.org/coar/access_right/).
public enum COARAccessRights {
    public struct Term: Sendable, Hashable {
        public var key: String
        public var label: String
        public var iri: String
    }

    public static let terms: [Term] = [
        Term(key: "open", label: "open access", iri: "http://purl.org/coar/access_right/c_abf2"),
        Term(key: "embargoed", label: "embargoed access", iri: "http://purl.org/coar/access_right/c_f1cf"),
        Term(key: "restricted", label: "restricted access", iri: "http://purl.org/coar/access_right/c_16ec"),
        Term(key: "metadata-only", label: "metadata only access", iri: "http://purl.org/coar/access_right/c_14cb"),
    ]

    /// Accepts a key (`open`), a label, a COAR IRI or the OpenAIRE `info:eu-repo/semantics/...Access` form.
    public static func find(_ text: String) -> Term? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        let aliases = ["openaccess": "open", "open access": "open", "public": "open", "embargoedaccess": "embargoed",
                       "restrictedaccess": "restricted", "closed": "metadata-only", "closedaccess": "metadata-only",
                       "metadataonly": "metadata-only", "metadata only": "metadata-only"]
        let tail = s.split(separator: "/").last.map(String.init) ?? s
        let key = aliases[tail] ?? aliases[s] ?? tail
        return terms.first { $0.key == key || $0.label == s || $0.iri.lowercased() == s || $0.iri.hasSuffix("/" + tail) }
    }
}
