import FairifyMetrics
import Foundation
import XCTest

/// The fsf packs mirror F-UJI's metric ids, test ids, points and maturity levels.
final class FujiReferenceTests: XCTestCase {
    private func reference(_ version: String) throws -> [[String: Any]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/reference/fuji/metrics_v\(version).yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("../shared not present: \(url.path)") }
        return scan(text)
    }

    /// A line scanner for the few keys compared here (the test target does not link Yams).
    private func scan(_ text: String) -> [[String: Any]] {
        var metrics: [[String: Any]] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].replacingOccurrences(of: "- ", with: "")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let typed: Any = Int(value).map { $0 as Any } ?? Double(value).map { $0 as Any } ?? value
            switch key {
            case "metric_identifier": metrics.append(["metric_identifier": value, "metric_tests": [[String: Any]]()])
            case "fair_principle", "total_score": metrics[metrics.count - 1][key] = typed
            case "metric_test_identifier":
                var tests = metrics[metrics.count - 1]["metric_tests"] as! [[String: Any]]
                tests.append([key: value])
                metrics[metrics.count - 1]["metric_tests"] = tests
            case "metric_test_score", "metric_test_maturity":
                var tests = metrics[metrics.count - 1]["metric_tests"] as! [[String: Any]]
                guard !tests.isEmpty else { continue }
                tests[tests.count - 1][key] = typed
                metrics[metrics.count - 1]["metric_tests"] = tests
            default: continue
            }
        }
        return metrics
    }

    private func number(_ value: Any?) -> Double? {
        if let d = value as? Double { return d }
        if let i = value as? Int { return Double(i) }
        return nil
    }

    func testPacksMirrorFuji() throws {
        for version in ["0.5", "0.8"] {
            let metrics = try reference(version)
            XCTAssertGreaterThan(metrics.count, 10, version)
            let pack = try MetricPack.builtIn("fsf-\(version)")
            XCTAssertEqual(pack.metrics.map(\.id).sorted(), metrics.compactMap { $0["metric_identifier"] as? String }.sorted(), version)
            for metric in metrics {
                let id = metric["metric_identifier"] as? String ?? ""
                guard let ours = pack.metric(id) else { continue }
                XCTAssertEqual(ours.points, number(metric["total_score"]), id)
                if let principle = metric["fair_principle"] as? String { XCTAssertEqual(ours.principle, principle, id) }
                let tests = metric["metric_tests"] as? [[String: Any]] ?? []
                XCTAssertEqual(ours.tests.map(\.id), tests.compactMap { $0["metric_test_identifier"] as? String }, id)
                for test in tests {
                    let testID = test["metric_test_identifier"] as? String ?? ""
                    guard let mine = ours.tests.first(where: { $0.id == testID }) else { continue }
                    XCTAssertEqual(mine.points, number(test["metric_test_score"]), testID)
                    XCTAssertEqual(mine.maturity, test["metric_test_maturity"] as? Int, testID)
                }
            }
        }
    }
}
