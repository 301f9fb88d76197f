import FairifyModel

/// Explains checks against one record: the verdict with plain words and evidence. Used when a
/// report shows a result (`TestExplanation`); `VerdictEvaluator` decides the same verdicts
/// without building any text.
struct CheckEvaluator {
    let context: RecordContext
    private var record: Record { context.record }
    private var index: FactIndex { context.index }
    private var localFiles: LocalFileInspector? { context.localFiles }

    init(_ context: RecordContext) { self.context = context }

    func evaluate(_ check: Check) -> CheckOutcome {
        switch check {
        case .present(let kinds): return present(kinds)
        case .presentAny(let kinds): return presentAny(kinds)
        case .scheme(let kind, let schemes, let attribute): return scheme(kind, schemes, attribute)
        case .persistent(let kind, let attribute): return persistent(kind, attribute)
        case .attributePresent(let kind, let attribute, let all): return attributePresent(kind, attribute, all: all)
        case .vocabulary(let match): return vocabulary(match)
        case .minCount(let kind, let count): return minCount(kind, count)
        case .urlScheme(let kind, let attribute, let schemes): return urlScheme(kind, attribute, schemes)
        case .allOf(let checks): return allOf(checks)
        case .anyOf(let checks): return anyOf(checks)
        case .not(let inner): return negate(inner)
        case .dialectIs(let dialects): return dialectIs(dialects)
        case .formatIs(let formats): return formatIs(formats)
        case .formatIsRDF: return formatIsRDF()
        case .vocabularyUsed(let namespaces, let excluded): return vocabularyUsed(namespaces, excluded)
        case .typeIs(let names): return typeIs(names)
        case .needsNetwork(let what): return .notAssessed("needs the network: \(what)")
        case .needsData(let what): return .notAssessed("needs the data files: \(what)")
        case .needsAttestation(let what): return CheckOutcome(verdict: .needsAttestation, reason: "a steward must attest that \(what)", evidence: [])
        case .localFiles(let properties):
            guard let localFiles else { return .notAssessed("no distribution file next to the metadata") }
            return localFiles.check(properties, distributions: index.facts(.distribution))
        }
    }

    // MARK: facts

    private var missingHere: SourceLocation { record.location }

    private func found(_ facts: [Fact], _ what: String) -> [Evidence] {
        let message = what + " found"
        return facts.map { Evidence(message, value: $0.value, location: $0.location) }
    }

    private func present(_ kinds: [FactKind]) -> CheckOutcome {
        let missing = kinds.filter { !index.has($0) }
        if missing.isEmpty {
            return .pass("has \(names(kinds))", kinds.flatMap { kind in found(Array(index.facts(kind).prefix(1)), kind.rawValue) })
        }
        return .fail("missing \(names(missing))", [Evidence("no \(names(missing)) in the record", location: missingHere)])
    }

    private func presentAny(_ kinds: [FactKind]) -> CheckOutcome {
        let facts = kinds.flatMap { index.facts($0) }
        if facts.isEmpty {
            return .fail("none of \(names(kinds, joiner: "or"))", [Evidence("no \(names(kinds, joiner: "or")) in the record", location: missingHere)])
        }
        return .pass("has \(names(Array(Set(facts.map(\.kind))).sorted()))", found(Array(facts.prefix(3)), "value"))
    }

    /// Each fact with the value to classify: the attribute when one is named, else the value.
    private func classified(_ kind: FactKind, _ attribute: String?) -> [(Fact, ClassifiedIdentifier)] {
        index.facts(kind).compactMap { fact in
            let raw: String? = attribute == nil ? fact.value : fact[attribute!]
            guard let raw else { return nil }
            var shown = fact
            shown.value = raw
            return (shown, ClassifiedIdentifier.classify(raw))
        }
    }

