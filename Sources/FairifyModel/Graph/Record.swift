/// The syntax a file is written in.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case json
    case jsonLD = "json-ld"
    case xml
    case html
    case yaml
    case turtle
}

/// The metadata schema a record follows. Raw values are the names users see and type.
public enum Dialect: String, Sendable, Codable, CaseIterable {
    case schemaOrg = "schemaorg"
    case roCrate = "ro-crate"
    case codeMeta = "codemeta"
    case croissant
    case dcat
    case dats
    case jsonLD = "json-ld"
    case dataCiteXML = "datacite-xml"
    case dataCiteJSON = "datacite-json"
    case dublinCore = "dublin-core"
    case rdfXML = "rdf-xml"
    case eml
    case ddi = "ddi-codebook"
    case iso19115 = "iso19115"
    case dataPackage = "datapackage"
    case citationCFF = "cff"
    /// Triples in Turtle or N-Triples that are not DCAT (schema.org, DCMI or other vocabularies).
    case turtle
    /// Zenodo's legacy REST API record JSON.
    case zenodo
    /// Catalogue of Life Data Package (ColDP) `metadata.yaml`.
    case coldp

    /// True when the record is expressed in an RDF-based knowledge representation language.
    public var isRDF: Bool {
        switch self {
        case .schemaOrg, .roCrate, .codeMeta, .croissant, .dcat, .dats, .jsonLD, .rdfXML, .turtle: return true
        default: return false
        }
    }
}

/// One described resource (usually a dataset) and the facts read about it.
public struct Record: Sendable, Codable {
    /// The file the record came from (`-` for standard input).
    public var file: String
    /// Position of the record among the records of its file, from 0.
    public var index: Int
    public var format: DocumentFormat
    public var dialect: Dialect
    /// The dialect's version when declared (DataCite kernel "4.3", RO-Crate "1.1", EML "2.2.0").
    public var dialectVersion: String?
    /// Where the record starts in its file.
    public var location: SourceLocation
    /// The record's types as IRIs (`http://schema.org/Dataset`) or names (`Dataset`).
    public var types: [String]
    public var facts: [Fact]
    /// Namespace IRIs of the properties and types the record uses, sorted and unique.
    public var vocabularies: [String]
    /// Warnings met while reading (unknown remote context, duplicate key...).
    public var diagnostics: [Diagnostic]

    public init(
        file: String, index: Int = 0, format: DocumentFormat, dialect: Dialect, dialectVersion: String? = nil,
        location: SourceLocation, types: [String] = [], facts: [Fact] = [], vocabularies: [String] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.file = file
        self.index = index
        self.format = format
        self.dialect = dialect
        self.dialectVersion = dialectVersion
        self.location = location
        self.types = types
        self.facts = facts
        self.vocabularies = vocabularies
        self.diagnostics = diagnostics
    }

    public func facts(_ kind: FactKind) -> [Fact] { facts.filter { $0.kind == kind } }
    public func first(_ kind: FactKind) -> Fact? { facts.first { $0.kind == kind } }
    public func has(_ kind: FactKind) -> Bool { facts.contains { $0.kind == kind } }

    /// A short label for listings: the first identifier, else the title, else file#index.
    public var label: String {
        first(.identifier)?.value ?? first(.title)?.value ?? "\(file)#\(index)"
    }
}

/// What reading one input gave: its format and the records found in it.
public struct ReadResult: Sendable {
    public var file: String
    public var format: DocumentFormat
    public var dialect: Dialect
    public var records: [Record]
    public var diagnostics: [Diagnostic]

    public init(file: String, format: DocumentFormat, dialect: Dialect, records: [Record], diagnostics: [Diagnostic] = []) {
        self.file = file
        self.format = format
        self.dialect = dialect
        self.records = records
        self.diagnostics = diagnostics
    }
}
