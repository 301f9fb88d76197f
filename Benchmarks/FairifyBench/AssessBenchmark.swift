import FairifyFormats
import FairifyMetrics
import Foundation

/// Assessment alone, on records already read: µs per record for each built-in pack and for all
/// of them at once (target: fsf-0.5 under 100 µs per record in release); then the cost of one
/// `--format jsonl` line (fsf-0.5), written directly and through JSONEncoder.
enum AssessBenchmark {
    static func run() throws {
        let arguments = Array(CommandLine.arguments.dropFirst(2))
        if arguments.first == "batch", arguments.count > 1 { return try batch(folder: arguments[1]) }
        var records: [Record] = []
        for format in RecordGenerator.Format.allCases {
            var generator = RecordGenerator(seed: 7)
            for n in 0..<200 {
                let bytes = Array(generator.record(format, number: n).utf8)
                records += (try? MetadataReader.read(bytes: bytes, name: "bench.\(format.fileExtension)").records) ?? []
            }
        }
        let packs = try MetricPack.builtIn()
        print("assessment only, \(records.count) generated records")
        for pack in packs {
            let micro = AssessmentBenchmark.microsecondsPerRecord(records: records, packs: [pack], rounds: 20)
            print(String(format: "  %-14@ %8.1f µs/record", pack.id, micro))
        }
        let all = AssessmentBenchmark.microsecondsPerRecord(records: records, packs: packs, rounds: 10)
        print(String(format: "  %-14@ %8.1f µs/record", "all packs", all))
        try jsonLines(records, pack: MetricPack.builtIn("fsf-0.5"))
    }

    /// `fairify-bench assess batch DIR`: what `fairify assess DIR --quiet --jobs 1` does per
    /// record, in process and on one thread, for callgrind (the CLI's async main upsets valgrind).
    private static func batch(folder: String) throws {
        let engine = MetricEngine(packs: [try MetricPack.builtIn("fsf-0.5")])
        var source = WorkUnitSource(paths: InputExpander.expand([folder]).paths)
        source.measuresFiles = false
        var runner = BatchRunner(jobs: 1, readerOptions: ReaderOptions()) { record, digest in
            RecordAssessment(record: RecordSummary(record), inputSHA256: digest, packs: engine.assess(record))
        }
        runner.hashesInputs = false
        let text = AssessmentText(color: false)
        var summary = BatchSummary(), bytes = 0
        runner.run(&source) { line, _ in
            summary.add(line)
            if let assessment = line.assessment { bytes += text.summaryLine(assessment, gateFailures: []).utf8.count }
        }
        print("\(summary.records) records, \(summary.failedInputs) unreadable, \(bytes) bytes of summary lines")
    }

    /// One JSON Lines line per record (explanations written, as `--format jsonl` does).
    private static func jsonLines(_ records: [Record], pack: MetricPack) throws {
        let engine = MetricEngine(packs: [pack])
        let lines = records.enumerated().map { n, record in
            BatchLine(unit: n, record: 0, assessment: RecordAssessment(record: RecordSummary(record), inputSHA256: "", packs: engine.assess(record)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let direct = microseconds(lines, rounds: 5) { $0.jsonLine().count }
        let codable = microseconds(lines, rounds: 2) { (try? encoder.encode($0).count) ?? 0 }
        print("jsonl line, \(pack.id) (explanations included)")
        print(String(format: "  %-14@ %8.1f µs/record", "direct", direct))
        print(String(format: "  %-14@ %8.1f µs/record", "JSONEncoder", codable))
    }

    private static func microseconds(_ lines: [BatchLine], rounds: Int, _ body: (BatchLine) -> Int) -> Double {
        var sink = 0
        var cpuStart = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart)
        for _ in 0..<rounds { for line in lines { sink &+= body(line) } }
        var cpuEnd = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd)
        if sink == -1 { print(sink) }
        let nanos = Double(cpuEnd.tv_sec - cpuStart.tv_sec) * 1e9 + Double(cpuEnd.tv_nsec - cpuStart.tv_nsec)
        return nanos / 1000 / Double(rounds * lines.count)
    }
}