    private func scheme(_ kind: FactKind, _ schemes: Set<IdentifierScheme>, _ attribute: String?) -> CheckOutcome {
        let classified = classified(kind, attribute)
        guard !classified.isEmpty else { return missing(kind, attribute) }
        let matching = classified.filter { schemes.contains($0.1.scheme) }
        if !matching.isEmpty {
            return .pass("\(kind.rawValue) \(quote(matching[0].0.value)) is a \(matching[0].1.scheme.rawValue)",
                         matching.prefix(3).map { Evidence("\($0.1.scheme.rawValue) \(kind.rawValue)", value: $0.0.value, location: $0.0.location) })
        }
        let seen = classified.map { "\(quote($0.0.value)) (\($0.1.scheme.rawValue))" }.joined(separator: ", ")
        return .fail("no \(kind.rawValue) is a \(schemes.map(\.rawValue).sorted().joined(separator: "/")): found \(seen)",
                     classified.prefix(3).map { Evidence("\($0.1.scheme.rawValue) \(kind.rawValue)", value: $0.0.value, location: $0.0.location) })
    }

    private func persistent(_ kind: FactKind, _ attribute: String?) -> CheckOutcome {
        let classified = classified(kind, attribute)
        guard !classified.isEmpty else { return missing(kind, attribute) }
        if let hit = classified.first(where: { $0.1.scheme.isPersistent }) {
            return .pass("\(kind.rawValue) \(quote(hit.0.value)) is a persistent \(hit.1.scheme.rawValue)",
                         [Evidence("persistent \(kind.rawValue)", value: hit.0.value, location: hit.0.location)])
        }
        let seen = classified.map { "\(quote($0.0.value)) (\($0.1.scheme.rawValue))" }.joined(separator: ", ")
        return .fail("no \(kind.rawValue) is persistent (DOI, Handle, ARK, PURL...); found \(seen)",
                     classified.prefix(3).map { Evidence("not persistent", value: $0.0.value, location: $0.0.location) })
    }

    private func attributePresent(_ kind: FactKind, _ attribute: String, all: Bool) -> CheckOutcome {
        let facts = index.facts(kind)
        guard !facts.isEmpty else { return missing(kind) }
        let with = facts.filter { !($0[attribute] ?? "").isEmpty }
        let without = facts.filter { ($0[attribute] ?? "").isEmpty }
        let ok = all ? without.isEmpty : !with.isEmpty
        if ok {
            return .pass("\(kind.rawValue) has \(attribute)", with.prefix(3).map { Evidence("\(attribute) found", value: $0[attribute], location: $0.location) })
        }
        let subject = all ? "\(without.count) of \(facts.count) \(kind.rawValue) values lack" : "no \(kind.rawValue) has"
        return .fail("\(subject) \(attribute)", without.prefix(3).map { Evidence("\(kind.rawValue) without \(attribute)", value: $0.value, location: $0.location) })
    }

    private func vocabulary(_ match: VocabularyMatch) -> CheckOutcome {
        let facts = index.facts(match.kind)
        guard !facts.isEmpty else { return missing(match.kind) }
        let hits = facts.filter { Self.isRecognised($0, match) }
        let ok = match.all ? hits.count == facts.count : !hits.isEmpty
        if ok {
            return .pass("\(match.kind.rawValue) uses a known vocabulary", hits.prefix(3).map { Evidence("recognised \(match.kind.rawValue)", value: $0.value, location: $0.location) })
        }
        let misses = facts.filter { fact in !hits.contains(fact) }
        return .fail("\(match.kind.rawValue) \(misses.prefix(3).map { quote($0.value) }.joined(separator: ", ")) is not from a recognised vocabulary",
                     misses.prefix(3).map { Evidence("unrecognised \(match.kind.rawValue)", value: $0.value, location: $0.location) })
    }

