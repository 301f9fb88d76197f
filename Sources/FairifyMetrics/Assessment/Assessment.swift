import FairifyModel

/// The outcome of one test or metric.
public enum ResultStatus: String, Sendable, Codable, CaseIterable {
    case pass
    case partial
    case fail
    /// Needs the network or the data files, which a local run does not have. Never a pass or a fail.
    case notAssessed = "not-assessed"
    /// Cannot be measured from metadata; a steward must attest it (issue 5).
    case needsAttestation = "needs-attestation"
    case error
}

/// Something found (or looked for and missing) that supports a result, with where it is.
public struct Evidence: Sendable, Codable, Hashable {
    public var message: String
    public var value: String?
    public var location: SourceLocation?

    public init(_ message: String, value: String? = nil, location: SourceLocation? = nil) {
        self.message = message
        self.value = value
        self.location = location
    }
}

/// A steward's answer for an indicator that metadata cannot show.
public struct Attestation: Sendable, Codable, Hashable {
    public var status: ResultStatus
    public var justification: String
    public var evidenceURL: String?
    public var by: String?
    public var date: String?

    public init(status: ResultStatus, justification: String, evidenceURL: String? = nil, by: String? = nil, date: String? = nil) {
        self.status = status
        self.justification = justification
        self.evidenceURL = evidenceURL
        self.by = by
        self.date = date
    }
}

public struct TestResult: Sendable, Codable {
    public var id: String
    public var name: String
    public var status: ResultStatus
    public var earned: Double
    public var total: Double
    public var maturity: Int?
    /// Why it passed or failed and what supports it (`reason`, `evidence`), written on demand.
    var explanation: TestExplanation
    /// Recipe ids that would fix a failure.
    public var recipes: [String]
    /// Set when the result comes from a steward's attestation rather than a measurement.
    public var attestation: Attestation?

    public init(id: String, name: String, status: ResultStatus, earned: Double, total: Double, maturity: Int? = nil,
                reason: String, evidence: [Evidence] = [], recipes: [String] = [], attestation: Attestation? = nil) {
        self.init(id: id, name: name, status: status, earned: earned, total: total, maturity: maturity,
                  explanation: .text(reason: reason, evidence: evidence), recipes: recipes)
        self.attestation = attestation
    }

    init(id: String, name: String, status: ResultStatus, earned: Double, total: Double, maturity: Int?,
         explanation: TestExplanation, recipes: [String]) {
        self.id = id
        self.name = name
        self.status = status
        self.earned = earned
        self.total = total
        self.maturity = maturity
        self.explanation = explanation
        self.recipes = recipes
        self.attestation = nil
    }
}

public struct MetricResult: Sendable, Codable {
    public var id: String
    /// FAIR principle, such as "F1" or "R1.1".
    public var principle: String
    public var name: String
    /// "metadata" or "data".
    public var target: String
    public var status: ResultStatus
    public var earned: Double
    public var total: Double
    /// Highest maturity among the passed tests (0 when none passed).
    public var maturity: Int
    /// Pack-specific extra, such as an RDA priority ("Essential") or a DSM level.
    public var priority: String?
    public var tests: [TestResult]
    public var recipes: [String]
    /// Points of the tests that could be assessed here (not `not-assessed`).
    public var assessableTotal: Double?
    /// Set when the user's configuration ignores this metric: the reason given. Ignored metrics
    /// count in no summary.
    public var ignored: String?

    public init(id: String, principle: String, name: String, target: String, status: ResultStatus, earned: Double,
                total: Double, maturity: Int, priority: String? = nil, tests: [TestResult], recipes: [String],
                assessableTotal: Double? = nil, ignored: String? = nil) {
        self.assessableTotal = assessableTotal
        self.ignored = ignored
        self.id = id
        self.principle = principle
        self.name = name
        self.target = target
        self.status = status
        self.earned = earned
        self.total = total
        self.maturity = maturity
        self.priority = priority
        self.tests = tests
        self.recipes = recipes
    }
}

