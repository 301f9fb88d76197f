import FairifyModel

/// How far a recipe may change what a steward wrote.
public enum RecipeSafety: String, Sendable, Codable, CaseIterable {
    /// Only normalises or completes what is already there; never changes meaning.
    case safe
    /// Needs values only a person knows (an ORCID, a licence); runs only when they are given.
    case needsInput = "needs-input"
    /// Changes meaning (e.g. picks a value); never applied by `--all-safe`.
    case unsafe
}

/// The kinds of graph change a recipe makes, as declared in its YAML.
public enum RecipeOperationKind: String, Sendable, Codable, CaseIterable {
    case add, set, normalise, rename, deduplicate, convert
}

/// One declared change: which fact kind it touches. Facts of a named kind may be replaced;
/// any other fact must survive the recipe unchanged (a tested guarantee).
public struct RecipeOperation: Sendable, Codable, Hashable {
    public var kind: RecipeOperationKind
    public var fact: FactKind
    public var note: String?
}

public enum ParameterType: String, Sendable, Codable, CaseIterable {
    case string, iri, orcid, ror, license, date, language, path, list, accessRights = "access-rights", integer
}

public struct RecipeParameter: Sendable, Codable, Hashable {
    public var name: String
    public var type: ParameterType
    public var required: Bool
    public var defaultValue: String?
    public var help: String
}

/// A before/after pair that runs as a test: applying the recipe to `before` must give `after`.
public struct RecipeExample: Sendable, Codable {
    public static let formats = ["json-ld", "datacite-xml", "yaml-ld", "datacite-json", "cff", "datapackage", "dublin-core", "eml", "iso19139", "rdf-dcat", "turtle"]
    /// One of `formats`.
    public var format: String
    public var params: [String: String]
    public var before: String
    public var after: String
    /// Files written next to the example document before it runs (mapping files, data files).
    public var files: [String: String]
    public var line: Int
}

/// A FAIRification recipe, loaded from `Recipes/<id>.yaml`.
public struct Recipe: Sendable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    /// FAIR Cookbook recipe ids (FCBnnn) this recipe puts into practice; empty when none fits.
    public var cookbook: [String]
    /// Metric and test ids, across packs, whose score the recipe can raise.
    public var indicators: [String]
    public var safety: RecipeSafety
    public var parameters: [RecipeParameter]
    public var operations: [RecipeOperation]
    public var examples: [RecipeExample]
    /// The file the recipe was loaded from, for messages.
    public var source: String

    /// Fact kinds the recipe may replace or extend.
    public var touchedFacts: Set<FactKind> { Set(operations.map(\.fact)) }

    public func improves(_ indicator: String) -> Bool {
        let wanted = indicator.lowercased()
        return indicators.contains { id in
            let lower = id.lowercased()
            return lower == wanted || lower.hasPrefix(wanted + "-") || wanted.hasPrefix(lower + "-")
        }
    }
}
