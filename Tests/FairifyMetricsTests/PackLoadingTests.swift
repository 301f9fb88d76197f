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

    func testPrincipleAndRecipeShapes() throws {
        func pack(principle: String, recipe: String) -> String {
            """
            id: p
            name: P
            version: "1"
            metrics:
              - id: M1
                principle: \(principle)
                name: m
                description: d
                target: metadata
                points: 1
                recipes: [\(recipe)]
                tests:
                  - {id: T1, name: t, points: 1, check: {present: license}}
            """
        }
        for good in ["F1", "A1.1", "R1.3", "I3"] {
            XCTAssertNoThrow(try MetricPack.parse(yaml: pack(principle: good, recipe: "add-license"), file: "c.yaml"), good)
        }
        for bad in ["Z9", "F", "F1.", "F12", "F1.10", "f1", "F1.a", "FF"] {
            XCTAssertThrowsError(try MetricPack.parse(yaml: pack(principle: bad, recipe: "add-license"), file: "c.yaml"), bad) { error in
                XCTAssertTrue(String(describing: error).hasPrefix("c.yaml:6:"), String(describing: error))
            }
        }
        for good in ["add-license", "a", "0x", "doi.canonical"] {
            XCTAssertNoThrow(try MetricPack.parse(yaml: pack(principle: "F1", recipe: good), file: "c.yaml"), good)
        }
        for bad in ["Add", "-x", ".x", "a_b", "\"a b\"", "é"] {
            XCTAssertThrowsError(try MetricPack.parse(yaml: pack(principle: "F1", recipe: bad), file: "c.yaml"), bad)
        }
    }

    func testBuiltInPackByIDMatchesTheFullList() throws {
        let alone = try MetricPack.builtIn("fsf-0.8")
        let listed = try XCTUnwrap(MetricPack.builtIn().first { $0.id == "fsf-0.8" })
        XCTAssertEqual(alone.metrics.map(\.id), listed.metrics.map(\.id))
        XCTAssertThrowsError(try MetricPack.builtIn("nope")) { error in
            XCTAssertTrue(String(describing: error).contains("known: fairplus-dsm, fsf-0.5"), String(describing: error))
        }
    }
}
