import Foundation

/// JSON-LD script elements of an HTML document, as the JSON-LD 1.1 API's HTML processing
/// describes: a fragment selects the script by id, otherwise the first script (or all of
/// them with `extractAll`); `<base href>` sets the base IRI.
public enum HTMLScriptExtractor {
    public struct Extracted: Sendable {
        public var document: JSONValue
        /// The document base after `<base href>`, when the page has one.
        public var base: String?
    }

    public static func extract(bytes: [UInt8], url: String, file: String? = nil, extractAll: Bool = false) throws -> Extracted {
        let name = file ?? url
        let page = try XMLDocument.parseHTML(bytes: bytes, file: name)
        guard let root = page.root else { throw JSONLDError("loading document failed", "\(name) has no HTML content") }
        var base: String?
        if let href = root.descendants(named: "base").first?.attribute("href") {
            base = IRI.resolve(href, against: url.split(separator: "#", maxSplits: 1).first.map(String.init))
        }
        let scripts = root.descendants(named: "script").filter { HTMLLandingPage.isJSONLD($0.attribute("type")) }
        if let hash = url.firstIndex(of: "#") {
            let id = String(url[url.index(after: hash)...])
            guard let script = root.descendants(named: "script").first(where: { $0.attribute("id") == id }) else {
                throw JSONLDError("loading document failed", "no script element with id \(id)")
            }
            guard HTMLLandingPage.isJSONLD(script.attribute("type")) else {
                throw JSONLDError("loading document failed", "script \(id) is not application/ld+json")
            }
            return Extracted(document: try parse(script, name), base: base)
        }
        if !extractAll {
            guard let first = scripts.first else { throw JSONLDError("loading document failed", "\(name) has no JSON-LD script") }
            return Extracted(document: try parse(first, name), base: base)
        }
        var all: [JSONValue] = []
        for script in scripts {
            let value = try parse(script, name)
            if let items = value.arrayValue { all.append(contentsOf: items) } else { all.append(value) }
        }
        return Extracted(document: .array(all), base: base)
    }

    private static func parse(_ script: XMLElement, _ name: String) throws -> JSONValue {
        do {
            let padding = String(repeating: "\n", count: max(script.line - 1, 0))
            return try JSONParser.parse(padding + script.textContent, file: name).value
        } catch let diagnostic as Diagnostic where diagnostic.location.map({ $0.line > 0 }) ?? false {
            // Keep the JSON parser's own position; its text already names the file.
            throw JSONLDError("invalid script element", diagnostic.message, at: SourcePosition(line: diagnostic.location!.line, column: max(diagnostic.location!.column, 1)))
        } catch {
            throw JSONLDError("invalid script element", "\(error)", at: SourcePosition(line: script.line, column: 1))
        }
    }
}
