import FairifyModel
import Foundation

/// What the benchmark measures: assessment alone, on records already read.
public enum AssessmentBenchmark {
    /// Mean wall time in microseconds to assess one record against `packs`, over `rounds` passes
    /// through `records` (after one warm-up pass).
    public static func microsecondsPerRecord(records: [Record], packs: [MetricPack], rounds: Int = 200) -> Double {
        guard !records.isEmpty else { return 0 }
        let engine = MetricEngine(packs: packs)
        var sink = 0
        for record in records { sink &+= engine.assess(record).count }
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for record in records { sink &+= engine.assess(record)[0].metrics.count }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
        if sink == -1 { print(sink) }
        return elapsed / 1000 / Double(rounds * records.count)
    }
}
