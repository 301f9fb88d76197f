/// The subset of SARIF 2.1.0 fairify writes. Property names follow the standard.
struct SARIFLog: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }
}

struct SARIFRun: Encodable {
    var tool: SARIFTool
    var results: [SARIFResult]
    var columnKind = "unicodeCodePoints"
}

struct SARIFTool: Encodable {
    var driver: SARIFDriver
}

struct SARIFDriver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var informationUri: String
    var rules: [SARIFRule]
}

struct SARIFText: Encodable {
    var text: String
    var markdown: String?
}

struct SARIFRule: Encodable {
    var id: String
    var name: String
    var shortDescription: SARIFText
    var fullDescription: SARIFText
    var help: SARIFText
    var helpUri: String
    var defaultConfiguration: SARIFConfiguration
    var properties: SARIFRuleProperties
}

struct SARIFConfiguration: Encodable {
    var level: String
}

struct SARIFRuleProperties: Encodable {
    var tags: [String]
    var principle: String
    var pack: String
}

struct SARIFResult: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: SARIFText
    var locations: [SARIFLocation]
    var partialFingerprints: [String: String]
    var properties: SARIFResultProperties
}

struct SARIFResultProperties: Encodable {
    var status: String
    var earned: Double?
    var total: Double?
    var recordIndex: Int?
    var record: String?
    var recipes: [String]?
}

struct SARIFLocation: Encodable {
    var physicalLocation: SARIFPhysicalLocation
}

struct SARIFPhysicalLocation: Encodable {
    var artifactLocation: SARIFArtifactLocation
    var region: SARIFRegion?
}

struct SARIFArtifactLocation: Encodable {
    var uri: String
}

struct SARIFRegion: Encodable {
    var startLine: Int
    var startColumn: Int?
}
