import ArgumentParser
import FairifyFormats
import FairifyModel
import Foundation

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the detected format, the records found and their facts with source locations.",
        discussion: """
        Folders are read recursively (hidden files skipped, sorted); '-' reads standard input. \
        An input that cannot be read gives one line on stderr (file:line:col: error: ...) and \
        exit code 2; the other inputs are still shown.

        Examples:
          fairify inspect Examples/datacite-rich.xml
          fairify inspect --format json record.jsonld
          fairify inspect Examples --exclude 'bad/**'
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Metadata files or folders; '-' for standard input.")
    var inputs: [String]

    @Option(name: .customLong("format"), help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var reading: ReadingOptions

    func run() async throws {
        let options = try reading.readerOptions()
        let (paths, expandErrors) = reading.expand(inputs)
        var failed = !expandErrors.isEmpty
        expandErrors.forEach { Console.error($0.description) }
        var outcomes: [InspectOutcome] = []
        for path in paths {
            do {
                let result = try MetadataReader.read(path: path, options: options)
                Self.warnings(of: result).forEach { Console.error($0) }
                outcomes.append(InspectOutcome(result: result))
                if format == .text { print(InspectText.render(result), terminator: "") }
            } catch {
                failed = true
                let diagnostic = (error as? Diagnostic) ?? .error("\(error)", at: SourceLocation(file: path))
                Console.error(diagnostic.description)
                outcomes.append(InspectOutcome(file: path, error: diagnostic.description))
            }
        }
        if format == .json { try printJSON(outcomes) }
        if failed { throw ExitCode.inputError }
    }

    /// The file's and its records' warnings, each once.
    static func warnings(of result: ReadResult) -> [String] {
        var seen = Set<String>()
        return (result.diagnostics + result.records.flatMap(\.diagnostics)).map(\.description).filter { seen.insert($0).inserted }
    }

    private func printJSON(_ outcomes: [InspectOutcome]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(InspectReport(inputs: outcomes))
        print(String(decoding: data, as: UTF8.self))
    }
}

/// The `--format json` shape: one entry per input, with its records or its error.
struct InspectReport: Codable {
    var inputs: [InspectOutcome]
}

struct InspectOutcome: Codable {
    var file: String
    var format: String?
    var dialect: String?
    var records: [Record]?
    var diagnostics: [Diagnostic]?
    var error: String?

    init(result: ReadResult) {
        file = result.file
        format = result.format.rawValue
        dialect = result.dialect.rawValue
        records = result.records
        diagnostics = result.diagnostics.isEmpty ? nil : result.diagnostics
    }

    init(file: String, error: String) {
        self.file = file
        self.error = error
    }
}

/// The terminal layout: a header per input, a block per record, one line per fact.
enum InspectText {
    static func render(_ result: ReadResult) -> String {
        let count = result.records.count
        var out = "\(result.file): \(result.format.rawValue), \(result.dialect.rawValue), \(count) record\(count == 1 ? "" : "s")\n"
        for record in result.records {
            let version = record.dialectVersion.map { " \($0)" } ?? ""
            let types = record.types.isEmpty ? "" : " [\(record.types.joined(separator: ", "))]"
            out += "\n  record \(record.index + 1): \(record.label)\(types)  (\(record.dialect.rawValue)\(version), \(record.location))\n"
            let width = record.facts.map(\.kind.rawValue.count).max() ?? 0
            for fact in record.facts {
                out += "    " + fact.kind.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                out += shorten(fact.value, to: 72)
                let attributes = fact.attributes.filter { $0.value != fact.value }.sorted { $0.key < $1.key }
                if !attributes.isEmpty {
                    out += "  {" + attributes.map { "\($0.key)=\(shorten($0.value, to: 60))" }.joined(separator: ", ") + "}"
                }
                out += "  @ \(fact.location)\(fact.location.path.map { " \($0)" } ?? "")\n"
            }
            if record.facts.isEmpty { out += "    (no facts found)\n" }
        }
        return out + "\n"
    }

    private static func shorten(_ text: String, to limit: Int) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count <= limit ? oneLine : String(oneLine.prefix(limit - 1)) + "…"
    }
}
