import FairifyModel
import Foundation

/// The document kinds recipes can patch.
public enum DocumentKind: String, Sendable, CaseIterable {
    case jsonLD = "json-ld"
    case yamlLD = "yaml-ld"
    case dataCiteXML = "datacite-xml"
    /// An HTML landing page: its JSON-LD script block is patched.
    case html
    /// JSON Lines: each line a record, patched on its own.
    case jsonLines = "json-lines"
    /// Other XML: Dublin Core (OAI-PMH), EML, ISO 19139, DCAT in RDF/XML (`XMLDialect`).
    case xml
    /// DCAT in Turtle.
    case turtle

    /// From the content: `{`/`[` is JSON, an HTML page is HTML, `<` is XML, anything else is tried as YAML.
    public static func detect(_ bytes: [UInt8]) -> DocumentKind {
        if HTMLScriptBlocks.isHTML(bytes) { return .html }
        let first = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first
        switch first {
        case UInt8(ascii: "{"): return JSONLines.lines(bytes) == nil ? .jsonLD : .jsonLines
        case UInt8(ascii: "["): return .jsonLD
        case UInt8(ascii: "<"): return RecipeRunner.isDataCite(bytes) ? .dataCiteXML : .xml
        default: return TurtleActions.looksLikeTurtle(bytes) ? .turtle : .yamlLD
        }
    }
}

/// One recipe with its parameters, as asked for on the command line.
public struct RecipeRequest: Sendable {
    public var recipe: Recipe
    public var params: RecipeParameterValues
    public init(recipe: Recipe, params: RecipeParameterValues) {
        self.recipe = recipe
        self.params = params
    }
}

/// What applying recipes gave.
public struct RecipeOutcome: Sendable {
    public var kind: DocumentKind
    public var original: [UInt8]
    public var bytes: [UInt8]
    /// Recipes that changed something, in order.
    public var changedBy: [String]
    /// Messages for the user (`recipe: message`): what was skipped and why, comments not kept...
    public var notes: [String]
    public var changed: Bool { bytes != original }
}

/// Applies recipes to a document's bytes through the writer for its format.
public enum RecipeRunner {
    /// `record` (1-based) limits a multi-record document to one of its records; all by default.
    public static func apply(_ requests: [RecipeRequest], to bytes: [UInt8], file: String, directory: URL? = nil, record: Int? = nil) throws -> RecipeOutcome {
        let kind = DocumentKind.detect(bytes)
        if kind == .jsonLines, let lines = JSONLines.lines(bytes) {
            return try JSONLines.apply(requests, bytes, try selected(lines, record, file), file: file, directory: directory)
        }
        if let record, kind != .xml, kind != .turtle, record != 1 {
            throw Diagnostic.error("--record \(record): this document holds one record", at: SourceLocation(file: file), code: "usage")
        }
        // Check every parameter before changing anything: a bad one stops the whole run.
        let resolved = try ordered(requests).map { RecipeRequest(recipe: $0.recipe, params: try $0.params.resolved(for: $0.recipe)) }
        var outcome = RecipeOutcome(kind: kind, original: bytes, bytes: bytes, changedBy: [], notes: [])
        try checkSupported(bytes, kind: kind, file: file)
        for request in resolved {
            let before = outcome.bytes
            var notes: [String] = []
            guard RecipeCatalog.supports(request.recipe, kind) else {
                outcome.notes.append("\(request.recipe.id): not applicable to \(kind.rawValue) documents; skipped")
                continue
            }
            switch kind {
            case .jsonLD: outcome.bytes = try applyJSON(request, outcome.bytes, file, directory, &notes)
            case .yamlLD: outcome.bytes = try applyYAML(request, outcome.bytes, file, directory, &notes)
            case .dataCiteXML: outcome.bytes = try applyXML(request, outcome.bytes, file, directory, &notes)
            case .html: outcome.bytes = try applyHTML(request, outcome.bytes, file, directory, &notes)
            case .xml: outcome.bytes = try applyDialectXML(request, outcome.bytes, file, directory, record, &notes)
            case .turtle: outcome.bytes = try TurtleActions.apply(request, outcome.bytes, file, record, &notes)
            case .jsonLines: break
            }
            outcome.notes += notes.map { "\(request.recipe.id): \($0)" }
            if outcome.bytes != before { outcome.changedBy.append(request.recipe.id) }
        }
        return outcome
    }

