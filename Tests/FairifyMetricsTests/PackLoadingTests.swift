import FairifyMetrics
import XCTest

final class PackLoadingTests: XCTestCase {
    func testBuiltInPacksLoad() throws {
        let packs = try MetricPack.builtIn()
        XCTAssertTrue(packs.contains { $0.id == "fsf-0.5" })
        for pack in packs {
            XCTAssertFalse(pack.metrics.isEmpty, pack.id)
            for metric in pack.metrics {
                XCTAssertFalse(metric.description.isEmpty, metric.id)
                XCTAssertFalse(metric.examples.isEmpty, "\(pack.id) \(metric.id) has no example")
            }
        }
    }

    func testUnknownCheckReportsLine() {
        let yaml = """
        id: p
        name: P
        version: "1"
        metrics:
          - id: M1
            principle: F1
            name: m
            description: d
            target: metadata
            points: 1
            tests:
              - id: T1
                name: t
                points: 1
                check: {shiny: license}
        """
        XCTAssertThrowsError(try MetricPack.parse(yaml: yaml, file: "community.yaml")) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.hasPrefix("community.yaml:15:"), text)
            XCTAssertTrue(text.contains("error: unknown check 'shiny'"), text)
        }
    }

    func testBadFieldReportsLine() {
        let yaml = """
        id: p
        name: P
        version: "1"
        metrics:
          - id: M1
            principle: Z9
            name: m
            description: d
            target: metadata
            points: 1
            tests: []
        """
        XCTAssertThrowsError(try MetricPack.parse(yaml: yaml, file: "c.yaml")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("c.yaml:6:"), String(describing: error))
        }
    }

    func testUnknownFieldRejected() {
        let yaml = """
        id: p
        name: P
        version: "1"
        colour: blue
        metrics: []
        """
        XCTAssertThrowsError(try MetricPack.parse(yaml: yaml, file: "c.yaml")) { error in
            XCTAssertTrue(String(describing: error).contains("unknown field 'colour'"), String(describing: error))
        }
    }
}
