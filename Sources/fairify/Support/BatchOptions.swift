import ArgumentParser
import FairifyFormats
import FairifyMetrics
import FairifyModel
import Foundation

/// Options for runs over many records (`fairify assess` on folders, catalogues, JSON Lines):
/// parallelism, sharding across machines, a summary file and progress.
struct BatchOptions: ParsableArguments {
    @Option(help: "Records assessed in parallel (default: all cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Assess only share K of N of the inputs, deterministically (for job arrays); combine the outputs with 'fairify merge'.", valueName: "K/N"))
    var shard: String?

    @Option(name: .customLong("summary"), help: ArgumentHelp("Also write a JSON summary of the run (score distribution, per-area means) to this file.", valueName: "FILE"))
    var summaryPath: String?

    @Flag(name: .customLong("no-progress"), help: "Do not draw the progress line on a terminal.")
    var noProgress = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard {
            do { _ = try Shard(parsing: shard) } catch let diagnostic as Diagnostic { throw ValidationError(diagnostic.message) }
        }
    }

    struct Outcome {
        /// Inputs that could not be opened or read, in input order, whatever the output mode.
        var sourceErrors: [Diagnostic]
        var gateFailures: [String]
        var interrupted: Bool
    }

    /// Assesses every record under `paths` in input order. With `streamJSONLines` (a path or
    /// `-`), results are written as they come, one JSON object per line, and not kept;
    /// otherwise each line is handed to `collect`.
    func run(paths: [String], settings: InputSettings, streamJSONLines: String?, hashesInputs: Bool = true,
             collect: (BatchLine) -> Void) throws -> Outcome {
        let share = try shard.map(Shard.init(parsing:))
        var source = WorkUnitSource(paths: paths, shard: share)
        let showProgress = !noProgress && Console.stderrIsTerminal
        source.measuresFiles = showProgress
        var runner = BatchRunner(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, readerOptions: settings.groups[0].readerOptions) { record, digest in
            RecordAssessment(record: RecordSummary(record), inputSHA256: digest, packs: settings.engine(ofFile: record.file).assess(record))
        }
        runner.hashesInputs = hashesInputs
        if settings.groups.count > 1 { runner.readerOptionsForPath = { settings.settings(ofFile: $0).readerOptions } }
        let sink = try streamJSONLines.map(JSONLinesSink.init(path:))
        if let sink {
            runner.encode = JSONLinesSink.encode
            if let share { sink.write(Data(ShardHeader(shard: share, paths: paths, packs: settings.packs).jsonLine())) }
        }
        // Sizing every input costs a stat per file: only worth it when a bar is drawn.
        let progress = ProgressBar(totalBytes: showProgress ? Self.totalBytes(paths) : 0, enabled: showProgress)
        var summary = BatchSummary()
        var gateFailures: [String] = []
        var readErrors: [Diagnostic] = []
        Interrupt.install()
        let finished = runner.run(&source, shouldStop: { Interrupt.wasRequested }, progress: { _, bytes in
            progress.update(bytes: bytes)
        }) { line, data in
            summary.add(line)
            if let assessment = line.assessment {
                progress.recordsDone(1)
                gateFailures += settings.settings(ofFile: assessment.record.file).gate.failures(assessment)
            }
            if let error = line.error { readErrors.append(error) }
            if let sink, let data { sink.write(data) } else { collect(line) }
        }
        progress.finish()
        try sink?.close()
        if let summaryPath { try AtomicFile.write(try SummaryRendering.json(summary), to: summaryPath) }
        return Outcome(sourceErrors: readErrors + source.errors, gateFailures: gateFailures, interrupted: !finished)
    }

    private static func totalBytes(_ paths: [String]) -> Int {
        paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }
}

/// Streams lines (JSON Lines, or --quiet summaries) to standard output in 64 KB writes, or to a file that appears only when complete
/// (written beside it and renamed, as every fairify write is).
final class JSONLinesSink {
    private let handle: FileHandle
    private let temporary: String?
    private let destination: String
    private var buffer = Data()

    init(path: String) throws {
        destination = path
        if path == "-" {
            handle = FileHandle.standardOutput
            temporary = nil
        } else if path == "/dev/null" || path.hasPrefix("/dev/") {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw Diagnostic.error("cannot write \(path)", code: "io") }
            self.handle = handle
            temporary = nil
        } else {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).fairify-\(getpid()).tmp").path
            guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
                throw Diagnostic.error("cannot write \(path)", code: "io")
            }
            self.handle = handle
            temporary = temp
        }
    }

    static let encode: @Sendable (BatchLine) -> Data = { line in Data(line.jsonLine()) }

    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        guard let temporary else { return }
        try handle.close()
        if rename(temporary, destination) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Diagnostic.error("cannot write \(destination): \(String(cString: strerror(errno)))", code: "io")
        }
    }
}
