import Foundation

/// Catalogue of Life Data Package (ColDP) `metadata.yaml`: the current form (CSL-like persons
/// under `creator`, `editor`, `contributor`, `contact`, `publisher`) and the older one
/// (`authorsAndEditors`, `organisations`, `released`, `website`, `contact` as text).
public enum ColDPReader {
    static let typicalKeys = ["alias", "authorsAndEditors", "organisations", "taxonomicScope", "geographicScope", "temporalScope",
                              "confidence", "completeness", "released", "logo", "editor", "website"]

    public static func matches(_ document: JSONValue, name: String = "") -> Bool {
        guard let object = document.objectValue, object["title"] != nil else { return false }
        let hits = typicalKeys.filter { object[$0] != nil }.count
        let named = name.lowercased().hasSuffix("metadata.yaml") || name.lowercased().hasSuffix("metadata.yml")
        return hits >= 2 || (named && hits >= 1)
    }

    public static func read(document: JSONValue, file: String, format: DocumentFormat = .yaml) -> ReadResult {
        ColDPRecordBuilder.read(document, file: file, format: format, dialect: .coldp)
    }
}

struct ColDPRecordBuilder: SingleRecordBuilder {
    var sink: FactSink

    mutating func record(from node: Located, file: String, format: DocumentFormat) -> Record {
        identifiers(node)
        if let title = node.member("title") { sink.add(.title, title.text, at: title, property: "title") }
        if let alias = node.member("alias") { sink.add(.title, alias.text, at: alias, property: "alias", ["titleType": "alias"]) }
        if let description = node.member("description") { sink.add(.description, description.text, at: description, property: "description") }
        agents(node)
        let simple: [(String, FactKind)] = [("issued", .dateIssued), ("released", .dateIssued), ("version", .version),
                                            ("geographicScope", .spatialCoverage), ("temporalScope", .temporalCoverage)]
        for (key, kind) in simple {
            if let value = node.member(key) { sink.add(kind, value.text, at: value, property: key) }
        }
        for keyword in node.member("keywords")?.list ?? [] { sink.add(.keyword, keyword.text, at: keyword, property: "keywords") }
        if let scope = node.member("taxonomicScope") { sink.add(.subject, scope.text, at: scope, property: "taxonomicScope", [FactAttribute.scheme: "taxonomicScope"]) }
        license(node)
        for key in ["url", "website"] {
            if let link = node.member(key) { sink.add(.relatedResource, link.text, at: link, property: key, [FactAttribute.relationType: "landingPage", FactAttribute.url: link.text]) }
        }
        if let citation = node.member("citation") {
            sink.add(.relatedResource, citation.text, at: citation, property: "citation", [FactAttribute.relationType: "preferred-citation"])
        }
        for source in node.member("source")?.list ?? [] {
            let target = source.text("doi", "url", "title", "citation") ?? source.text
            sink.add(.provenance, target, at: source, property: "source", [FactAttribute.relationType: "wasDerivedFrom", FactAttribute.name: source.text("title")])
        }
        let root = node.location(in: file)
        sink.add(.conformsTo, "Catalogue of Life Data Package (ColDP)", at: node, property: "metadata.yaml", [FactAttribute.iri: "https://github.com/CatalogueOfLife/coldp"])
        return Record(file: file, index: 0, format: format, dialect: .coldp, location: root, types: ["Dataset"], facts: sink.facts,
                      vocabularies: ["https://github.com/CatalogueOfLife/coldp"])
    }

    private mutating func identifiers(_ node: Located) {
        if let doi = node.member("doi") { sink.identifier(doi.text, declared: "doi", at: doi, property: "doi") }
        guard let identifiers = node.member("identifier"), let object = identifiers.value.objectValue else { return }
        for key in object.keys {
            if let value = identifiers.member(key) { sink.identifier(value.text, declared: key, at: value, property: "identifier/" + key) }
        }
    }

    private mutating func agents(_ node: Located) {
        let roles: [(key: String, kind: FactKind, role: String?)] = [
            ("creator", .creator, nil), ("authorsAndEditors", .creator, nil), ("editor", .contributor, "editor"),
            ("contributor", .contributor, nil), ("contact", .contributor, "contactPoint"), ("publisher", .publisher, nil),
            ("organisations", .contributor, "organisation"),
        ]
        for (key, kind, role) in roles {
            for agent in node.member(key)?.list ?? [] { self.agent(kind, agent, role: role, property: key) }
        }
    }

    /// A person or organisation: a mapping (`given`, `family`, `orcid`, `organisation`, `email`)
    /// or, in older files, text such as `Richard Moe <rlmoe@example.org>`.
    private mutating func agent(_ kind: FactKind, _ node: Located, role: String?, property: String) {
        let given = node.text("given"), family = node.text("family")
        let personName = [given, family].compactMap { $0 }.joined(separator: " ")
        let organisation = node.text("organisation", "organization")
        var name = node.text("name") ?? (personName.isEmpty ? organisation : personName)
        var email = node.text("email")
        if let text = node.text, let open = text.firstIndex(of: "<"), text.hasSuffix(">") {
            name = text[..<open].trimmingCharacters(in: .whitespaces)
            email = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        } else if name == nil {
            name = node.text
        }
        let orcid = node.text("orcid").map(ClassifiedIdentifier.classify).flatMap(\.canonical)
        let isOrganisation = personName.isEmpty && node.text("name") == nil && organisation != nil || role == "organisation"
        sink.add(kind, name, at: node, property: property, [
            FactAttribute.name: name, FactAttribute.givenName: given, FactAttribute.familyName: family, FactAttribute.orcid: orcid,
            FactAttribute.affiliation: personName.isEmpty ? nil : organisation, FactAttribute.role: node.text("role") ?? role,
            FactAttribute.agentType: isOrganisation ? "organization" : (given != nil || family != nil || orcid != nil ? "person" : nil),
            FactAttribute.ror: node.text("rorid", "ror"), "email": email, FactAttribute.url: node.text("url"),
        ])
    }

    private mutating func license(_ node: Located) {
        guard let license = node.member("license"), let text = license.text else { return }
        let spdx = SPDXLicense.identify(text) ?? (text.uppercased() == "CC0" ? "CC0-1.0" : nil)
        let iri = text.hasPrefix("http") ? text : spdx.flatMap(RightsVocabulary.spdxIRI)
        sink.add(.license, text, at: license, property: "license", [FactAttribute.spdx: spdx, FactAttribute.iri: iri])
    }
}
