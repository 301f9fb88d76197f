import ArgumentParser
import FairifyFormats
import Foundation

/// The reading options every command that reads metadata shares (inspect, assess, fix, report).
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("context-map"), help: ArgumentHelp("Use a local file for a remote JSON-LD context: URL=FILE, or PREFIX/=DIR/ for every URL under PREFIX.", valueName: "URL=FILE"))
    var contextMap: [String] = []

    @Flag(name: .customLong("allow-network"), help: "Allow fetching remote contexts that are neither bundled nor mapped.")
    var allowNetwork = false

    @Option(name: .customLong("max-input-size"), help: ArgumentHelp("Refuse inputs larger than this (bytes, or with K, M, G).", valueName: "SIZE"))
    var maxInputSize: String = "256M"

    @Option(name: .customLong("dialect"), help: ArgumentHelp("Read every input as this dialect instead of detecting it: \(Dialect.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "DIALECT"))
    var dialect: String?

    @Option(name: .customLong("include"), help: ArgumentHelp("In folders, read the files matching this glob (repeatable; * ** ?) instead of the files with a metadata extension.", valueName: "GLOB"))
    var include: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("In folders, skip files matching this glob (repeatable).", valueName: "GLOB"))
    var exclude: [String] = []

    func validate() throws {
        _ = try readerOptions()
    }

    func readerOptions() throws -> ReaderOptions {
        var options = ReaderOptions()
        options.allowNetwork = allowNetwork
        options.maxInputBytes = try Self.parseSize(maxInputSize)
        if let dialect {
            guard let known = Dialect(rawValue: dialect) else {
                throw ValidationError("unknown dialect '\(dialect)'; expected one of: \(Dialect.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.dialect = known
        }
        options.contextMap = try contextMap.map { entry in
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex, entry.index(after: equals) != entry.endIndex else {
                throw ValidationError("--context-map expects URL=FILE or PREFIX/=DIR/, got '\(entry)'")
            }
            return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
        }
        return options
    }

    static func parseSize(_ text: String) throws -> Int {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        var factor = 1
        if let unit = digits.last, let value = units[unit] { factor = value; digits = digits.dropLast() }
        guard let number = Int(digits), number > 0 else {
            throw ValidationError("--max-input-size expects a size such as 500K, 64M or 1G, got '\(text)'")
        }
        return number * factor
    }

    /// Folders walked (hidden files skipped, sorted, globs applied); `-` is standard input.
    func expand(_ inputs: [String]) -> (paths: [String], errors: [Diagnostic]) {
        InputExpander.expand(inputs, include: include, exclude: exclude)
    }
}
