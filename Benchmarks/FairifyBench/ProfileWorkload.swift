import FairifyFormats
import FairifyMetrics
import Foundation

/// A fixed, repeatable workload to run under callgrind or perf: COUNT generated records of
/// one format, read (and assessed with fsf-0.5 unless `read` is given; `jsonl` also writes the
/// `--format jsonl` line) once each.
/// The reading and assessing loop is `profiledReads`, so callgrind can count it alone:
/// `--collect-atstart=no --toggle-collect='*profiledReads*'`.
enum ProfileWorkload {
    static func run(_ arguments: [String]) throws {
        guard arguments.count >= 2, let count = Int(arguments[1]) else {
            throw BenchError("profile FORMAT|example:FILE COUNT [read|assess|jsonl]")
        }
        let (inputs, name) = try workload(arguments[0], count: count)
        let assess = arguments.count < 3 || arguments[2] != "read"
        let engine = assess ? MetricEngine(packs: [try MetricPack.builtIn("fsf-0.5")]) : nil
        // Contexts are processed once per process: do it before the counted loop.
        if let first = inputs.first { _ = try MetadataReader.read(bytes: first, name: name) }
        let facts = try profiledReads(inputs, name: name, engine: engine, lines: arguments.count > 2 && arguments[2] == "jsonl")
        print("\(count) records, \(facts) facts")
    }

    /// COUNT generated records, or COUNT copies of a file in Examples/ as the reading benchmark uses it.
    static func workload(_ source: String, count: Int) throws -> (inputs: [[UInt8]], name: String) {
        if source.hasPrefix("example:") {
            let file = String(source.dropFirst(8))
            guard let input = ReadingBenchmark.input(file) else { throw BenchError("no Examples/\(file)") }
            return (Array(repeating: input.bytes, count: count), input.name)
        }
        guard let format = RecordGenerator.Format(rawValue: source) else { throw BenchError("unknown format \(source)") }
        var generator = RecordGenerator(seed: 7)
        return ((0..<count).map { Array(generator.record(format, number: $0).utf8) }, "profile.\(format.fileExtension)")
    }

    @inline(never)
    static func profiledReads(_ inputs: [[UInt8]], name: String, engine: MetricEngine?, lines: Bool = false) throws -> Int {
        var facts = 0
        for (n, bytes) in inputs.enumerated() {
            for record in try MetadataReader.read(bytes: bytes, name: name).records {
                facts += record.facts.count
                guard let engine else { continue }
                let packs = engine.assess(record)
                facts += packs.count
                if lines {
                    let line = BatchLine(unit: n, record: 0, assessment: RecordAssessment(record: RecordSummary(record), inputSHA256: "", packs: packs))
                    facts += line.jsonLine().count
                }
            }
        }
        return facts
    }
}
