import FairifyModel

/// The built-in check primitives a metric test is built from (docs/metrics.md lists their YAML forms).
public indirect enum Check: Sendable {
    /// Every listed kind has at least one fact.
    case present([FactKind])
    /// At least one of the listed kinds has a fact.
    case presentAny([FactKind])
    /// Some fact of the kind classifies into one of the identifier schemes.
    case scheme(FactKind, Set<IdentifierScheme>, attribute: String?)
    /// Some fact of the kind is a persistent identifier (DOI, Handle, ARK...; never a plain URL).
    case persistent(FactKind, attribute: String?)
    /// Some fact of the kind (or every fact, when `all`) carries the attribute.
    case attributePresent(FactKind, attribute: String, all: Bool)
    /// Some value of the fact (the listed attributes, `@value` for the value, `@property` for the
    /// source property) starts with one of the prefixes or equals one of the values (case-insensitive).
    case vocabulary(VocabularyMatch)
    /// At least `count` facts of the kind.
    case minCount(FactKind, Int)
    /// Some value (an identifier's canonical form, or the attribute) uses one of the URL schemes.
    case urlScheme(FactKind, attribute: String?, schemes: [String])
    case allOf([Check])
    case anyOf([Check])
    case not(Check)
    case dialectIs([Dialect])
    case formatIs([DocumentFormat])
    /// The record is written in an RDF-based knowledge representation (JSON-LD, RDF/XML...).
    case formatIsRDF
    /// The record uses vocabularies: any of the given namespaces, or (empty list) any namespace
    /// outside `excluded`.
    case vocabularyUsed(namespaces: [String], excluded: [String])
    /// One of the record's types ends with one of the names (`Dataset` matches `http://schema.org/Dataset`).
    case typeIs([String])
    /// Needs the network (resolving an identifier, a registry lookup): never passes or fails offline.
    case needsNetwork(String)
    /// Needs the data content itself: never passes or fails from metadata alone.
    case needsData(String)
    /// Only a steward can say (a repository policy, the data's content): `needs-attestation` until answered.
    case needsAttestation(String)
    /// Distribution files next to the metadata (relative paths) agree with their declared properties;
    /// not assessed when no such file is found.
    case localFiles([LocalFileProperty])
}

public struct VocabularyMatch: Sendable {
    public var kind: FactKind
    public var attributes: [String]
    public var prefixes: [String]
    public var values: [String]
    /// Every fact of the kind must match (otherwise one is enough).
    public var all: Bool
}

public enum LocalFileProperty: String, Sendable, CaseIterable {
    case exists, size, type, checksum
}

/// What a check found: a verdict, plain words, and where.
public struct CheckOutcome: Sendable {
    public enum Verdict: Sendable { case pass, fail, notAssessed, needsAttestation }
    public var verdict: Verdict
    public var reason: String
    public var evidence: [Evidence]

    static func pass(_ reason: String, _ evidence: [Evidence] = []) -> CheckOutcome { .init(verdict: .pass, reason: reason, evidence: evidence) }
    static func fail(_ reason: String, _ evidence: [Evidence] = []) -> CheckOutcome { .init(verdict: .fail, reason: reason, evidence: evidence) }
    static func notAssessed(_ reason: String) -> CheckOutcome { .init(verdict: .notAssessed, reason: reason, evidence: []) }
    /// Neither passed nor failed here: left to the network, the data or a steward.
    var isOpen: Bool { verdict == .notAssessed || verdict == .needsAttestation }
}

extension Check {
    /// The fact kinds a check looks at, for `fairify explain`.
    public var factKinds: [FactKind] {
        switch self {
        case .present(let kinds), .presentAny(let kinds): return kinds
        case .scheme(let kind, _, _), .persistent(let kind, _), .attributePresent(let kind, _, _), .minCount(let kind, _),
             .urlScheme(let kind, _, _):
            return [kind]
        case .vocabulary(let match): return [match.kind]
        case .allOf(let checks), .anyOf(let checks):
            var seen: [FactKind] = []
            for kind in checks.flatMap(\.factKinds) where !seen.contains(kind) { seen.append(kind) }
            return seen
        case .not(let check): return check.factKinds
        case .localFiles: return [.distribution]
        case .dialectIs, .formatIs, .formatIsRDF, .vocabularyUsed, .typeIs, .needsNetwork, .needsData, .needsAttestation: return []
        }
    }

    /// True when the check can never pass or fail offline.
    public var needsOutsideData: Bool {
        switch self {
        case .needsNetwork, .needsData, .needsAttestation: return true
        case .allOf(let checks): return checks.contains { $0.needsOutsideData }
        default: return false
        }
    }
}
