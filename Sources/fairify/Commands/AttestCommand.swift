import ArgumentParser
import FairifyFormats
import FairifyMetrics
import FairifyModel
import Foundation

struct AttestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attest",
        abstract: "Record a steward's answers for indicators that metadata cannot show.",
        discussion: """
        Assesses INPUT with the chosen packs, then asks, at the terminal, about every indicator left open \
        (needs-attestation, or not assessable offline): pass, partial or fail, a justification and an optional \
        evidence URL. Answers already in the output file are offered as defaults and kept. Use the file with \
        'fairify assess --attest answers.yaml'. Without a terminal, write the file by hand (docs/frameworks.md).

        Example:
          fairify attest record.jsonld --pack rda-fdmm,fairplus-dsm -o answers.yaml
        """
    )

    @Argument(help: "The metadata file to attest.")
    var input: String

    @Option(help: "The packs whose open indicators to ask about (comma-separated), e.g. rda-fdmm,fairplus-dsm.")
    var pack: String

    @Option(name: .customLong("pack-file"), help: "Also use this metric pack file (repeatable).")
    var packFiles: [String] = []

    @Option(name: .shortAndLong, help: "The answers file to write (read first when it exists).")
    var output: String = "answers.yaml"

    @Option(help: "Who answers (stored with each answer); asked when omitted.")
    var by: String?

    func run() async throws {
        guard isatty(STDIN_FILENO) == 1 else {
            Console.error("error: 'fairify attest' asks its questions at a terminal, and standard input is not one. "
                          + "Write the answers file by hand instead (format in docs/frameworks.md) and pass it to 'fairify assess --attest FILE'.")
            throw ExitCode.inputError
        }
        let packs = try Self.loadPacks(pack, files: packFiles)
        let records = try MetadataReader.read(path: input).records
        let previous = FileManager.default.fileExists(atPath: output) ? try AttestationSet.load(path: output) : AttestationSet()
        let questions = Self.openQuestions(records: records, packs: packs)
        guard !questions.isEmpty else {
            print("Nothing to attest: every indicator of \(packs.map(\.id).joined(separator: ", ")) was measured.")
            return
        }
        let interview = AttestationInterview(readLine: { Swift.readLine() }, write: { print($0, terminator: ""); fflush(stdout) })
        let steward = by ?? Self.askName()
        let answers = interview.run(questions, previous: previous, by: steward, date: Self.today())
        let header = "fairify attestations for \(input) (packs \(packs.map(\.id).joined(separator: ", ")))\nuse with: fairify assess --attest \(output)"
        try AtomicFile.write(answers.yaml(header: header), to: output)
        print("\nWrote \(answers.entries.count) answer(s) to \(output).")
    }

    static func loadPacks(_ list: String, files: [String]) throws -> [MetricPack] {
        let builtIn = try MetricPack.builtIn()
        var packs: [MetricPack] = []
        for id in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !id.isEmpty {
            guard let found = builtIn.first(where: { $0.id == id }) else {
                throw Diagnostic.error("unknown metric pack '\(id)' (known: \(builtIn.map(\.id).joined(separator: ", ")))")
            }
            packs.append(found)
        }
        return packs + (try files.map(MetricPack.load(file:)))
    }

    /// Every indicator some record left open, once, in pack order.
    static func openQuestions(records: [Record], packs: [MetricPack]) -> [AttestationInterview.Question] {
        let engine = MetricEngine(packs: packs)
        var seen = Set<String>(), questions: [AttestationInterview.Question] = []
        for record in records {
            for (pack, assessment) in zip(packs, engine.assess(record)) {
                for metric in assessment.metrics where metric.tests.contains(where: \.status.isOpen) && seen.insert(metric.id).inserted {
                    let detail = pack.metric(metric.id)?.description ?? ""
                    questions.append(.init(id: metric.id, name: "\(metric.name) (\(pack.id), \(metric.principle)\(metric.priority.map { ", \($0)" } ?? ""))", detail: detail))
                }
            }
        }
        return questions
    }

    static func askName() -> String? {
        let fallback = ProcessInfo.processInfo.environment["USER"]
        print("Your name, stored with each answer\(fallback.map { " [\($0)]" } ?? "") > ", terminator: "")
        fflush(stdout)
        let line = Swift.readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        return line.isEmpty ? fallback : line
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
