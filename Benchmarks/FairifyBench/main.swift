import FairifyFormats
import FairifyMetrics
import Foundation

// Build in release, then run:
//   swift build -c release && .build/release/fairify-bench [ITERATIONS]
//       records/s per format for reading (Examples/), then read vs read+assess (generated records)
//   .build/release/fairify-bench generate FORMAT COUNT DIR [SEED]   write COUNT generated records into DIR
//   valgrind --tool=callgrind .build/release/fairify-bench profile FORMAT COUNT [read|assess]
//       a fixed workload for profilers (instruction counts do not depend on machine load)
//   .build/release/fairify-bench assess                             assessment alone: µs/record per pack
//   .build/release/fairify-bench batch [COUNTS] [FORMATS]           fairify assess over generated folders:
//                                                                   records/s and peak RSS, 1 core and all
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "generate": try GenerateCommand.run(Array(arguments.dropFirst()))
    case "batch": try BatchBenchmark.run(Array(arguments.dropFirst()))
    case "profile": try ProfileWorkload.run(Array(arguments.dropFirst()))
    case "assess": try AssessBenchmark.run()
    default:
        let iterations = arguments.first.map { Int($0) } ?? 2000
        guard let iterations else {
            print("usage: fairify-bench [ITERATIONS | generate FORMAT COUNT DIR [SEED] | batch [COUNTS] [FORMATS]]")
            exit(2)
        }
        try ReadingBenchmark.run(iterations: iterations)
        print()
        try ThroughputBenchmark.run()
    }
} catch {
    FileHandle.standardError.write(Data("fairify-bench: \(error)\n".utf8))
    exit(2)
}
