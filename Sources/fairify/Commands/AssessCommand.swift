import ArgumentParser
import FairifyFormats
import FairifyMetrics
import FairifyModel
import FairifyReports
import Foundation

/// Output formats of `fairify assess`. text and json are rendered here; the others by FairifyReports.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, jsonl, markdown, sarif, junit, github, csv
}

struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score metadata records against FAIR metric packs, explain every point, and gate CI.",
        discussion: """
        INPUT is a file, a folder (walked recursively) or - for standard input. Each input takes its settings \
        from the nearest .fairify.yml in its folder or above (standard input: the current folder); flags \
        override them.

        Exit codes: 0 passed, 1 a gate failed, 2 usage or input error (other inputs are still reported).

        Examples:
          fairify assess record.jsonld --min-score 0.75
          fairify assess data/ --min F=0.8,R=0.6 --require FsF-R1.1-01M
          fairify assess --pack fsf-0.5,rda-fdmm,fairplus-dsm,gen2 Examples/
          fairify assess data/ --format sarif -o fairify.sarif
        """
    )

    @Argument(help: "Files, folders or - (standard input).")
    var inputs: [String]

    @Option(help: "Metric pack ids, comma-separated (default fsf-0.5).")
    var pack: String?

    @Option(name: .customLong("pack-file"), help: "A metric pack YAML file to load (repeatable).")
    var packFiles: [String] = []

    @Option(help: "Output: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: [.customShort("o"), .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Colour: auto, always, never (auto honours NO_COLOR).")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "One summary line per record.")
    var quiet = false

    @Option(name: .customLong("min-score"), help: "Fail (exit 1) when a record scores below this, 0-1, over assessable points.")
    var minScore: Double?

    @Option(help: "Per-area or per-principle minimums, e.g. F=0.8,R=0.6.")
    var min: String?

    @Option(help: "Metric or test ids that must pass, comma-separated (repeatable).")
    var require: [String] = []

    @Flag(name: .customLong("exit-zero"), help: "Report gate failures but exit 0.")
    var exitZero = false

    @Flag(help: "Add the current time to the JSON report (otherwise output is byte-identical across runs).")
    var timestamp = false

    @Option(help: ArgumentHelp("Also write a shields.io endpoint badge (JSON) with the overall score.", valueName: "FILE"))
    var badge: String?

    @Option(help: "Use this configuration file for every input instead of each input's nearest .fairify.yml.")
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .fairify.yml files.")
    var noConfig = false

    @OptionGroup var reading: ReadingOptions

    @Option(help: "A steward's answers file for indicators metadata cannot show (see 'fairify attest').")
    var attest: String?

    @OptionGroup var batch: BatchOptions

    func validate() throws {
        if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
    }

    func run() async throws {
        let expanded = reading.expand(inputs)
        let settings = try InputSettings.resolve(self, paths: expanded.paths)
        var errors = expanded.errors
        var assessments: [RecordAssessment] = []
        // One summary line per record needs nothing kept: print each as it comes, so memory
        // stays flat however many records a catalogue holds.
        let streamQuiet = quiet && format == .text && output == nil && badge == nil
        let quietText = AssessmentText(color: Console.useColor(color, terminal: Console.stdoutIsTerminal))
        // Buffered: one write per 64 KB rather than one per record.
        let quietSink = streamQuiet ? try JSONLinesSink(path: "-") : nil
        let streamed = try batch.run(paths: expanded.paths, settings: settings,
                                     streamJSONLines: format == .jsonl ? (output ?? "-") : nil, hashesInputs: !streamQuiet) { line in
            if let assessment = line.assessment {
                if streamQuiet {
                    let gate = settings.settings(ofFile: assessment.record.file).gate
                    let text = quietText.summaryLine(assessment, gateFailures: gate.failures(assessment)) + "\n"
                    quietSink?.write(Data(text.utf8))
                } else {
                    assessments.append(assessment)
                }
            }
        }
        try quietSink?.close()
        errors += streamed.sourceErrors
        if format == .jsonl || streamQuiet {
            try finish(errors: errors, gateFailures: streamed.gateFailures, interrupted: streamed.interrupted)
            return
        }
        let report = AssessmentReport(toolVersion: FairifyVersion.current, timestamp: timestamp ? Self.now() : nil,
                                      assessments: assessments, errors: errors)
        let gateFailures = assessments.map { settings.settings(ofFile: $0.record.file).gate.failures($0) }
        if format == .json {
            // Bytes straight out, not copied: a large report is hundreds of megabytes.
            let bytes = report.jsonBytes()
            try bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
            }
        } else {
            try write(Data(render(report, gateFailures: gateFailures).utf8))
        }
        if let badge { try AtomicFile.write(Badge.json(report), to: badge) }
        for (group, groupSettings) in settings.groups.enumerated() {
            let packs = assessments.filter { settings.group(ofFile: $0.record.file) == group }.flatMap(\.packs)
            for id in groupSettings.attestations.unused(in: packs) {
                Console.error(Diagnostic.warning("answer for '\(id)' not used: no selected pack leaves it open", at: groupSettings.attestations.locations[id]).description)
            }
        }
        try finish(errors: errors, gateFailures: gateFailures.joined().map { $0 }, interrupted: streamed.interrupted)
    }

    /// Reports input errors and gate failures on stderr, then exits with the documented code.
    private func finish(errors: [Diagnostic], gateFailures: [String], interrupted: Bool) throws {
        for error in errors { Console.error(error.description) }
        for line in gateFailures.prefix(100) { Console.error("gate: " + line) }
        if gateFailures.count > 100 { Console.error("gate: ... and \(gateFailures.count - 100) more") }
        if interrupted { throw ExitCode(130) }
        if !errors.isEmpty { throw ExitCode.inputError }
        if !exitZero, !gateFailures.isEmpty { throw ExitCode.gateFailed }
    }

    private func render(_ report: AssessmentReport, gateFailures: [[String]]) throws -> String {
        switch format {
        case .json: return try report.jsonString()
        case .text:
            let text = AssessmentText(color: Console.useColor(color, terminal: output == nil && Console.stdoutIsTerminal))
            if quiet { return zip(report.assessments, gateFailures).map { text.summaryLine($0, gateFailures: $1) + "\n" }.joined() }
            return report.assessments.map(text.render).joined(separator: "\n")
        case .jsonl:
            return ""
        case .markdown, .sarif, .junit, .github, .csv:
            return try ExternalReportFormats.render(report, format: format.rawValue)
        }
    }

    private func write(_ data: Data) throws {
        if let output { try AtomicFile.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
    }

    private static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

/// The hook into FairifyReports for the CI formats (markdown, SARIF, JUnit, GitHub, CSV).
enum ExternalReportFormats {
    static func render(_ report: AssessmentReport, format: String) throws -> String {
        try CIFormats.render(report, format: format)
    }
}

/// Flags over `.fairify.yml` over defaults.
struct AssessSettings: Sendable {
    var packs: [MetricPack]
    var ignored: [String: String]
    var gate: Gate
    var readerOptions: ReaderOptions
    var attestations = AttestationSet()

    static func resolve(_ command: AssessCommand, configPath: String?) throws -> AssessSettings {
        let config = try configPath.map(FairifyConfig.load) ?? FairifyConfig(path: "")
        let files = config.packFiles + command.packFiles
        let defaultIDs = files.isEmpty ? ["fsf-0.5"] : []
        let packs = try loadPacks(ids: command.pack.map(splitList) ?? (config.packs.isEmpty ? defaultIDs : config.packs), files: files)
        var gate = Gate(minScore: command.minScore ?? config.minScore, minimums: config.minimums,
                        required: command.require.isEmpty ? config.required : command.require.flatMap(splitList))
        if let min = command.min { gate.minimums = try Gate.parseMinimums(min) }
        let unknown = gate.unknownRequirements(in: packs)
        if !unknown.isEmpty { throw Diagnostic.error("--require names ids no selected pack defines: \(unknown.joined(separator: ", "))") }
        var options = try command.reading.readerOptions()
        options.contextMap = options.contextMap + config.contextMap
        var settings = AssessSettings(packs: packs, ignored: config.ignored, gate: gate, readerOptions: options)
        settings.attestations = try AttestationSet.combined(file: command.attest ?? config.attest, inline: config.attestations)
        return settings
    }

    static func loadPacks(ids: [String], files: [String]) throws -> [MetricPack] {
        let fromFiles = try files.map(MetricPack.load(file:))
        let builtIn = try ids.filter { id in !fromFiles.contains { $0.id == id } }.map(MetricPack.builtIn)
        let packs = builtIn + fromFiles
        var seen = Set<String>()
        for pack in packs where !seen.insert(pack.id).inserted {
            throw Diagnostic.error("metric pack '\(pack.id)' is selected twice", at: SourceLocation(file: pack.source))
        }
        return packs
    }

    static func splitList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
