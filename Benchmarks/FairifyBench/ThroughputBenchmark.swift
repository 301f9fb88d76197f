import FairifyFormats
import FairifyMetrics
import Foundation

/// In-process figures per format: reading and crosswalking alone, then with fsf-0.5
/// assessment, on one core. Each is the best of several rounds over 2,000 generated records.
enum ThroughputBenchmark {
    static func run() throws {
        let pack = try MetricPack.builtIn("fsf-0.5")
        let engine = MetricEngine(packs: [pack])
        print("format              records/s/core (read)   µs/record (read)   µs/record (read+assess)   assess adds µs")
        for format in RecordGenerator.Format.allCases {
            var generator = RecordGenerator(seed: 42)
            let records = (0..<2_000).map { Array(generator.record(format, number: $0).utf8) }
            let name = "bench.\(format.fileExtension)"
            let read = try bestSeconds(rounds: 5) {
                for bytes in records { _ = try MetadataReader.read(bytes: bytes, name: name) }
            }
            let assessed = try bestSeconds(rounds: 5) {
                for bytes in records {
                    for record in try MetadataReader.read(bytes: bytes, name: name).records { _ = engine.assess(record) }
                }
            }
            let perRead = read / Double(records.count) * 1e6
            let perAssess = assessed / Double(records.count) * 1e6
            print(String(format: "%-19@ %22.0f %18.1f %25.1f %16.1f", format.rawValue, 1e6 / perRead, perRead, perAssess, perAssess - perRead))
        }
    }

    static func bestSeconds(rounds: Int, _ body: () throws -> Void) throws -> Double {
        try body()  // warm-up: caches, contexts, packs
        var best = Double.infinity
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}

enum GenerateCommand {
    static func run(_ arguments: [String]) throws {
        guard arguments.count >= 3, let format = RecordGenerator.Format(rawValue: arguments[0]), let count = Int(arguments[1]) else {
            throw BenchError("generate FORMAT COUNT DIR [SEED], FORMAT one of \(RecordGenerator.Format.allCases.map(\.rawValue))")
        }
        let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 42 : 42
        try write(format, count: count, to: arguments[2], seed: seed)
    }

    /// Writes records into DIR/NNNN/record-N.ext, a thousand to a folder, as repositories lay them out.
    static func write(_ format: RecordGenerator.Format, count: Int, to directory: String, seed: UInt64) throws {
        var generator = RecordGenerator(seed: seed)
        let fm = FileManager.default
        for n in 0..<count {
            let folder = "\(directory)/\(String(format: "%04d", n / 1000))"
            if n % 1000 == 0 { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(generator.record(format, number: n).utf8).write(to: URL(fileURLWithPath: "\(folder)/record-\(n).\(format.fileExtension)"))
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