    static func isRecognised(_ fact: Fact, _ match: VocabularyMatch) -> Bool {
        match.attributes.contains { name in
            let candidate: String?
            switch name {
            case "@value": candidate = fact.value
            case "@property": candidate = fact.property
            default: candidate = fact[name]
            }
            guard let lower = candidate?.trimmedLowercased else { return false }
            return match.prefixes.contains { lower.hasPrefix($0) } || match.values.contains(lower)
        }
    }

    private func minCount(_ kind: FactKind, _ count: Int) -> CheckOutcome {
        let facts = index.facts(kind)
        if facts.count >= count {
            return .pass("\(facts.count) \(kind.rawValue) values", found(Array(facts.prefix(3)), kind.rawValue))
        }
        return .fail("only \(facts.count) \(kind.rawValue) values, at least \(count) needed",
                     [Evidence("too few \(kind.rawValue) values", location: facts.last?.location ?? missingHere)])
    }

    private func urlScheme(_ kind: FactKind, _ attribute: String?, _ schemes: [String]) -> CheckOutcome {
        let facts = index.facts(kind)
        guard !facts.isEmpty else { return missing(kind) }
        let links: [(Fact, String)] = facts.compactMap { fact in
            if let attribute { return fact[attribute].map { (fact, $0) } }
            return (fact, ClassifiedIdentifier.classify(fact.value).canonical ?? fact.value)
        }
        guard !links.isEmpty else {
            return .fail("no \(kind.rawValue) has \(attribute ?? "a link")", [Evidence("no link", location: facts[0].location)])
        }
        if let hit = links.first(where: { Self.usesScheme($0.1, schemes) }) {
            return .pass("\(kind.rawValue) link \(quote(hit.1)) uses a standard protocol", [Evidence("link", value: hit.1, location: hit.0.location)])
        }
        return .fail("no \(kind.rawValue) link uses \(schemes.joined(separator: "/")): \(links.prefix(3).map { quote($0.1) }.joined(separator: ", "))",
                     links.prefix(3).map { Evidence("link without a standard protocol", value: $0.1, location: $0.0.location) })
    }

    static func usesScheme(_ link: String, _ schemes: [String]) -> Bool {
        let lower = link.lowercased()
        return schemes.contains { lower.hasPrefix($0 + ":") }
    }

    private func missing(_ kind: FactKind, _ attribute: String?) -> CheckOutcome {
        guard let attribute, index.has(kind) else { return missing(kind) }
        return .fail("no \(kind.rawValue) has \(attribute)", [Evidence("no \(kind.rawValue) \(attribute)", location: index.facts(kind).first?.location ?? missingHere)])
    }

    private func missing(_ kind: FactKind) -> CheckOutcome {
        .fail("no \(kind.rawValue) in the record", [Evidence("no \(kind.rawValue) in the record", location: missingHere)])
    }

    // MARK: combinators

    private func allOf(_ checks: [Check]) -> CheckOutcome {
        let outcomes = checks.map(evaluate)
        let failed = outcomes.filter { $0.verdict == .fail }
        if !failed.isEmpty {
            return .fail(uniqueReasons(failed).joined(separator: "; "), failed.flatMap(\.evidence))
        }
        if let open = outcomes.first(where: \.isOpen) { return open }
        return .pass(outcomes.map(\.reason).joined(separator: "; "), outcomes.flatMap(\.evidence))
    }

    private func anyOf(_ checks: [Check]) -> CheckOutcome {
        var outcomes: [CheckOutcome] = []
        for check in checks {
            let outcome = evaluate(check)
            if outcome.verdict == .pass { return outcome }
            outcomes.append(outcome)
        }
        if let open = outcomes.first(where: \.isOpen) { return open }
        return .fail(uniqueReasons(outcomes).joined(separator: "; or "), Array(outcomes.flatMap(\.evidence).prefix(4)))
    }

