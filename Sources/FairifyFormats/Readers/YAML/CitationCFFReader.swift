import Foundation

/// CITATION.cff (Citation File Format 1.x), read from its YAML as a `JSONValue`.
public enum CitationCFFReader {
    public static func matches(_ document: JSONValue) -> Bool {
        document["cff-version"] != nil
    }

    public static func read(document: JSONValue, file: String, format: DocumentFormat = .yaml) -> ReadResult {
        CitationCFFRecordBuilder.read(document, file: file, format: format, dialect: .citationCFF)
    }
}

struct CitationCFFRecordBuilder: SingleRecordBuilder {
    var sink: FactSink

    mutating func record(from node: Located, file: String, format: DocumentFormat) -> Record {
        identifiers(node)
        if let title = node.member("title") { sink.add(.title, title.text, at: title, property: "title") }
        if let abstract = node.member("abstract") { sink.add(.description, abstract.text, at: abstract, property: "abstract") }
        for author in node.member("authors")?.list ?? [] { agent(.creator, author, property: "authors") }
        for contributor in node.member("contributors")?.list ?? [] { agent(.contributor, contributor, property: "contributors") }
        if let version = node.member("version") { sink.add(.version, version.text, at: version, property: "version") }
        if let released = node.member("date-released") { sink.add(.dateIssued, released.text, at: released, property: "date-released") }
        for keyword in node.member("keywords")?.list ?? [] { sink.add(.keyword, keyword.text, at: keyword, property: "keywords") }
        licenses(node)
        if let type = node.member("type") { sink.add(.resourceType, type.text, at: type, property: "type") }
        for key in ["repository-code", "repository", "repository-artifact", "url"] {
            if let link = node.member(key) { sink.add(.relatedResource, link.text, at: link, property: key, [FactAttribute.relationType: key]) }
        }
        for reference in node.member("references")?.list ?? [] { related(reference, relation: "references", property: "references") }
        if let preferred = node.member("preferred-citation") { related(preferred, relation: "preferred-citation", property: "preferred-citation") }
        let cffVersion = node.member("cff-version")
        if let cffVersion, let version = cffVersion.text {
            sink.add(.conformsTo, "https://citation-file-format.github.io/\(version)/", at: cffVersion, property: "cff-version", [FactAttribute.schemaVersion: version])
        }
        return Record(
            file: file, index: 0, format: format, dialect: .citationCFF, dialectVersion: cffVersion?.text,
            location: node.location(in: file), types: [node.text("type") ?? "software"], facts: sink.facts,
            vocabularies: ["https://citation-file-format.github.io/"]
        )
    }

    private mutating func identifiers(_ node: Located) {
        if let doi = node.member("doi") { sink.identifier(doi.text, declared: "doi", at: doi, property: "doi") }
        for entry in node.member("identifiers")?.list ?? [] {
            let type = entry.text("type")
            guard ClassifiedIdentifier.classify(entry.text("value") ?? "").value != node.text("doi") else { continue }
            sink.identifier(entry.text("value"), declared: type, at: entry, property: "identifiers")
        }
    }

    private mutating func licenses(_ node: Located) {
        for license in node.member("license")?.list ?? [] {
            sink.add(.license, license.text, at: license, property: "license", [FactAttribute.spdx: license.text.flatMap { RightsVocabulary.spdxIRI($0) == nil ? nil : $0 }, FactAttribute.iri: license.text.flatMap(RightsVocabulary.spdxIRI)])
        }
        if let url = node.member("license-url") {
            sink.add(.license, url.text, at: url, property: "license-url", [FactAttribute.iri: url.text, FactAttribute.spdx: url.text.flatMap(RightsVocabulary.spdxID(fromIRI:))])
        }
    }

    private mutating func agent(_ kind: FactKind, _ node: Located, property: String) {
        let given = node.text("given-names"), family = node.text("family-names")
        let particle = node.text("name-particle")
        let personName = [given, particle, family].compactMap { $0 }.joined(separator: " ")
        let name = node.text("name") ?? (personName.isEmpty ? nil : personName)
        let orcid = node.text("orcid").map(ClassifiedIdentifier.classify).flatMap(\.canonical)
        let isPerson = given != nil || family != nil
        sink.add(kind, name ?? node.text("alias"), at: node, property: property, [
            FactAttribute.name: name, FactAttribute.givenName: given, FactAttribute.familyName: family, FactAttribute.orcid: orcid,
            FactAttribute.affiliation: node.text("affiliation"), FactAttribute.agentType: isPerson ? "person" : (node.text("name") != nil ? "organization" : nil),
            FactAttribute.ror: node.text("ror"),
        ])
    }

    private mutating func related(_ reference: Located, relation: String, property: String) {
        let target = reference.text("doi") ?? reference.text("url") ?? reference.text("repository-code") ?? reference.text("title")
        let scheme = target.map(ClassifiedIdentifier.classify)?.scheme.rawValue
        sink.add(.relatedResource, target, at: reference, property: property, [
            FactAttribute.relationType: relation, FactAttribute.targetScheme: scheme, FactAttribute.name: reference.text("title"),
        ])
    }
}
