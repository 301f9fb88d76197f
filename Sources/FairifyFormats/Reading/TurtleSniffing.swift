/// How Turtle and N-Triples are told from XML and YAML by their first tokens.
enum TurtleSniffing {
    static func startsTurtle(_ line: Substring) -> Bool {
        // `_: x` would be a YAML key; a blank node label follows `_:` directly.
        ["@prefix", "@base"].contains { line.hasPrefix($0) }
            || (line.hasPrefix("_:") && line.dropFirst(2).first.map { !$0.isWhitespace } == true)
            || ["PREFIX", "BASE"].contains { keyword in
                line.prefix(keyword.count).uppercased() == keyword && line.dropFirst(keyword.count).first.map { $0 == " " || $0 == "\t" || $0 == "<" } == true
            }
    }

    /// `<scheme:…/…>` as the first token is an IRI, not markup: element names have no '/'
    /// and no white space comes before the '>'.
    static func startsWithTriple(_ text: Substring) -> Bool {
        guard text.first == "<", let close = text.firstIndex(of: ">") else { return false }
        let iri = text[text.index(after: text.startIndex)..<close]
        guard let colon = iri.firstIndex(of: ":"), iri.first?.isLetter == true,
              iri[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
              !iri.contains(where: { $0.isWhitespace || $0 == "<" || $0 == "\"" }),
              iri.contains("/") || iri.hasPrefix("urn:") else { return false }
        return text[text.index(after: close)...].first?.isWhitespace == true
    }

    static func isTurtleName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".ttl") || lower.hasSuffix(".nt") || lower.hasSuffix(".turtle")
    }
}
