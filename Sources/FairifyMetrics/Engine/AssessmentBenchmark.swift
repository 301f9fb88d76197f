import FairifyModel
import Foundation

/// What the benchmark measures: assessment alone, on records already read.
public enum AssessmentBenchmark {
    /// Mean CPU time of the calling thread, in microseconds, to assess one record against `packs`,
    /// over `rounds` passes through `records` (after one warm-up pass). CPU time rather than wall
    /// time, so that a busy machine does not inflate the figure.
    public static func microsecondsPerRecord(records: [Record], packs: [MetricPack], rounds: Int = 200) -> Double {
        guard !records.isEmpty else { return 0 }
        let engine = MetricEngine(packs: packs)
        var sink = 0
        for record in records { sink &+= engine.assess(record).count }
        let start = threadCPUNanoseconds()
        for _ in 0..<rounds {
            for record in records { sink &+= engine.assess(record)[0].metrics.count }
        }
        let elapsed = Double(threadCPUNanoseconds() - start)
        if sink == -1 { print(sink) }
        return elapsed / 1000 / Double(rounds * records.count)
    }

    private static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