/// Points per principle ("F1"), per area ("F") or overall ("FAIR").
public struct ScoreSummary: Sendable, Codable {
    public var key: String
    public var earned: Double
    /// All points, assessable or not.
    public var total: Double
    /// Points of the tests that could be assessed here (not `not-assessed`).
    public var assessableTotal: Double
    public var maturity: Int?
    /// The maturity as a fraction where the pack computes one (F-UJI's overall FAIR level, e.g. 1.75).
    public var maturityScore: Double?

    public init(key: String, earned: Double, total: Double, assessableTotal: Double, maturity: Int? = nil, maturityScore: Double? = nil) {
        self.maturityScore = maturityScore
        self.key = key
        self.earned = earned
        self.total = total
        self.assessableTotal = assessableTotal
        self.maturity = maturity
    }

    /// Share of the assessable points earned (0 when nothing was assessable).
    public var score: Double { assessableTotal > 0 ? earned / assessableTotal : 0 }
    /// Share of all points earned.
    public var scoreOverAll: Double { total > 0 ? earned / total : 0 }
}

/// One pack's verdict on one record.
public struct PackAssessment: Sendable, Codable {
    public var packID: String
    public var packName: String
    public var packVersion: String
    public var metrics: [MetricResult]
    /// Per principle, in F1...R1.3 order.
    public var principles: [ScoreSummary]
    /// Per area: F, A, I, R.
    public var areas: [ScoreSummary]
    public var total: ScoreSummary
    /// Framework levels a pack defines (RDA level per area, DSM level per category...), by name.
    public var levels: [String: Int]

    public init(packID: String, packName: String, packVersion: String, metrics: [MetricResult], principles: [ScoreSummary],
                areas: [ScoreSummary], total: ScoreSummary, levels: [String: Int] = [:]) {
        self.packID = packID
        self.packName = packName
        self.packVersion = packVersion
        self.metrics = metrics
        self.principles = principles
        self.areas = areas
        self.total = total
        self.levels = levels
    }
}

/// A short description of the assessed record, enough for reports without the facts.
public struct RecordSummary: Sendable, Codable {
    public var file: String
    public var index: Int
    public var label: String
    public var title: String?
    public var format: DocumentFormat
    public var dialect: Dialect
    public var location: SourceLocation

    public init(file: String, index: Int, label: String, title: String?, format: DocumentFormat, dialect: Dialect, location: SourceLocation) {
        self.file = file
        self.index = index
        self.label = label
        self.title = title
        self.format = format
        self.dialect = dialect
        self.location = location
    }

    public init(_ record: Record) {
        self.init(file: record.file, index: record.index, label: record.label, title: record.first(.title)?.value,
                  format: record.format, dialect: record.dialect, location: record.location)
    }
}

/// Everything `fairify assess` says about one record; `--format json` is this, versioned.
public struct RecordAssessment: Sendable, Codable {
    public var record: RecordSummary
    /// SHA-256 of the input file's bytes.
    public var inputSHA256: String
    public var packs: [PackAssessment]

    public init(record: RecordSummary, inputSHA256: String, packs: [PackAssessment]) {
        self.record = record
        self.inputSHA256 = inputSHA256
        self.packs = packs
    }
}

/// The top-level JSON document of `fairify assess --format json`.
public struct AssessmentReport: Sendable, Codable {
    /// Bumped whenever the JSON shape changes incompatibly.
    public static let currentSchemaVersion = "1.0"

    public var schemaVersion: String
    public var tool: String
    public var toolVersion: String
    public var timestamp: String?
    public var assessments: [RecordAssessment]
    /// Inputs that could not be read, as one-line diagnostics.
    public var errors: [Diagnostic]

    public init(toolVersion: String, timestamp: String? = nil, assessments: [RecordAssessment], errors: [Diagnostic] = []) {
        self.schemaVersion = AssessmentReport.currentSchemaVersion
        self.tool = "fairify"
        self.toolVersion = toolVersion
        self.timestamp = timestamp
        self.assessments = assessments
        self.errors = errors
    }
}
