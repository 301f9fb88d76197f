import FairifyModel

/// Evaluates metric packs against records. Packs are parsed once; `assess` is cheap per record.
public struct MetricEngine: Sendable {
    public var packs: [MetricPack] { didSet { layouts = packs.map(PackLayout.init) } }
    private var layouts: [PackLayout]
    /// Metric ids the user chose to ignore, with the reason they gave.
    public var ignored: [String: String]
    /// A steward's answers for indicators the metadata cannot show (docs/frameworks.md).
    public var attestations: AttestationSet
    /// The fact kinds each recipe adds, from the recipe catalogue one layer up. With it, a failed
    /// check names only the recipes that add a kind of fact the record lacks, when it lacks one.
    public var recipeAdditions: [String: Set<FactKind>]

    public init(packs: [MetricPack], ignored: [String: String] = [:], attestations: AttestationSet = AttestationSet(),
                recipeAdditions: [String: Set<FactKind>] = [:]) {
        self.packs = packs
        self.layouts = packs.map(PackLayout.init)
        self.ignored = ignored
        self.attestations = attestations
        self.recipeAdditions = recipeAdditions
    }

    /// One `PackAssessment` per pack, in pack order.
    public static func assess(record: Record, packs: [MetricPack]) -> [PackAssessment] {
        MetricEngine(packs: packs).assess(record)
    }

    public func assess(_ record: Record) -> [PackAssessment] {
        var evaluator = VerdictEvaluator(RecordContext(record))
        return zip(packs, layouts).map { assess($0, $1, &evaluator) }
    }

    private func assess(_ pack: MetricPack, _ layout: PackLayout, _ evaluator: inout VerdictEvaluator) -> PackAssessment {
        var metrics = pack.metrics.map { metric in
            var result = assess(metric, &evaluator)
            result.ignored = ignored.isEmpty ? nil : ignored[metric.id]
            return result
        }
        var levels: [String: Int] = [:]
        if let scheme = pack.levels { (metrics, levels) = FrameworkLevels.finish(scheme: scheme, metrics: metrics) }
        var assessment = Scoring.summarise(pack: pack, metrics: metrics, layout: layout)
        assessment.levels = levels
        return assessment
    }

    private func assess(_ metric: MetricDefinition, _ evaluator: inout VerdictEvaluator) -> MetricResult {
        let measured = metric.tests.map { assess($0, metric: metric, &evaluator) }
        let tests = attestations.attest(measured, metricID: metric.id)
        let alternative = metric.scoring == .alternative
        var earned = 0.0, assessable = 0.0, maturity = 0
        for i in tests.indices {
            // Cumulative: the sum of the passed (or assessable) tests' points; alternative: the best.
            let points = tests[i].earned, status = tests[i].status
            if points > 0 { earned = alternative ? max(earned, points) : earned + points }
            if !status.isOpen { assessable = alternative ? max(assessable, tests[i].total) : assessable + tests[i].total }
            if status == .pass, let level = tests[i].maturity { maturity = max(maturity, level) }
        }
        earned = min(earned, metric.points)
        assessable = min(assessable, metric.points)
        let status = Scoring.status(earned: earned, assessable: assessable, tests: tests)
        let recipes = status == .pass || status.isOpen ? [] : failedTestRecipes(tests)
        return MetricResult(id: metric.id, principle: metric.principle, name: metric.name, target: metric.target, status: status,
                            earned: earned, total: metric.points, maturity: maturity, priority: metric.priority, tests: tests,
                            recipes: recipes, assessableTotal: assessable)
    }

    private func assess(_ test: TestDefinition, metric: MetricDefinition, _ evaluator: inout VerdictEvaluator) -> TestResult {
        let status: ResultStatus
        switch evaluator.verdict(test.check) {
        case .pass: status = .pass
        case .fail: status = .fail
        case .notAssessed: status = .notAssessed
        case .needsAttestation: status = .needsAttestation
        }
        let recipes = status == .fail ? relevantRecipes(test.recipes.isEmpty ? metric.recipes : test.recipes, test.check, evaluator.context) : []
        let explanation = DeferredExplanation(check: test.check, context: evaluator.context, failureHint: status == .fail ? test.hint : nil)
        return TestResult(id: test.id, name: test.name, status: status, earned: status == .pass ? test.points : 0, total: test.points,
                          maturity: test.maturity, explanation: .deferred(explanation), recipes: recipes)
    }

    /// When a failed check looks at kinds the record has no fact of, the recipes that add one of
    /// them (all of them when none does or the additions are unknown); otherwise the pack's list.
    private func relevantRecipes(_ ids: [String], _ check: Check, _ context: RecordContext) -> [String] {
        guard !recipeAdditions.isEmpty, ids.count > 1 else { return ids }
        let missing = Set(check.factKinds.filter { !context.index.has($0) })
        guard !missing.isEmpty else { return ids }
        let relevant = ids.filter { recipeAdditions[$0].map { !$0.isDisjoint(with: missing) } ?? true }
        return relevant.isEmpty ? ids : relevant
    }

    /// Recipe ids of the failed tests, each once, in order (a handful: a linear scan beats hashing).
    private func failedTestRecipes(_ tests: [TestResult]) -> [String] {
        var ids: [String] = []
        for i in tests.indices where tests[i].status == .fail {
            for id in tests[i].recipes where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
