import FairifyModel

/// A test result's reason and evidence: either text already, or what is needed to write it
/// (the check and the record), so that assessing a record builds no text until a report asks.
enum TestExplanation: Sendable {
    case text(reason: String, evidence: [Evidence])
    case deferred(DeferredExplanation)

    var rendered: (reason: String, evidence: [Evidence]) {
        switch self {
        case .text(let reason, let evidence): return (reason, evidence)
        case .deferred(let deferred): return deferred.render()
        }
    }
}

struct DeferredExplanation: Sendable {
    let check: Check
    let context: RecordContext
    /// The test's hint, kept only when the test failed (it is added to the reason then).
    let failureHint: String?

    func render() -> (reason: String, evidence: [Evidence]) {
        let outcome = CheckEvaluator(context).evaluate(check)
        guard let failureHint else { return (outcome.reason, outcome.evidence) }
        return (outcome.reason + ". " + failureHint, outcome.evidence)
    }
}

extension TestResult {
    /// Plain words: why it passed or failed.
    public var reason: String {
        get { explanation.rendered.reason }
        set { explanation = .text(reason: newValue, evidence: evidence) }
    }

    public var evidence: [Evidence] {
        get { explanation.rendered.evidence }
        set { explanation = .text(reason: reason, evidence: newValue) }
    }

    /// Reason and evidence built together (each of `reason` and `evidence` alone builds both).
    public var explained: (reason: String, evidence: [Evidence]) { explanation.rendered }

    enum CodingKeys: String, CodingKey {
        case id, name, status, earned, total, maturity, reason, evidence, recipes, attestation
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  status: try c.decode(ResultStatus.self, forKey: .status), earned: try c.decode(Double.self, forKey: .earned),
                  total: try c.decode(Double.self, forKey: .total), maturity: try c.decodeIfPresent(Int.self, forKey: .maturity),
                  reason: try c.decode(String.self, forKey: .reason), evidence: try c.decode([Evidence].self, forKey: .evidence),
                  recipes: try c.decode([String].self, forKey: .recipes),
                  attestation: try c.decodeIfPresent(Attestation.self, forKey: .attestation))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let (reason, evidence) = explained
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(status, forKey: .status)
        try c.encode(earned, forKey: .earned)
        try c.encode(total, forKey: .total)
        try c.encodeIfPresent(maturity, forKey: .maturity)
        try c.encode(reason, forKey: .reason)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(recipes, forKey: .recipes)
        try c.encodeIfPresent(attestation, forKey: .attestation)
    }
}
