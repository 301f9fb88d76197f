import Dispatch
import Foundation

/// Maps a batch of items on all cores and returns the results in input order.
/// Batches keep memory bounded: only one batch of inputs and results is alive at a time.
public enum OrderedParallelMap {
    public static func map<Input, Output>(_ items: [Input], jobs: Int, _ transform: (Input) -> Output) -> [Output] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // Release the results held in the buffer, or every batch would leak its records.
            _ = results.deinitialize()
            results.deallocate()
        }
        // Workers pull the next index from a shared counter, so one slow item does not
        // leave the other cores idle; each slot is written by exactly one worker.
        let lock = NSLock()
        var next = 0
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                guard i < items.count else { return }
                results[i] = transform(items[i])
            }
        }
        return results.map { $0! }
    }
}
