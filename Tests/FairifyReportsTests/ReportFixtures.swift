import FairifyMetrics
import FairifyModel
import Foundation

/// Hand-made assessments shaped like the engine's output, with awkward characters on purpose.
enum ReportFixtures {
    static func test(_ id: String, _ status: ResultStatus, earned: Double, total: Double, maturity: Int? = nil,
                     reason: String, file: String, line: Int = 0, recipes: [String] = []) -> TestResult {
        let evidence = line > 0 ? [Evidence("found here", value: "x", location: SourceLocation(file: file, line: line, column: 3, path: "/x"))] : []
        return TestResult(id: id, name: "Test \(id)", status: status, earned: earned, total: total, maturity: maturity,
                          reason: reason, evidence: evidence, recipes: recipes)
    }

    static func pack(file: String, quality: Double) -> PackAssessment {
        let good = quality >= 0.5
        let metrics = [
            MetricResult(id: "FsF-F1-01M", principle: "F1", name: "Identifier is unique", target: "metadata",
                         status: good ? .pass : .fail, earned: good ? 1 : 0, total: 1, maturity: good ? 3 : 0,
                         tests: [test("FsF-F1-01M-1", good ? .pass : .fail, earned: good ? 1 : 0, total: 1, maturity: 3,
                                      reason: good ? "A DOI identifies the record." : "No identifier, only a title: \"<none>\", 50% & more.", file: file, line: 4,
                                      recipes: ["identifier-doi"])],
                         recipes: ["identifier-doi"]),
            MetricResult(id: "FsF-F2-01M", principle: "F2", name: "Descriptive core metadata, such as creator, title", target: "metadata",
                         status: .partial, earned: 1, total: 2, maturity: 1,
                         tests: [test("FsF-F2-01M-1", .pass, earned: 1, total: 1, maturity: 1, reason: "Title present.", file: file, line: 2),
                                 test("FsF-F2-01M-2", .fail, earned: 0, total: 1, reason: "No creator,\nno publisher | nothing.", file: file, recipes: ["creator-split-name"])],
                         recipes: []),
            MetricResult(id: "FsF-A1-01M", principle: "A1", name: "Access level", target: "metadata",
                         status: good ? .pass : .fail, earned: good ? 1 : 0, total: 1, maturity: good ? 1 : 0,
                         tests: [test("FsF-A1-01M-1", good ? .pass : .fail, earned: good ? 1 : 0, total: 1, reason: "Access rights.", file: file, line: 9,
                                      recipes: ["access-rights-coar"])],
                         recipes: ["access-rights-coar"]),
            MetricResult(id: "FsF-A1-02M", principle: "A1", name: "Metadata retrievable", target: "metadata",
                         status: .notAssessed, earned: 0, total: 1, maturity: 0,
                         tests: [test("FsF-A1-02M-1", .notAssessed, earned: 0, total: 1, reason: "Needs the network.", file: file)], recipes: []),
            MetricResult(id: "FsF-I1-01M", principle: "I1", name: "Formal knowledge representation", target: "metadata",
                         status: .pass, earned: 2, total: 2, maturity: 3,
                         tests: [test("FsF-I1-01M-1", .pass, earned: 2, total: 2, maturity: 3, reason: "JSON-LD.", file: file, line: 1)], recipes: []),
            MetricResult(id: "FsF-R1.1-01M", principle: "R1.1", name: "Licence", target: "metadata",
                         status: quality > 0.8 ? .pass : .fail, earned: quality > 0.8 ? 2 : 0, total: 2, maturity: quality > 0.8 ? 3 : 0,
                         tests: [test("FsF-R1.1-01M-1", quality > 0.8 ? .pass : .fail, earned: quality > 0.8 ? 2 : 0, total: 2,
                                      reason: "Licence 'CC BY, 4.0' is free text: %25 :: ,", file: file, line: 12, recipes: ["license-spdx"])],
                         recipes: ["license-spdx"]),
            MetricResult(id: "RDA-R1-01M", principle: "R1", name: "Plurality of attributes", target: "metadata",
                         status: .needsAttestation, earned: 0, total: 1, maturity: 0,
                         tests: [test("RDA-R1-01M-1", .needsAttestation, earned: 0, total: 1, reason: "A steward must say.", file: file)], recipes: []),
        ]
        return PackAssessment(packID: "fsf-0.5", packName: "FAIRsFAIR metrics", packVersion: "0.5", metrics: metrics,
                              principles: summaries(metrics, key: \.principle), areas: summaries(metrics, key: { String($0.principle.prefix(1)) }),
                              total: withMaturity(summaries(metrics, key: { _ in "FAIR" })[0], metrics))
    }

    static func withMaturity(_ summary: ScoreSummary, _ metrics: [MetricResult]) -> ScoreSummary {
        var copy = summary
        copy.maturity = metrics.map(\.maturity).min()
        return copy
    }

    static func summaries(_ metrics: [MetricResult], key: (MetricResult) -> String) -> [ScoreSummary] {
        var order: [String] = []
        var sums: [String: ScoreSummary] = [:]
        for metric in metrics {
            let k = key(metric)
            if sums[k] == nil { order.append(k); sums[k] = ScoreSummary(key: k, earned: 0, total: 0, assessableTotal: 0) }
            sums[k]!.earned += metric.earned
            sums[k]!.total += metric.total
            if metric.status != .notAssessed && metric.status != .needsAttestation { sums[k]!.assessableTotal += metric.total }
        }
        return order.map { sums[$0]! }
    }

    static func record(_ file: String, index: Int = 0, title: String?, quality: Double) -> RecordAssessment {
        let summary = RecordSummary(file: file, index: index, label: "record \(index)", title: title, format: .jsonLD,
                                    dialect: .schemaOrg, location: SourceLocation(file: file, line: 1, column: 1))
        return RecordAssessment(record: summary, inputSHA256: String(repeating: "a", count: 64), packs: [pack(file: file, quality: quality)])
    }

    static var single: AssessmentReport {
        AssessmentReport(toolVersion: "0.1.0", assessments: [record("Examples/my data, v1.jsonld", title: "Ocean <temperature> & salinity", quality: 0.3)])
    }

    static var portfolio: AssessmentReport {
        AssessmentReport(toolVersion: "0.1.0", assessments: [
            record("Examples/a.jsonld", title: "Alpha survey", quality: 0.9),
            record("Examples/b.xml", title: "Beta \"catalogue\"", quality: 0.6),
            record("Examples/c.json", index: 0, title: nil, quality: 0.2),
            record("Examples/c.json", index: 1, title: "Gamma, part 2", quality: 0.4),
        ], errors: [Diagnostic.error("unexpected end of input", at: SourceLocation(file: "Examples/bad.json", line: 3, column: 7))])
    }

    static var shared: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // FAIRIFY_SHARED lets a git worktree that sits elsewhere point at the shared folder.
        let override = ProcessInfo.processInfo.environment["FAIRIFY_SHARED"].map { URL(fileURLWithPath: $0) }
        let url = override ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
