import Foundation

/// Frictionless Data Package descriptors (`datapackage.json`, `datapackage.yaml`), v1 and v2.
public enum DataPackageReader {
    public static func matches(_ document: JSONValue) -> Bool {
        guard let object = document.objectValue else { return false }
        if let profile = (object["profile"] ?? object["$schema"])?.stringValue, profile.contains("data-package") { return true }
        return object["resources"]?.arrayValue != nil
    }

    public static func read(document: JSONValue, file: String, format: DocumentFormat = .json) -> ReadResult {
        DataPackageRecordBuilder.read(document, file: file, format: format, dialect: .dataPackage)
    }
}

struct DataPackageRecordBuilder: SingleRecordBuilder {
    var sink: FactSink

    mutating func record(from node: Located, file: String, format: DocumentFormat) -> Record {
        if let id = node.member("id") { sink.identifier(id.text, at: id, property: "id") }
        if let name = node.member("name") { sink.add(.identifier, name.text, at: name, property: "name", [FactAttribute.scheme: IdentifierScheme.local.rawValue]) }
        if let title = node.member("title") { sink.add(.title, title.text, at: title, property: "title") }
        if let description = node.member("description") { sink.add(.description, description.text, at: description, property: "description") }
        if let version = node.member("version") { sink.add(.version, version.text, at: version, property: "version") }
        if let created = node.member("created") { sink.add(.dateCreated, created.text, at: created, property: "created") }
        if let homepage = node.member("homepage") { sink.add(.relatedResource, homepage.text, at: homepage, property: "homepage", [FactAttribute.relationType: "homepage"]) }
        for keyword in node.member("keywords")?.list ?? [] { sink.add(.keyword, keyword.text, at: keyword, property: "keywords") }
        licenses(node)
        for resource in node.member("resources")?.list ?? [] { distribution(resource) }
        for source in node.member("sources")?.list ?? [] {
            sink.add(.provenance, source.text("path", "title") ?? source.text, at: source, property: "sources", [FactAttribute.relationType: "wasDerivedFrom", FactAttribute.name: source.text("title")])
        }
        for contributor in node.member("contributors")?.list ?? [] { agent(contributor) }
        let profile = node.member("$schema") ?? node.member("profile")
        if let profile { sink.add(.conformsTo, profile.text, at: profile, property: profile.path.dropFirst().description) }
        return Record(
            file: file, index: 0, format: format, dialect: .dataPackage, dialectVersion: node.member("$schema") != nil ? "2" : "1",
            location: node.location(in: file), types: ["DataPackage"], facts: sink.facts,
            vocabularies: ["https://specs.frictionlessdata.io/data-package/"]
        )
    }

    private mutating func licenses(_ node: Located) {
        for license in node.member("licenses", "license")?.list ?? [] {
            let name = license.text("name") ?? license.text
            let path = license.text("path")
            let spdx = name.flatMap { RightsVocabulary.spdxIRI($0) != nil ? $0 : nil } ?? path.flatMap(RightsVocabulary.spdxID(fromIRI:))
            sink.add(.license, path ?? name ?? license.text("title"), at: license, property: "licenses", [
                FactAttribute.iri: path ?? spdx.flatMap(RightsVocabulary.spdxIRI), FactAttribute.spdx: spdx, FactAttribute.name: license.text("title"),
            ])
        }
    }

    private mutating func distribution(_ resource: Located) {
        let paths = (resource.member("path")?.list ?? []).compactMap(\.text)
        let hash = resource.text("hash").map(ChecksumText.split)
        let value = paths.first ?? resource.text("name") ?? (resource.member("data") != nil ? "inline data" : nil)
        sink.add(.distribution, value, at: resource, property: "resources", [
            FactAttribute.url: paths.first, FactAttribute.name: resource.text("name"), FactAttribute.format: resource.text("format"),
            FactAttribute.mediaType: resource.text("mediatype", "mediaType"), FactAttribute.size: resource.text("bytes"),
            FactAttribute.checksum: hash?.value, FactAttribute.checksumAlgorithm: hash.map { $0.algorithm ?? "md5" },
        ])
    }

    private mutating func agent(_ node: Located) {
        let roles = ((node.member("roles")?.list ?? []) + (node.member("role")?.list ?? [])).compactMap(\.text).map { $0.lowercased() }
        let name = node.text("title") ?? [node.text("givenName"), node.text("familyName")].compactMap { $0 }.joined(separator: " ")
        let kind: FactKind = roles.contains { ["author", "creator"].contains($0) } ? .creator : roles.contains("publisher") ? .publisher : .contributor
        let path = node.text("path")
        let orcid = path.map(ClassifiedIdentifier.classify).flatMap { $0.scheme == .orcid ? $0.canonical : nil }
        sink.add(kind, name, at: node, property: "contributors", [
            FactAttribute.name: name, FactAttribute.givenName: node.text("givenName"), FactAttribute.familyName: node.text("familyName"),
            FactAttribute.orcid: orcid, FactAttribute.affiliation: node.text("organization"), FactAttribute.role: roles.first,
            FactAttribute.agentType: node.text("givenName") != nil || orcid != nil ? "person" : nil,
        ])
    }
}
