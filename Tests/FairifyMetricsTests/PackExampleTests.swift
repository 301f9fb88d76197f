import FairifyFormats
import FairifyMetrics
import XCTest

/// Every example carried by every metric of every built-in pack, read by the real readers.
final class PackExampleTests: XCTestCase {
    func testEveryExample() throws {
        var failures: [String] = [], ran = 0, unreadable: [String] = [], pending: [String] = []
        for pack in try MetricPack.builtIn() {
            for metric in pack.metrics {
                for example in metric.examples {
                    let label = "\(example.location): \(pack.id) \(metric.id) example '\(example.name)'"
                    let result: ReadResult
                    do {
                        result = try MetadataReader.read(bytes: Array(example.document.utf8), name: example.fileName)
                    } catch {
                        // Readers of some formats are still being written by other helpers.
                        let text = "\(error)"
                        if text.contains("not supported yet") || text.contains("not implemented yet") { pending.append(label) } else { unreadable.append("\(label): \(text)") }
                        continue
                    }
                    guard let record = result.records.first else { failures.append("\(label): no record read"); continue }
                    ran += 1
                    failures += check(example, metric: metric, pack: pack, record: record, label: label)
                }
            }
        }
        if ran == 0 { throw XCTSkip("the readers cannot read the examples yet: \(pending.first ?? "")") }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
        XCTAssertTrue(unreadable.isEmpty, unreadable.joined(separator: "\n"))
    }

    private func check(_ example: MetricExample, metric: MetricDefinition, pack: MetricPack, record: Record, label: String) -> [String] {
        var single = pack
        single.metrics = [metric]
        guard let result = MetricEngine.assess(record: record, packs: [single]).first?.metrics.first else { return ["\(label): no result"] }
        var failures: [String] = []
        if result.status != example.expect {
            failures.append("\(label): expected \(example.expect.rawValue), got \(result.status.rawValue) (\(result.tests.map { "\($0.id)=\($0.status.rawValue): \($0.reason)" }.joined(separator: " | ")))")
        }
        for (id, expected) in example.tests.sorted(by: { $0.key < $1.key }) {
            let test = result.tests.first { $0.id == id }
            if test?.status != expected {
                failures.append("\(label): test \(id) expected \(expected.rawValue), got \(test?.status.rawValue ?? "nothing"): \(test?.reason ?? "")")
            }
        }
        return failures
    }
}
