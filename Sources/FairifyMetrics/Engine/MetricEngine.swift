import FairifyModel

/// Evaluates metric packs against records. Packs are parsed once; `assess` is cheap per record.
public struct MetricEngine: Sendable {
    public var packs: [MetricPack]
    /// Metric ids the user chose to ignore, with the reason they gave.
    public var ignored: [String: String]
    /// A steward's answers for indicators the metadata cannot show (docs/frameworks.md).
    public var attestations: AttestationSet

    public init(packs: [MetricPack], ignored: [String: String] = [:], attestations: AttestationSet = AttestationSet()) {
        self.packs = packs
        self.ignored = ignored
        self.attestations = attestations
    }

    /// One `PackAssessment` per pack, in pack order.
    public static func assess(record: Record, packs: [MetricPack]) -> [PackAssessment] {
        MetricEngine(packs: packs).assess(record)
    }

    public func assess(_ record: Record) -> [PackAssessment] {
        let evaluator = CheckEvaluator(record: record, localFiles: LocalFileInspector(recordFile: record.file))
        return packs.map { assess($0, evaluator) }
    }

    private func assess(_ pack: MetricPack, _ evaluator: CheckEvaluator) -> PackAssessment {
        var metrics = pack.metrics.map { metric -> MetricResult in
            var result = assess(metric, evaluator)
            result.ignored = ignored[metric.id]
            return result
        }
        var levels: [String: Int] = [:]
        if let scheme = pack.levels { (metrics, levels) = FrameworkLevels.finish(scheme: scheme, metrics: metrics) }
        var assessment = Scoring.summarise(pack: pack, metrics: metrics)
        assessment.levels = levels
        return assessment
    }

    private func assess(_ metric: MetricDefinition, _ evaluator: CheckEvaluator) -> MetricResult {
        let tests = attestations.attest(metric.tests.map { assess($0, metric: metric, evaluator) }, metricID: metric.id)
        let earned = Scoring.combine(tests.map(\.earned).filter { $0 > 0 }, metric.scoring, cap: metric.points)
        let assessable = Scoring.combine(tests.filter { !$0.status.isOpen }.map(\.total), metric.scoring, cap: metric.points)
        let status = Scoring.status(earned: earned, assessable: assessable, tests: tests)
        let maturity = tests.filter { $0.status == .pass }.compactMap(\.maturity).max() ?? 0
        let recipes = status == .pass || status.isOpen ? [] : unique(tests.filter { $0.status == .fail }.flatMap(\.recipes))
        return MetricResult(id: metric.id, principle: metric.principle, name: metric.name, target: metric.target, status: status,
                            earned: earned, total: metric.points, maturity: maturity, priority: metric.priority, tests: tests,
                            recipes: recipes, assessableTotal: assessable)
    }

    private func assess(_ test: TestDefinition, metric: MetricDefinition, _ evaluator: CheckEvaluator) -> TestResult {
        let outcome = evaluator.evaluate(test.check)
        let status: ResultStatus
        switch outcome.verdict {
        case .pass: status = .pass
        case .fail: status = .fail
        case .notAssessed: status = .notAssessed
        case .needsAttestation: status = .needsAttestation
        }
        var reason = outcome.reason
        if status == .fail, let hint = test.hint { reason += ". " + hint }
        let recipes = status == .fail ? (test.recipes.isEmpty ? metric.recipes : test.recipes) : []
        return TestResult(id: test.id, name: test.name, status: status, earned: status == .pass ? test.points : 0, total: test.points,
                          maturity: test.maturity, reason: reason, evidence: outcome.evidence, recipes: recipes)
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
