import Foundation

/// Zenodo's legacy REST API record (`/api/records/ID`): deposit-level keys (`doi`, `files`,
/// `links`, `created`) around a `metadata` object; a search response holds them in `hits.hits`.
public enum ZenodoReader {
    public static func matches(_ document: JSONValue) -> Bool {
        if let hits = document["hits"]?["hits"]?.arrayValue { return !hits.isEmpty && hits.allSatisfy(isRecord) }
        return isRecord(document)
    }

    static func isRecord(_ value: JSONValue) -> Bool {
        guard let metadata = value["metadata"]?.objectValue, metadata["title"] != nil,
              ["creators", "upload_type", "access_right", "resource_type"].contains(where: { metadata[$0] != nil }) else { return false }
        return ["conceptrecid", "recid", "doi", "links", "files"].contains { value[$0] != nil }
    }

    public static func read(document: JSONValue, file: String, format: DocumentFormat = .json) -> ReadResult {
        let root = Located(document)
        let nodes = root.member("hits")?.member("hits")?.list ?? [root]
        let records = nodes.enumerated().map { index, node in
            var builder = ZenodoRecordBuilder(sink: FactSink(file: file))
            return builder.record(from: node, index: index, file: file, format: format)
        }
        return ReadResult(file: file, format: format, dialect: .zenodo, records: records)
    }
}

struct ZenodoRecordBuilder {
    var sink: FactSink

    mutating func record(from node: Located, index: Int, file: String, format: DocumentFormat) -> Record {
        let metadata = node.member("metadata") ?? node
        if let doi = node.member("doi") ?? metadata.member("doi") { sink.identifier(doi.text, declared: "doi", at: doi, property: doi.path.dropFirst().description) }
        if let concept = node.member("conceptdoi") {
            sink.add(.relatedResource, concept.text, at: concept, property: "conceptdoi", [FactAttribute.relationType: "IsVersionOf", FactAttribute.targetScheme: "doi"])
        }
        describe(metadata)
        for creator in metadata.member("creators")?.list ?? [] { agent(.creator, creator, property: "metadata/creators") }
        for contributor in metadata.member("contributors")?.list ?? [] { agent(.contributor, contributor, property: "metadata/contributors") }
        rights(metadata)
        related(metadata)
        for file in node.member("files")?.list ?? [] { distribution(file) }
        if let page = node.member("links")?.member("self_html", "html") {
            sink.add(.relatedResource, page.text, at: page, property: page.path.dropFirst().description, [FactAttribute.relationType: "landingPage", FactAttribute.url: page.text])
        }
        for key in ["created", "updated"] {
            if let date = node.member(key) { sink.add(.metadataDate, date.text, at: date, property: key, [FactAttribute.dateType: key]) }
        }
        let type = metadata.member("resource_type")
        return Record(file: file, index: index, format: format, dialect: .zenodo, location: node.location(in: file),
                      types: [type?.text("type") ?? metadata.text("upload_type") ?? "dataset"], facts: sink.facts,
                      vocabularies: ["https://developers.zenodo.org/"])
    }

    private mutating func describe(_ metadata: Located) {
        let simple: [(String, FactKind)] = [("title", .title), ("description", .description), ("publication_date", .dateIssued),
                                            ("version", .version), ("language", .language), ("method", .provenance)]
        for (key, kind) in simple {
            if let value = metadata.member(key) { sink.add(kind, value.text, at: value, property: "metadata/" + key) }
        }
        for keyword in metadata.member("keywords")?.list ?? [] { sink.add(.keyword, keyword.text, at: keyword, property: "metadata/keywords") }
        for subject in metadata.member("subjects")?.list ?? [] {
            sink.add(.subject, subject.text("term"), at: subject, property: "metadata/subjects", [FactAttribute.termIRI: subject.text("identifier"), FactAttribute.scheme: subject.text("scheme")])
        }
        if let type = metadata.member("resource_type") {
            sink.add(.resourceType, type.text("type"), at: type, property: "metadata/resource_type", [FactAttribute.name: type.text("title")])
        }
        for grant in metadata.member("grants")?.list ?? [] {
            let funder = grant.member("funder")
            sink.add(.funding, funder?.text("name") ?? grant.text("title"), at: grant, property: "metadata/grants", [
                FactAttribute.funder: funder?.text("name"), FactAttribute.funderIdentifier: funder?.text("doi"),
                FactAttribute.awardNumber: grant.text("code", "id"), FactAttribute.awardTitle: grant.text("title"),
            ])
        }
        for location in metadata.member("locations")?.list ?? [] {
            let point = [location.text("lat"), location.text("lon")].compactMap { $0 }
            sink.add(.spatialCoverage, location.text("place") ?? (point.count == 2 ? "point " + point.joined(separator: " ") : nil), at: location, property: "metadata/locations")
        }
    }

