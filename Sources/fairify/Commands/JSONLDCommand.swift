import ArgumentParser
import FairifyFormats
import FairifyModel
import Foundation

struct JSONLDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonld",
        abstract: "Run the JSON-LD 1.1 processor: expand, compact or to-rdf, for debugging contexts.",
        discussion: """
        Remote contexts come from the bundled copies (schema.org, RO-Crate, CodeMeta, ...) and \
        --context-map; the network is used only with --allow-network. A JSON-LD error exits with \
        code 2 and one line naming the spec's error code, such as 'invalid context entry'.

        Examples:
          fairify jsonld expand record.jsonld
          fairify jsonld compact record.jsonld --context context.jsonld
          fairify jsonld to-rdf landing-page.html
        """,
        subcommands: [JSONLDExpand.self, JSONLDCompact.self, JSONLDToRDF.self]
    )
}

struct JSONLDInputOptions: ParsableArguments {
    @Argument(help: "A JSON-LD file, an HTML page with JSON-LD scripts, or '-' for standard input.")
    var file: String

    @Option(name: .customLong("expand-context"), help: ArgumentHelp("A context to apply before the document's own.", valueName: "FILE"))
    var expandContext: String?

    @Option(name: .customLong("base"), help: ArgumentHelp("The base IRI (default: the file's file:// URL).", valueName: "IRI"))
    var base: String?

    @Option(name: .customLong("context-map"), help: ArgumentHelp("Use a local file for a remote context: URL=FILE, or PREFIX/=DIR/.", valueName: "URL=FILE"))
    var contextMap: [String] = []

    @Flag(name: .customLong("allow-network"), help: "Fetch remote contexts that are neither bundled nor mapped.")
    var allowNetwork = false

    @Flag(name: .customLong("lenient"), help: "Warn about unloadable remote contexts instead of failing.")
    var lenient = false

    @OptionGroup var inputSize: InputSizeOption

    func processor() throws -> JSONLDProcessor {
        let loader = OfflineDocumentLoader(contextMap: try OfflineDocumentLoader.parseContextMap(contextMap), allowNetwork: allowNetwork)
        return JSONLDProcessor(options: JSONLDOptions(documentLoader: loader, lenientRemoteContexts: lenient))
    }

    /// The document (the JSON-LD scripts for HTML) and its base IRI.
    func load() throws -> (document: JSONValue, base: String?) {
        let bytes = try JSONLDCLIFiles.read(file)
        let limit = try inputSize.readerOptions().maxInputBytes
        guard bytes.count <= limit else {
            throw Diagnostic.error("the input is larger than the limit of \(limit) bytes (see --max-input-size); refused", at: SourceLocation(file: file), code: "too-large")
        }
        let defaultBase = base ?? (file == "-" ? nil : URL(fileURLWithPath: file).standardizedFileURL.absoluteString)
        if bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "<") {
            let extracted = try JSONLDCLIFiles.run(file) {
                try HTMLScriptExtractor.extract(bytes: bytes, url: defaultBase ?? "", file: file, extractAll: true)
            }
            // An HTML page without scripts expands to [] (as the spec says), but an XML record
            // would too, silently: refuse that one.
            let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
            let isHTML = head.contains("<html") || head.contains("<!doctype html")
            guard isHTML || extracted.document.arrayValue?.isEmpty != true else {
                throw Diagnostic.error("no <script type=\"application/ld+json\"> found: this is XML, not JSON-LD or an HTML page that embeds it", at: SourceLocation(file: file, line: 1, column: 1), code: "no-metadata")
            }
            return (extracted.document, base ?? extracted.base ?? defaultBase)
        }
        return (try JSONParser.parse(bytes: bytes, file: file).value, defaultBase)
    }

    func loadExpandContext() throws -> JSONValue? {
        guard let expandContext else { return nil }
        return try JSONParser.parse(bytes: JSONLDCLIFiles.read(expandContext), file: expandContext).value
    }

    func reportWarnings(_ processor: JSONLDProcessor) {
        for warning in processor.warnings { Console.error("\(file): warning: \(warning)") }
    }
}

struct JSONLDExpand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "expand", abstract: "Print the expanded form of a JSON-LD document.")
    @OptionGroup var input: JSONLDInputOptions

    func run() async throws {
        let processor = try input.processor()
        let (document, base) = try input.load()
        let expandContext = try input.loadExpandContext()
        let result = try JSONLDCLIFiles.run(input.file) { try processor.expand(document, base: base, expandContext: expandContext) }
        input.reportWarnings(processor)
        print(JSONWriter.pretty.string(result))
    }
}

struct JSONLDCompact: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compact", abstract: "Compact a JSON-LD document with a context.")
    @OptionGroup var input: JSONLDInputOptions

    @Option(name: .customLong("context"), help: ArgumentHelp("The context to compact with.", valueName: "FILE"))
    var context: String

    func run() async throws {
        let processor = try input.processor()
        let (document, base) = try input.load()
        let contextValue = try JSONParser.parse(bytes: JSONLDCLIFiles.read(context), file: context).value
        var expandedInput = document
        if let expandContext = try input.loadExpandContext() {
            expandedInput = try JSONLDCLIFiles.run(input.file) { try processor.expand(document, base: base, expandContext: expandContext) }
        }
        let result = try JSONLDCLIFiles.run(input.file) { try processor.compact(expandedInput, context: contextValue, base: base) }
        input.reportWarnings(processor)
        print(JSONWriter.pretty.string(result))
    }
}

struct JSONLDToRDF: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "to-rdf", abstract: "Print a JSON-LD document as N-Quads.")
    @OptionGroup var input: JSONLDInputOptions

    func run() async throws {
        let processor = try input.processor()
        let (document, base) = try input.load()
        var source = document
        if let expandContext = try input.loadExpandContext() {
            source = try JSONLDCLIFiles.run(input.file) { try processor.expand(document, base: base, expandContext: expandContext) }
        }
        let quads = try JSONLDCLIFiles.run(input.file) { try processor.toRDF(source, base: base) }
        input.reportWarnings(processor)
        print(RDFQuad.nquads(quads), terminator: "")
    }
}

enum JSONLDCLIFiles {
    /// Reads a file or standard input; problems become one-line diagnostics.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic.error("no such file", at: SourceLocation(file: path))
        }
        guard !isDirectory.boolValue else { throw Diagnostic.error("is a directory, expected a file", at: SourceLocation(file: path)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read file", at: SourceLocation(file: path))
        }
        return [UInt8](data)
    }

    /// Turns a `JSONLDError` into the one-line diagnostic for `file`.
    static func run<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JSONLDError {
            throw error.diagnostic(file: file)
        }
    }
}
