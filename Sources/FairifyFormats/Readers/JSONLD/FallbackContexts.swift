import FairifyModel

/// Contexts applied before a document's own when one of its remote contexts cannot be loaded
/// offline, so its terms are still read (the reader warns that it did so).
enum FallbackContexts {
    static func context(for dialect: Dialect?) -> JSONValue {
        switch dialect {
        case .dats: return dats
        case .codeMeta: return codeMetaV1
        default: return ["@vocab": .string(NS.schema)]
        }
    }

    static func note(for dialect: Dialect?) -> String {
        switch dialect {
        case .dats: return "terms of the unloaded DATS contexts were read with fairify's built-in DATS-to-schema.org mapping"
        default: return "terms of the unloaded contexts were read as schema.org terms; map the context with --context-map for an exact reading"
        }
    }

    /// CodeMeta 1.0 used schema.org names for most terms; these two are its own.
    static let codeMetaV1: JSONValue = [
        "@vocab": .string(NS.schema),
        "agents": .string(NS.codemetaV1 + "agents"),
        "title": .string(NS.codemetaV1 + "title"),
    ]

    /// DATS terms onto schema.org, as DATS's own schema.org contexts map them; DATS-only
    /// terms go to the `https://w3id.org/dats/schema/` namespace.
    static let dats: JSONValue = {
        var pairs: [(String, JSONValue)] = [("sdo", .string(NS.schema)), ("dats", .string(NS.dats))]
        let schemaTerms: [(String, String)] = [
            ("title", "name"), ("name", "name"), ("description", "description"), ("identifier", "identifier"),
            ("identifierSource", "propertyID"), ("creators", "creator"), ("distributions", "distribution"),
            ("licenses", "license"), ("keywords", "keywords"), ("types", "additionalType"), ("version", "version"),
            ("isAbout", "about"), ("storedIn", "includedInDataCatalog"), ("spatialCoverage", "spatialCoverage"),
            ("firstName", "givenName"), ("lastName", "familyName"), ("fullName", "name"), ("email", "email"),
            ("affiliations", "affiliation"), ("roles", "roleName"), ("abbreviation", "alternateName"),
            ("value", "name"), ("valueIRI", "url"), ("funders", "funder"), ("formats", "encodingFormat"),
            ("size", "contentSize"), ("accessURL", "contentUrl"), ("downloadURL", "contentUrl"), ("landingPage", "url"),
            ("Dataset", "Dataset"), ("Person", "Person"), ("Organization", "Organization"), ("Project", "ResearchProject"),
            ("Grant", "Grant"), ("Identifier", "PropertyValue"), ("Annotation", "DefinedTerm"),
            ("DatasetDistribution", "DataDownload"), ("DataRepository", "DataCatalog"), ("Place", "Place"),
            ("Publication", "ScholarlyArticle"), ("Software", "SoftwareSourceCode"),
        ]
        pairs += schemaTerms.map { ($0.0, .string("sdo:" + $0.1)) }
        let datsTerms = ["dates", "date", "type", "acknowledges", "fundedBy", "primaryPublications", "citations",
                         "relatedIdentifiers", "producedBy", "alternateIdentifiers", "access", "projectLeads",
                         "startDate", "endDate", "projectWebsite", "Date"]
        pairs += datsTerms.map { ($0, .string("dats:" + $0)) }
        return .object(pairs)
    }()
}