    private func uniqueReasons(_ outcomes: [CheckOutcome]) -> [String] {
        // Only a handful of alternatives: a linear scan is cheaper than hashing each reason.
        var unique: [String] = []
        unique.reserveCapacity(outcomes.count)
        for outcome in outcomes where !unique.contains(outcome.reason) { unique.append(outcome.reason) }
        return unique
    }

    private func negate(_ check: Check) -> CheckOutcome {
        let inner = evaluate(check)
        switch inner.verdict {
        case .pass: return .fail("not expected: \(inner.reason)", inner.evidence)
        case .fail: return .pass("as expected, \(inner.reason)", inner.evidence)
        case .notAssessed, .needsAttestation: return inner
        }
    }

    // MARK: record-level

    private var recordHere: [Evidence] { [Evidence("\(record.dialect.rawValue) record", value: record.format.rawValue, location: record.location)] }

    private func dialectIs(_ dialects: [Dialect]) -> CheckOutcome {
        if dialects.contains(record.dialect) { return .pass("the record is \(record.dialect.rawValue)", recordHere) }
        return .fail("the record is \(record.dialect.rawValue), not \(dialects.map(\.rawValue).joined(separator: "/"))", recordHere)
    }

    private func formatIs(_ formats: [DocumentFormat]) -> CheckOutcome {
        if formats.contains(record.format) { return .pass("the document is \(record.format.rawValue)", recordHere) }
        return .fail("the document is \(record.format.rawValue), not \(formats.map(\.rawValue).joined(separator: "/"))", recordHere)
    }

    private func formatIsRDF() -> CheckOutcome {
        if record.dialect.isRDF { return .pass("the record is RDF (\(record.dialect.rawValue))", recordHere) }
        return .fail("the record is \(record.dialect.rawValue), not an RDF-based representation", recordHere)
    }

    private func vocabularyUsed(_ namespaces: [String], _ excluded: [String]) -> CheckOutcome {
        let used = record.vocabularies.filter { Self.counts($0, namespaces: namespaces, excluded: excluded) }
        if used.isEmpty {
            let all = record.vocabularies.isEmpty ? "none" : record.vocabularies.joined(separator: ", ")
            return .fail("no \(namespaces.isEmpty ? "non-default" : "expected") vocabulary namespace used (found: \(all))",
                         [Evidence("vocabularies used", value: all, location: record.location)])
        }
        return .pass("uses \(used.joined(separator: ", "))", [Evidence("vocabulary namespaces", value: used.joined(separator: " "), location: record.location)])
    }

    /// A namespace counts for `vocabulary-used`: one of `namespaces`, or (none given) any outside `excluded`.
    static func counts(_ namespace: String, namespaces: [String], excluded: [String]) -> Bool {
        let lower = namespace.lowercased()
        if namespaces.isEmpty { return !excluded.contains(lower) }
        return namespaces.contains { lower.hasPrefix($0) }
    }

    /// The type's local name (after the last `/`, `#` or `:`) is one of `names`, ignoring case.
    static func isType(_ type: String, of names: [String]) -> Bool {
        let local = type.split(whereSeparator: { "/#:".contains($0) }).last.map(String.init)?.lowercased() ?? type.lowercased()
        return names.contains { $0.lowercased() == local }
    }

    private func typeIs(_ names: [String]) -> CheckOutcome {
        let hits = record.types.filter { Self.isType($0, of: names) }
        if let hit = hits.first { return .pass("typed \(hit)", [Evidence("type", value: hit, location: record.location)]) }
        let found = record.types.isEmpty ? "no type" : record.types.joined(separator: ", ")
        return .fail("the record's type is not \(names.joined(separator: "/")) (\(found))", recordHere)
    }

    private func names(_ kinds: [FactKind], joiner: String = "and") -> String {
        let words = kinds.map(\.rawValue)
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(joiner) " + words.last!
    }

    private func quote(_ s: String) -> String {
        let short = s.count > 60 ? String(s.prefix(57)) + "..." : s
        return "'\(short)'"
    }
}