    private mutating func agent(_ kind: FactKind, _ node: Located, property: String) {
        let name = node.text("name") ?? node.text
        // Zenodo writes persons as "Family, Given".
        let parts = name?.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let orcid = node.text("orcid").map(ClassifiedIdentifier.classify).flatMap(\.canonical)
        let isPerson = orcid != nil || parts?.count == 2
        sink.add(kind, name, at: node, property: property, [
            FactAttribute.name: name, FactAttribute.orcid: orcid, FactAttribute.affiliation: node.text("affiliation"),
            FactAttribute.familyName: isPerson && parts?.count == 2 ? parts?[0] : nil, FactAttribute.givenName: isPerson && parts?.count == 2 ? parts?[1] : nil,
            FactAttribute.agentType: isPerson ? "person" : nil, FactAttribute.role: node.text("type"), FactAttribute.identifier: node.text("gnd"),
        ])
    }

    private mutating func rights(_ metadata: Located) {
        if let license = metadata.member("license") {
            let id = license.text("id") ?? license.text
            let spdx = id.flatMap(SPDXLicense.identify)
            sink.add(.license, id, at: license, property: "metadata/license", [FactAttribute.spdx: spdx, FactAttribute.iri: spdx.flatMap(RightsVocabulary.spdxIRI)])
        }
        if let access = metadata.member("access_right"), let value = access.text {
            let iri = Self.accessRightIRIs[value.lowercased()]
            sink.add(.accessRights, value, at: access, property: "metadata/access_right", [FactAttribute.iri: iri, FactAttribute.isOpen: iri.flatMap(RightsVocabulary.accessIsOpen).map { $0 ? "true" : "false" }])
        }
        if let conditions = metadata.member("access_conditions") { sink.add(.accessRights, conditions.text, at: conditions, property: "metadata/access_conditions") }
        if let embargo = metadata.member("embargo_date") { sink.add(.date, embargo.text, at: embargo, property: "metadata/embargo_date", [FactAttribute.dateType: "embargo"]) }
    }

    static let accessRightIRIs = [
        "open": "info:eu-repo/semantics/openAccess", "embargoed": "info:eu-repo/semantics/embargoedAccess",
        "restricted": "info:eu-repo/semantics/restrictedAccess", "closed": "info:eu-repo/semantics/closedAccess",
    ]

    private mutating func related(_ metadata: Located) {
        for relation in metadata.member("related_identifiers")?.list ?? [] {
            sink.relation(relation.text("identifier"), type: relation.text("relation"), targetScheme: relation.text("scheme"),
                          at: relation, property: "metadata/related_identifiers")
        }
        for reference in metadata.member("references")?.list ?? [] {
            sink.add(.relatedResource, reference.text, at: reference, property: "metadata/references", [FactAttribute.relationType: "References"])
        }
    }

    private mutating func distribution(_ file: Located) {
        let url = file.member("links")?.text("self", "download")
        let checksum = file.text("checksum").map(ChecksumText.split)
        sink.add(.distribution, url ?? file.text("key", "filename"), at: file, property: "files", [
            FactAttribute.url: url, FactAttribute.name: file.text("key", "filename"), FactAttribute.size: file.text("size", "filesize"),
            FactAttribute.format: file.text("type"), FactAttribute.checksum: checksum?.value, FactAttribute.checksumAlgorithm: checksum?.algorithm,
        ])
    }
}
