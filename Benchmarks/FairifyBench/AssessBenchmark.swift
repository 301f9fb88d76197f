import FairifyFormats
import FairifyMetrics
import Foundation

/// Assessment alone, on records already read: µs per record for each built-in pack and for all
/// of them at once (target: fsf-0.5 under 100 µs per record in release).
enum AssessBenchmark {
    static func run() throws {
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
    }
}
