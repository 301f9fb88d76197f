import FairifyFormats
import FairifyMetrics
import Foundation

/// A fixed, repeatable workload to run under callgrind or perf: COUNT generated records of
/// one format, read (and assessed with fsf-0.5 unless `read` is given) once each.
enum ProfileWorkload {
    static func run(_ arguments: [String]) throws {
        guard arguments.count >= 2, let format = RecordGenerator.Format(rawValue: arguments[0]), let count = Int(arguments[1]) else {
            throw BenchError("profile FORMAT COUNT [read|assess]")
        }
        let assess = arguments.count < 3 || arguments[2] != "read"
        var generator = RecordGenerator(seed: 7)
        let inputs = (0..<count).map { Array(generator.record(format, number: $0).utf8) }
        let engine = MetricEngine(packs: [try MetricPack.builtIn("fsf-0.5")])
        var facts = 0
        for bytes in inputs {
            for record in try MetadataReader.read(bytes: bytes, name: "profile.\(format.fileExtension)").records {
                facts += record.facts.count
                if assess { facts += engine.assess(record).count }
            }
        }
        print("\(count) records, \(facts) facts")
    }
}
