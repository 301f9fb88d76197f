import FairifyModel

/// Decides checks without explaining them: the per-record fast path. `CheckEvaluator` builds
/// the words and evidence for the same check later, only when a report shows them; the two
/// must agree on every verdict (VerdictAgreementTests).
struct VerdictEvaluator {
    typealias Verdict = CheckOutcome.Verdict
    let context: RecordContext
    private var memo = ClassificationMemo()

    init(_ context: RecordContext) { self.context = context }

    private var record: Record { context.record }
    private var index: FactIndex { context.index }

    mutating func verdict(_ check: Check) -> Verdict {
        switch check {
        case .present(let kinds): return pass(kinds.allSatisfy(index.has))
        case .presentAny(let kinds): return pass(kinds.contains(where: index.has))
        case .scheme(let kind, let schemes, let attribute):
            return pass(anyIdentifier(kind, attribute) { schemes.contains($0.scheme) })
        case .persistent(let kind, let attribute):
            return pass(anyIdentifier(kind, attribute) { $0.scheme.isPersistent })
        case .attributePresent(let kind, let attribute, let all):
            guard index.has(kind) else { return .fail }
            let carrying = count(kind) { !($0[attribute] ?? "").isEmpty }
            return pass(all ? carrying == index.count(kind) : carrying > 0)
        case .vocabulary(let match): return vocabulary(match)
        case .minCount(let kind, let count): return pass(index.count(kind) >= count)
        case .urlScheme(let kind, let attribute, let schemes): return urlScheme(kind, attribute, schemes)
        case .allOf(let checks): return combine(checks, stopAt: .fail, otherwise: .pass)
        case .anyOf(let checks): return combine(checks, stopAt: .pass, otherwise: .fail)
        case .not(let inner):
            switch verdict(inner) {
            case .pass: return .fail
            case .fail: return .pass
            case let open: return open
            }
        case .dialectIs(let dialects): return pass(dialects.contains(record.dialect))
        case .formatIs(let formats): return pass(formats.contains(record.format))
        case .formatIsRDF: return pass(record.dialect.isRDF)
        case .vocabularyUsed(let namespaces, let excluded):
            return pass(record.vocabularies.contains { CheckEvaluator.counts($0, namespaces: namespaces, excluded: excluded) })
        case .typeIs(let names): return pass(record.types.contains { CheckEvaluator.isType($0, of: names) })
        case .needsNetwork, .needsData: return .notAssessed
        case .needsAttestation: return .needsAttestation
        case .localFiles(let properties):
            guard let localFiles = context.localFiles else { return .notAssessed }
            return localFiles.check(properties, distributions: index.facts(.distribution)).verdict
        }
    }

    private func pass(_ ok: Bool) -> Verdict { ok ? .pass : .fail }

    /// Some fact's identifier (its attribute when one is named, else its value) satisfies `test`.
    private mutating func anyIdentifier(_ kind: FactKind, _ attribute: String?, _ test: (ClassifiedIdentifier) -> Bool) -> Bool {
        for position in index.positions(kind) {
            let fact = index.facts[Int(position)]
            guard let raw = attribute.map({ fact[$0] }) ?? fact.value else { continue }
            if test(memo.classify(raw)) { return true }
        }
        return false
    }

    private func count(_ kind: FactKind, where test: (Fact) -> Bool) -> Int {
        let index = self.index
        var count = 0
        for position in index.positions(kind) where test(index.facts[Int(position)]) { count += 1 }
        return count
    }

    private func vocabulary(_ match: VocabularyMatch) -> Verdict {
        guard index.has(match.kind) else { return .fail }
        let hits = count(match.kind) { CheckEvaluator.isRecognised($0, match) }
        return pass(match.all ? hits == index.count(match.kind) : hits > 0)
    }

    private mutating func urlScheme(_ kind: FactKind, _ attribute: String?, _ schemes: [String]) -> Verdict {
        for position in index.positions(kind) {
            let fact = index.facts[Int(position)]
            let link: String
            if let attribute {
                guard let value = fact[attribute] else { continue }
                link = value
            } else {
                link = memo.classify(fact.value).canonical ?? fact.value
            }
            if CheckEvaluator.usesScheme(link, schemes) { return .pass }
        }
        return .fail
    }

    /// all-of stops at the first fail, any-of at the first pass; otherwise the first open part
    /// (not assessed, needs attestation) decides, else the other of pass and fail.
    private mutating func combine(_ checks: [Check], stopAt decisive: Verdict, otherwise: Verdict) -> Verdict {
        var open: Verdict?
        for check in checks {
            let verdict = verdict(check)
            if verdict == decisive { return decisive }
            if open == nil, verdict != otherwise { open = verdict }
        }
        return open ?? otherwise
    }
}
