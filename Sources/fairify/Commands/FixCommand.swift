import ArgumentParser
import FairifyFormats
import FairifyModel
import FairifyRecipes
import Foundation

struct FixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply recipes to a record, as a diff by default or in place with --write.",
        discussion: """
        By default nothing is written: fix prints a unified diff and the score before -> after. --write replaces the file atomically (--backup keeps the original as FILE.orig); -o PATH writes the result elsewhere. A bad parameter (an ORCID with a wrong check digit, an unknown licence) stops everything with exit code 2 and nothing is written.

        Examples:
          fairify fix record.jsonld --all-safe
          fairify fix record.xml --recipe add-license --set license=CC-BY-4.0 --write
        """
    )

    @Argument(help: "The metadata file (`-` for standard input).")
    var input: String

    @Option(name: .long, parsing: .singleValue, help: "A recipe to apply (repeatable, or comma-separated).")
    var recipe: [String] = []

    @Flag(name: .long, help: "Apply every safe recipe that applies to this format.")
    var allSafe = false

    @Option(name: .long, parsing: .singleValue, help: "A recipe parameter as key=value (repeatable).")
    var set: [String] = []

    @Option(name: .long, help: "A YAML or JSON file of recipe parameters (name: value).")
    var params: String?

    @Option(name: .long, help: "Patch only this record (1-based) of a JSON Lines file, catalogue or OAI-PMH response; all records by default.")
    var record: Int?

    @Flag(name: .long, help: "Write the result over the input file (atomically).")
    var write = false

    @Flag(name: .long, help: "With --write, keep the original as FILE.orig.")
    var backup = false

    @Option(name: .shortAndLong, help: "Write the result to this path instead.")
    var output: String?

    @Option(name: .long, help: "Validate an XML result against this XSD before writing.")
    var schema: String?

    @Option(name: .long, parsing: .singleValue, help: "Metric pack(s) for the score line (default: fsf-0.5).")
    var pack: [String] = []

    @OptionGroup var inputSize: InputSizeOption

    func validate() throws {
        if recipe.isEmpty && !allSafe { throw ValidationError("name at least one --recipe ID, or --all-safe") }
        if backup && !write { throw ValidationError("--backup goes with --write") }
        if write && output != nil { throw ValidationError("use either --write or -o PATH, not both") }
        if write && input == "-" { throw ValidationError("--write needs a file, not standard input; use -o PATH") }
    }

    func run() async throws {
        try MetricScoring.checkPacks(pack)
        let bytes = try FixSupport.readInput(input, options: inputSize.readerOptions())
        let requests = try FixSupport.requests(recipe: recipe, allSafe: allSafe, bytes: bytes, sets: set, paramsFile: params)
        let directory = input == "-" ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath) : URL(fileURLWithPath: input).deletingLastPathComponent()
        for request in requests where request.recipe.safety == .unsafe {
            Console.error("warning: \(request.recipe.id) is unsafe: it changes what the record says; check the diff before --write")
        }
        let outcome = try RecipeRunner.apply(requests, to: bytes, file: input, directory: directory, record: record)
        for note in outcome.notes { Console.error("note: \(note)") }
        guard outcome.changed else {
            print("no changes: \(input) already satisfies \(requests.map(\.recipe.id).joined(separator: ", "))")
            return
        }
        try RecipeOutputCheck.check(outcome.bytes, kind: outcome.kind, file: input, schema: schema)
        if write || output != nil {
            try save(outcome)
        } else {
            print(UnifiedDiff.diff(String(decoding: bytes, as: UTF8.self), String(decoding: outcome.bytes, as: UTF8.self),
                                   oldName: "a/" + input, newName: "b/" + input), terminator: "")
        }
        for line in FixSupport.scoreLines(before: bytes, after: outcome.bytes, name: input, packs: pack) { print(line) }
        Console.error("changed by: \(outcome.changedBy.joined(separator: ", "))")
    }

    private func save(_ outcome: RecipeOutcome) throws {
        let target = output ?? input
        if backup { try AtomicFile.write(Data(outcome.original), to: input + ".orig") }
        try AtomicFile.write(Data(outcome.bytes), to: target)
        Console.error("wrote \(target)\(backup ? " (original kept as \(input).orig)" : "")")
    }
}

/// Shared by fix and plan.
enum FixSupport {
    /// The input's bytes, once the metadata reader has accepted them: bad input (empty, binary,
    /// UTF-16, too large, entity declarations, alias bombs...) gets the same one-line error as in
    /// `inspect`, before any recipe parses it.
    static func readInput(_ path: String, options: ReaderOptions = ReaderOptions()) throws -> [UInt8] {
        let bytes = try readBytes(path)
        _ = try MetadataReader.read(bytes: bytes, name: path, options: options)
        return bytes
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic.error("no such file", at: SourceLocation(file: path), code: "io")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error(isDirectory.boolValue ? "is a directory; give one file" : "cannot read the file", at: SourceLocation(file: path), code: "io")
        }
        return [UInt8](data)
    }

    static func requests(recipe: [String], allSafe: Bool, bytes: [UInt8], sets: [String], paramsFile: String?) throws -> [RecipeRequest] {
        var values = try RecipeParameterValues.parse(sets: sets)
        if let paramsFile { values = try RecipeParameterValues.load(file: paramsFile).merged(with: values) }
        var ids = recipe.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        if allSafe {
            let safe = try RecipeCatalog.all().filter { $0.safety == .safe && RecipeRunner.applicable($0, to: bytes) }.map(\.id)
            ids += safe.filter { !ids.contains($0) }
        }
        var seen = Set<String>()
        return try ids.filter { seen.insert($0).inserted }.map { RecipeRequest(recipe: try RecipeCatalog.recipe($0), params: values) }
    }

    /// Scores summed over the document's records (a catalogue or JSON Lines file gains as a whole).
    static func scorer(packs: [String]) -> RecordScorer? {
        guard let perRecord = MetricScoring.recordsScorer(packs: packs) else { return nil }
        return { bytes, name in
            let records = try perRecord(bytes, name)
            guard var total = records.first?.scores else { return [] }
            for record in records.dropFirst() {
                for (i, score) in record.scores.enumerated() where i < total.count {
                    total[i].earned += score.earned
                    total[i].assessable += score.assessable
                    total[i].suggested.merge(score.suggested, uniquingKeysWith: +)
                }
            }
            return total
        }
    }

    /// `score fsf-0.5: 40% -> 55% ↑ (…)`, one line per pack; per record (`record 2 (label): score …`)
    /// when the document holds several.
    static func scoreLines(before: [UInt8], after: [UInt8], name: String, packs: [String]) -> [String] {
        guard let scorer = MetricScoring.recordsScorer(packs: packs), let old = try? scorer(before, name), let new = try? scorer(after, name) else { return [] }
        return zip(old, new).enumerated().flatMap { n, records in
            let prefix = old.count > 1 ? "record \(n + 1) (\(records.0.label)): " : ""
            return zip(records.0.scores, records.1.scores).map { a, b in
                let arrow = b.score > a.score ? "↑" : (b.score < a.score ? "↓" : "=")
                return prefix + "score \(a.packID): \(percent(a.score)) -> \(percent(b.score)) \(arrow) (\(points(a.earned))/\(points(a.assessable)) -> \(points(b.earned))/\(points(b.assessable)) assessable points)"
            }
        }
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    static func points(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x) }
}
