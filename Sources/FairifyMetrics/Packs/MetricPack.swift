import FairifyModel

/// A set of metrics read from a pack file (Metrics/<id>.yaml or a user's `--pack-file`).
public struct MetricPack: Sendable {
    public var id: String
    public var name: String
    public var version: String
    /// The specification the pack implements (a DOI or URL).
    public var reference: String
    /// How area and overall maturity are derived (see `MaturityMethod`).
    public var maturity: MaturityMethod
    public var description: String
    public var metrics: [MetricDefinition]
    /// The file the pack was read from (`Metrics/fsf-0.5.yaml` when embedded).
    public var source: String
    /// The framework levels the pack reports (`levels: rda|dsm`, docs/frameworks.md).
    public var levels: FrameworkLevels.Scheme? = nil

    public func metric(_ id: String) -> MetricDefinition? { metrics.first { $0.id == id } }
}

/// How a pack turns metric maturities into area (F/A/I/R) maturities.
public enum MaturityMethod: String, Sendable, CaseIterable {
    /// F-UJI: the mean of the metric maturities, rounded half to even, any mean in (0, 1) counting as 1;
    /// the overall level is the mean of the four area levels.
    case fujiMean = "fuji-mean"
    /// No maturity levels (points only).
    case none
}

/// How a metric's tests add up.
public enum TestScoring: String, Sendable, CaseIterable {
    /// Points of every passed test are added (capped at the metric's total).
    case cumulative
    /// Tests are alternatives: the best passed test gives the points.
    case alternative
}

public struct MetricDefinition: Sendable {
    public var id: String
    /// FAIR principle such as F1 or R1.3.
    public var principle: String
    public var name: String
    public var description: String
    /// "metadata", "data" or "metadata+data".
    public var target: String
    public var scoring: TestScoring
    /// The metric's total points.
    public var points: Double
    /// Pack-specific extra, such as an RDA priority.
    public var priority: String?
    public var tests: [TestDefinition]
    public var recipes: [String]
    public var examples: [MetricExample]
    /// Where the metric is defined in its pack file.
    public var location: SourceLocation
    /// Ids of the matching indicators in other packs (the crosswalk `fairify explain` shows).
    public var counterparts: [String] = []
    /// How fairify stands in offline for a check the original runs online (FAIRsharing, a web search).
    public var offlineEquivalent: String? = nil

    /// F, A, I or R.
    public var area: String { String(principle.prefix(1)) }
}

public struct TestDefinition: Sendable {
    public var id: String
    public var name: String
    public var points: Double
    public var maturity: Int?
    public var check: Check
    public var recipes: [String]
    /// Plain words shown when the test fails, in addition to what the check found.
    public var hint: String?
    public var location: SourceLocation
}

/// A small document that a metric must score in a given way; every example runs as a test.
public struct MetricExample: Sendable {
    public var name: String
    /// File name handed to the reader (its extension is only a hint).
    public var fileName: String
    public var document: String
    /// Expected metric status.
    public var expect: ResultStatus
    /// Expected status of single tests, by test id.
    public var tests: [String: ResultStatus]
    public var location: SourceLocation
}