    /// Recipes that others build on run first (the context, mandatory fields), clean-ups last,
    /// so that one run of a set gives what two runs would.
    static func ordered(_ requests: [RecipeRequest]) -> [RecipeRequest] {
        let rank = ["schemaorg-context": 0, "datacite-mandatory": 1, "split-creator-names": 2, "declare-conformsto": 8, "deduplicate-values": 9]
        return requests.enumerated().sorted { a, b in
            (rank[a.element.recipe.id] ?? 5, a.offset) < (rank[b.element.recipe.id] ?? 5, b.offset)
        }.map(\.element)
    }

    /// Why `fix` would refuse this document, or nil when a writer handles it.
    public static func patchRefusal(_ bytes: [UInt8], file: String) -> Diagnostic? {
        do {
            try checkSupported(bytes, kind: DocumentKind.detect(bytes), file: file)
            return nil
        } catch {
            return error as? Diagnostic ?? Diagnostic.error("\(error)", at: SourceLocation(file: file))
        }
    }

    /// Refuses, with one message, documents no writer handles (before any recipe runs).
    static func checkSupported(_ bytes: [UInt8], kind: DocumentKind, file: String) throws {
        let supported = "fairify fix patches schema.org JSON-LD, YAML-LD and HTML pages, DataCite XML and JSON (also JSON Lines), CITATION.cff, Data Package descriptors, Dublin Core (OAI-PMH), EML, ISO 19139 and DCAT (RDF/XML, Turtle)"
        switch kind {
        case .dataCiteXML:
            try XMLValidation.checkWellFormed(bytes, file: file)
            let scanner = try XMLScanner(bytes: bytes, file: file)
            guard let root = scanner.root, scanner.elements[root].localName == "resource",
                  DataCiteActions.kernel(scanner.elements[root].namespace) != nil else {
                let name = scanner.root.map { "<\(scanner.elements[$0].name)>" } ?? "no root element"
                throw Diagnostic.error("\(supported); this XML (\(name)) is another format (`fairify convert` can turn it into one of those)", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
            }
        case .html:
            guard HTMLScriptBlocks.target(bytes) != nil else {
                throw Diagnostic.error("\(supported); this HTML page has no JSON-LD block (<script type=\"application/ld+json\">) that parses", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
            }
        case .xml:
            try XMLValidation.checkWellFormed(bytes, file: file)
            let scanner = try XMLScanner(bytes: bytes, file: file)
            guard XMLDialect.detect(scanner) != nil else {
                let name = scanner.root.map { "<\(scanner.elements[$0].name)>" } ?? "no root element"
                throw Diagnostic.error("\(supported); this XML (\(name)) is another format (`fairify convert` can turn it into one of those)", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
            }
        case .turtle:
            guard !TurtleStatements(bytes: bytes).subjects(ofType: TurtleInput.dcat + "Dataset").isEmpty else {
                throw Diagnostic.error("\(supported); this Turtle describes no dcat:Dataset", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
            }
        case .jsonLines:
            for line in JSONLines.lines(bytes) ?? [] { try checkSupported(Array(bytes[line]), kind: .jsonLD, file: file) }
        case .jsonLD, .yamlLD:
            let root = kind == .jsonLD ? try JSONParser.parse(bytes: bytes, file: file).value : try YAMLPatcher(bytes: bytes, file: file).root
            let hasContext = root["@context"] != nil || root.arrayValue?.first?["@context"] != nil
            guard hasContext || ContextActions.looksLikeSchemaOrg(root) || PlainDialect.detect(root) != nil else {
                throw Diagnostic.error("\(supported); this \(kind == .jsonLD ? "JSON" : "YAML") has no @context and is not schema.org (`fairify convert` can turn it into schema.org JSON-LD)", at: SourceLocation(file: file, line: 1, column: 1), code: "unsupported")
            }
        }
    }

    static func schemaDocument(_ root: JSONValue, _ recipe: Recipe, file: String) throws -> SchemaDocument {
        let hasContext = root["@context"] != nil || (root.arrayValue?.first?["@context"] != nil)
        guard hasContext || (recipe.id == "schemaorg-context" && ContextActions.looksLikeSchemaOrg(root)) else {
            throw Diagnostic.error("\(recipe.id): fairify patches schema.org JSON-LD and YAML-LD (with @context) and DataCite 4 XML; this document has no @context (try the schemaorg-context recipe if it is schema.org)", at: SourceLocation(file: file), code: "unsupported")
        }
        return try SchemaDocument(root: root)
    }

    /// The plain dialect (DataCite JSON, CITATION.cff) of a document without @context, if any.
    static func plainDialect(_ root: JSONValue) -> (PlainDialect, String)? {
        guard root["@context"] == nil, root.arrayValue?.first?["@context"] == nil, !ContextActions.looksLikeSchemaOrg(root) else { return nil }
        return PlainDialect.detect(root)
    }

    /// Edits for a plain dialect; nil when the document is schema.org.
    static func plainEdits(_ request: RecipeRequest, _ root: JSONValue, _ directory: URL?, _ notes: inout [String]) throws -> [TreeEdit]? {
        guard let (dialect, base) = plainDialect(root) else { return nil }
        guard let action = dialect.actions[request.recipe.id] else {
            notes.append("not available for \(dialect.rawValue) documents; skipped")
            return []
        }
        var input = PlainInput(root: root, base: base, params: request.params, directory: directory)
        let edits = try action(&input)
        notes += input.notes
        return edits
    }

    /// True when the recipe has a writer for this document (its format and dialect).
    public static func applicable(_ recipe: Recipe, to bytes: [UInt8]) -> Bool {
        let kind = DocumentKind.detect(bytes)
        if kind == .jsonLines, let first = JSONLines.lines(bytes)?.first { return applicable(recipe, to: Array(bytes[first])) }
        if kind == .xml {
            guard let scanner = try? XMLScanner(bytes: bytes, file: "-"), let (dialect, _) = XMLDialect.detect(scanner) else { return RecipeCatalog.supports(recipe, kind) }
            return dialect.actions[recipe.id] != nil
        }
        guard kind == .jsonLD || kind == .yamlLD else { return RecipeCatalog.supports(recipe, kind) }
        let root = kind == .jsonLD ? (try? JSONParser.parse(bytes: bytes).value) : (try? YAMLPatcher(bytes: bytes, file: "-").root)
        if let root, let (dialect, _) = plainDialect(root) { return dialect.actions[recipe.id] != nil }
        return RecipeCatalog.supports(recipe, kind)
    }

    private static func applyJSON(_ request: RecipeRequest, _ bytes: [UInt8], _ file: String, _ directory: URL?, _ notes: inout [String]) throws -> [UInt8] {
        var patcher = try JSONPatcher(bytes: bytes, file: file)
        if let edits = try plainEdits(request, patcher.root, directory, &notes) {
            try patcher.apply(edits)
            return patcher.bytes
        }
        var input = RecipeInput(document: try schemaDocument(patcher.root, request.recipe, file: file), params: request.params, directory: directory)
        let edits = try TreeActions.all[request.recipe.id]!(&input)
        notes += input.notes
        try patcher.apply(edits)
        return patcher.bytes
    }

    private static func applyHTML(_ request: RecipeRequest, _ bytes: [UInt8], _ file: String, _ directory: URL?, _ notes: inout [String]) throws -> [UInt8] {
        guard let range = HTMLScriptBlocks.target(bytes) else { return bytes }
        let block = try applyJSON(request, Array(bytes[range]), file, directory, &notes)
        var out = bytes
        out.replaceSubrange(range, with: block)
        return out
    }

    private static func applyYAML(_ request: RecipeRequest, _ bytes: [UInt8], _ file: String, _ directory: URL?, _ notes: inout [String]) throws -> [UInt8] {
        var patcher = try YAMLPatcher(bytes: bytes, file: file)
        if let edits = try plainEdits(request, patcher.root, directory, &notes) {
            try patcher.apply(edits)
            notes += patcher.notes
            return patcher.bytes
        }
        var input = RecipeInput(document: try schemaDocument(patcher.root, request.recipe, file: file), params: request.params, directory: directory)
        let edits = try TreeActions.all[request.recipe.id]!(&input)
        notes += input.notes
        try patcher.apply(edits)
        notes += patcher.notes
        return patcher.bytes
    }

    /// The one record `--record N` names (1-based), or all.
    static func selected<T>(_ records: [T], _ only: Int?, _ file: String) throws -> [T] {
        guard let only else { return records }
        guard records.indices.contains(only - 1) else {
            throw Diagnostic.error("--record \(only): this document holds \(records.count) record\(records.count == 1 ? "" : "s")", at: SourceLocation(file: file), code: "usage")
        }
        return [records[only - 1]]
    }

    /// True when the XML's root is a DataCite `resource` (kernel 3 or 4).
    static func isDataCite(_ bytes: [UInt8]) -> Bool {
        guard let scanner = try? XMLScanner(bytes: bytes, file: "-"), let root = scanner.root else { return false }
        return scanner.elements[root].localName == "resource" && DataCiteActions.kernel(scanner.elements[root].namespace) != nil
    }

    /// Every record of the document (each `dcat:Dataset`, each `oai_dc:dc`) through one patcher,
    /// each record's edits inside its own element.
    private static func applyDialectXML(_ request: RecipeRequest, _ bytes: [UInt8], _ file: String, _ directory: URL?, _ only: Int?, _ notes: inout [String]) throws -> [UInt8] {
        let scanner = try XMLScanner(bytes: bytes, file: file)
        guard let (dialect, records) = XMLDialect.detect(scanner), let action = dialect.actions[request.recipe.id] else {
            notes.append("not available for \(XMLDialect.detect(scanner)?.dialect.rawValue ?? "this XML") documents; skipped")
            return bytes
        }
        var patcher = XMLPatcher(scanner: scanner)
        for (n, record) in try selected(Array(records.enumerated()), only, file) {
            var input = XMLRecordInput(patcher: patcher, params: request.params, directory: directory, record: record)
            try action(&input)
            notes += input.notes.map { records.count > 1 ? "record \(n + 1): \($0)" : $0 }
            patcher = input.patcher
        }
        notes += patcher.skipped
        let result = patcher.result()
        try XMLValidation.checkWellFormed(result, file: file)
        return result
    }

    private static func applyXML(_ request: RecipeRequest, _ bytes: [UInt8], _ file: String, _ directory: URL?, _ notes: inout [String]) throws -> [UInt8] {
        let scanner = try XMLScanner(bytes: bytes, file: file)
        guard let root = scanner.root, let kernel = DataCiteActions.kernel(scanner.elements[root].namespace) else {
            throw Diagnostic.error("\(request.recipe.id): fairify patches DataCite kernel-4 XML; this XML is another format", at: SourceLocation(file: file), code: "unsupported")
        }
        if kernel < 4, !DataCiteActions.kernel3Recipes.contains(request.recipe.id) {
            notes.append("needs DataCite kernel 4 (this record is kernel \(kernel)); skipped")
            return bytes
        }
        var input = DataCiteInput(patcher: XMLPatcher(scanner: scanner), params: request.params, directory: directory, resource: root, kernel: kernel)
        try DataCiteActions.all[request.recipe.id]!(&input)
        input.finish()
        notes += input.notes
        let result = input.patcher.result()
        try XMLValidation.checkWellFormed(result, file: file)
        return result
    }
}
