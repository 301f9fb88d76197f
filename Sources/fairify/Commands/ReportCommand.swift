import ArgumentParser
import FairifyMetrics
import FairifyModel
import FairifyRecipes
import FairifyReports
import Foundation

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report for records, a portfolio, or a before/after comparison.",
        discussion: """
        Inputs are assessed with the chosen packs; --from reads `fairify assess --format json` output \
        instead, and --compare BEFORE.json AFTER.json shows what changed. More than one record gives a \
        portfolio report. The HTML loads nothing from the internet and prints well. \
        Exit codes: 0 written, 2 usage or input error (a report is never a gate).
        """
    )

    @Argument(help: "Metadata files or folders to assess.")
    var inputs: [String] = []

    @Option(name: .customLong("from"), help: ArgumentHelp("An assessment JSON (`fairify assess --format json`, - for standard input); repeat to combine several.", valueName: "ASSESSMENT.json"))
    var fromFiles: [String] = []

    @Option(name: .customLong("compare"), parsing: .upToNextOption, help: ArgumentHelp("Two assessment JSON files: before and after.", valueName: "BEFORE.json AFTER.json"))
    var compareFiles: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report here (atomically) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "Output format: html, \(CIFormats.names.joined(separator: ", ")).")
    var format: String = "html"

    @Option(help: "Only these packs: ids, comma-separated or repeated (default: .fairify.yml, else fsf-0.5).")
    var pack: [String] = []

    @Option(name: .customLong("pack-file"), help: "A metric pack YAML file to load (repeatable).")
    var packFiles: [String] = []

    @OptionGroup var reading: ReadingOptions

    @Option(help: ArgumentHelp("The report's title.", valueName: "TEXT"))
    var title: String?

    @Flag(help: "Write the current date and time into the report (off by default so reports are reproducible).")
    var timestamp = false

    @Option(help: ArgumentHelp("Also write a shields.io endpoint badge (JSON) for the overall score to this file.", valueName: "FILE"))
    var badge: String?

    func validate() throws {
        if !compareFiles.isEmpty && compareFiles.count != 2 { throw ValidationError("--compare takes exactly two files: BEFORE.json AFTER.json") }
        let modes = [!inputs.isEmpty, !fromFiles.isEmpty, !compareFiles.isEmpty].filter { $0 }.count
        if modes == 0 { throw ValidationError("give metadata inputs, --from ASSESSMENT.json or --compare BEFORE.json AFTER.json") }
        if modes > 1 { throw ValidationError("use only one of: inputs, --from, --compare") }
        if format != "html" && !CIFormats.names.contains(format) { throw ValidationError("unknown --format '\(format)'") }
        if !compareFiles.isEmpty && format != "html" { throw ValidationError("--compare writes HTML only") }
    }

    func run() async throws {
        let text: String
        var report: AssessmentReport
        if compareFiles.count == 2 {
            let before = stamped(filtered(try ReportInput.load(compareFiles[0])))
            report = stamped(filtered(try ReportInput.load(compareFiles[1])))
            text = HTMLReport.compare(ReportComparison(before: before, after: report), title: title)
        } else {
            report = stamped(filtered(fromFiles.isEmpty ? try assessInputs() : try ReportInput.combine(fromFiles)))
            text = format == "html" ? HTMLReport.render(report, title: title) : try CIFormats.render(report, format: format)
        }
        // Nothing readable: no empty report over an existing one (the errors are already on stderr).
        if !inputs.isEmpty && report.assessments.isEmpty && !report.errors.isEmpty { throw ExitCode.inputError }
        if let output { try AtomicFile.write(text, to: output) } else { print(text, terminator: "") }
        if let badge { try AtomicFile.write(Badge.json(report), to: badge) }
        // As with assess: the readable inputs are reported, and the unreadable ones make it exit 2.
        if !inputs.isEmpty && !report.errors.isEmpty { throw ExitCode.inputError }
    }

    var packIDs: [String] { pack.flatMap(AssessSettings.splitList) }

    func filtered(_ report: AssessmentReport) -> AssessmentReport {
        guard !packIDs.isEmpty else { return report }
        var copy = report
        for index in copy.assessments.indices { copy.assessments[index].packs.removeAll { !packIDs.contains($0.packID) } }
        return copy
    }

    /// Reads and assesses the inputs the way `fairify assess` does, honouring `.fairify.yml`;
    /// unreadable inputs are listed in the report rather than stopping it.
    func assessInputs() throws -> AssessmentReport {
        let config = try inputs.first.flatMap(FairifyConfig.discover).map(FairifyConfig.load) ?? FairifyConfig(path: "")
        let files = config.packFiles + packFiles
        let ids = !packIDs.isEmpty ? packIDs : !config.packs.isEmpty ? config.packs : files.isEmpty ? ["fsf-0.5"] : []
        var options = try reading.readerOptions()
        options.contextMap += config.contextMap
        let attestations = try AttestationSet.combined(file: config.attest, inline: config.attestations)
        let engine = MetricEngine(packs: try AssessSettings.loadPacks(ids: ids, files: files), ignored: config.ignored, attestations: attestations,
                                  recipeAdditions: RecipeCatalog.additions)
        let run = AssessmentRun(engine: engine, readerOptions: options)
        let expanded = reading.expand(inputs)
        var errors = expanded.errors
        var assessments: [RecordAssessment] = []
        for path in expanded.paths {
            do {
                assessments += try run.assess(path: path)
            } catch let diagnostic as Diagnostic {
                errors.append(diagnostic)
            } catch {
                errors.append(Diagnostic.error("\(error)", at: SourceLocation(file: path)))
            }
        }
        for error in errors { Console.error(error.description) }
        return AssessmentReport(toolVersion: FairifyVersion.current, assessments: assessments, errors: errors)
    }

    func stamped(_ report: AssessmentReport) -> AssessmentReport {
        guard timestamp, report.timestamp == nil else { return report }
        var copy = report
        copy.timestamp = ISO8601DateFormatter().string(from: Date())
        return copy
    }
}

/// Where a report's assessments come from: JSON files written by `assess`, or a fresh assessment.
enum ReportInput {
    static func load(_ path: String) throws -> AssessmentReport {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic.error("cannot read the file", at: SourceLocation(file: path), code: "io")
        }
        do {
            return try JSONDecoder().decode(AssessmentReport.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw Diagnostic.error("not valid JSON: \(context.debugDescription)", at: SourceLocation(file: path), code: "input")
        } catch let DecodingError.keyNotFound(key, context) {
            throw Diagnostic.error("not an assessment (fairify assess --format json): missing '\(keyPath(context.codingPath + [key]))'", at: SourceLocation(file: path), code: "input")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw Diagnostic.error("not an assessment (fairify assess --format json): unexpected value at '\(keyPath(context.codingPath))'", at: SourceLocation(file: path), code: "input")
        } catch {
            throw Diagnostic.error("not an assessment (fairify assess --format json)", at: SourceLocation(file: path), code: "input")
        }
    }

    static func keyPath(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
    }

    /// Several assessment files become one portfolio, in the order given.
    static func combine(_ paths: [String]) throws -> AssessmentReport {
        let reports = try paths.map(load)
        var combined = reports[0]
        for other in reports.dropFirst() {
            combined.assessments += other.assessments
            combined.errors += other.errors
        }
        return combined
    }
}
