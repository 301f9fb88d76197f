import Foundation

/// Zenodo's REST API record (`/api/records/ID`): record-level keys (`doi` or `pids`, `files`,
/// `links`, `created`) around a `metadata` object, in the legacy form and the InvenioRDM form
/// Zenodo serves now (see ZenodoRDM.swift); a search response holds records in `hits.hits`.
public enum ZenodoReader {
    public static func matches(_ document: JSONValue) -> Bool {
        if let hits = document["hits"]?["hits"]?.arrayValue { return !hits.isEmpty && hits.allSatisfy(isRecord) }
        return isRecord(document)
    }

    static func isRecord(_ value: JSONValue) -> Bool {
        guard let metadata = value["metadata"]?.objectValue, metadata["title"] != nil,
              ["creators", "upload_type", "access_right", "resource_type"].contains(where: { metadata[$0] != nil }) else { return false }
        return ["conceptrecid", "recid", "doi", "pids", "links", "files"].contains { value[$0] != nil }
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
        if let doi = node.member("doi") ?? node.member("pids")?.member("doi")?.member("identifier") ?? metadata.member("doi") { sink.identifier(doi.text, declared: "doi", at: doi, property: doi.path.dropFirst().description) }
        if let concept = node.member("conceptdoi") {
            sink.add(.relatedResource, concept.text, at: concept, property: "conceptdoi", [FactAttribute.relationType: "IsVersionOf", FactAttribute.targetScheme: "doi"])
        }
        describe(metadata)
        for creator in metadata.member("creators")?.list ?? [] { agent(.creator, creator, property: "metadata/creators") }
        for contributor in metadata.member("contributors")?.list ?? [] { agent(.contributor, contributor, property: "metadata/contributors") }
        rights(metadata)
        rdmAccess(node.member("access"))
        rdmFunding(metadata)
        related(metadata)
        let files = node.member("files")
        for file in files?.member("entries")?.memberValues ?? files?.list ?? [] { distribution(file) }
        if let page = node.member("links")?.member("self_html", "html") {
            sink.add(.relatedResource, page.text, at: page, property: page.path.dropFirst().description, [FactAttribute.relationType: "landingPage", FactAttribute.url: page.text])
        }
        for key in ["created", "updated"] {
            if let date = node.member(key) { sink.add(.metadataDate, date.text, at: date, property: key, [FactAttribute.dateType: key]) }
        }
        let type = metadata.member("resource_type")
        return Record(file: file, index: index, format: format, dialect: .zenodo, location: node.location(in: file),
                      types: [type?.text("type", "id") ?? metadata.text("upload_type") ?? "dataset"], facts: sink.facts,
                      vocabularies: ["https://developers.zenodo.org/"])
    }

    mutating func describe(_ metadata: Located) {
        let simple: [(String, FactKind)] = [("title", .title), ("description", .description), ("publication_date", .dateIssued),
                                            ("version", .version), ("language", .language), ("method", .provenance), ("publisher", .publisher)]
        for (key, kind) in simple {
            if let value = metadata.member(key) { sink.add(kind, value.text, at: value, property: "metadata/" + key) }
        }
        for keyword in metadata.member("keywords")?.list ?? [] { sink.add(.keyword, keyword.text, at: keyword, property: "metadata/keywords") }
        for subject in metadata.member("subjects")?.list ?? [] {
            sink.add(.subject, subject.text("term", "subject"), at: subject, property: "metadata/subjects", [FactAttribute.termIRI: subject.text("identifier", "id"), FactAttribute.scheme: subject.text("scheme")])
        }
        if let type = metadata.member("resource_type") {
            sink.add(.resourceType, type.text("type", "id"), at: type, property: "metadata/resource_type", [FactAttribute.name: type.text("title") ?? type.member("title")?.text("en")])
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
        let person = node.member("person_or_org") ?? node
        let name = person.text("name") ?? node.text
        // Zenodo writes persons as "Family, Given".
        let parts = name?.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let orcid = (node.text("orcid") ?? Self.orcid(in: person)).map(ClassifiedIdentifier.classify).flatMap(\.canonical)
        let declaredType = person.text("type")
        let isPerson = declaredType == "personal" || (declaredType == nil && (orcid != nil || parts?.count == 2))
        let split = isPerson && parts?.count == 2
        let affiliations = node.member("affiliations")?.list ?? []
        sink.add(kind, name, at: node, property: property, [
            FactAttribute.name: name, FactAttribute.orcid: orcid,
            FactAttribute.affiliation: node.text("affiliation") ?? Self.joined(affiliations.compactMap { $0.text("name") }),
            FactAttribute.ror: affiliations.lazy.compactMap { $0.text("id") }.first.map { "https://ror.org/" + $0 },
            FactAttribute.familyName: person.text("family_name") ?? (split ? parts?[0] : nil),
            FactAttribute.givenName: person.text("given_name") ?? (split ? parts?[1] : nil),
            FactAttribute.agentType: isPerson ? "person" : (declaredType == "organizational" ? "organization" : nil),
            FactAttribute.role: node.text("type") ?? node.member("role")?.text("id"), FactAttribute.identifier: node.text("gnd"),
        ])
    }

    private mutating func rights(_ metadata: Located) {
        for right in metadata.member("rights")?.list ?? [] { rdmRight(right) }
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
            sink.relation(relation.text("identifier"), type: relation.text("relation") ?? relation.member("relation_type")?.text("id"), targetScheme: relation.text("scheme"),
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
