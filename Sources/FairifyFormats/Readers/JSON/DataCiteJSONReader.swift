import Foundation

/// DataCite JSON: the REST API form (`data.attributes`, or `data: [...]` for lists), the
/// plain kernel form (alone or as a top-level list), and the older kebab-case form (`publication-year`).
public enum DataCiteJSONReader {
    /// True when the document looks like DataCite JSON.
    public static func matches(_ document: JSONValue) -> Bool {
        if let data = document["data"] {
            return data.asList.contains { isKernel($0["attributes"] ?? $0) }
        }
        if let list = document.arrayValue { return !list.isEmpty && list.allSatisfy(isKernel) }
        return isKernel(document)
    }

    static func isKernel(_ value: JSONValue) -> Bool {
        guard let object = value.objectValue else { return false }
        let keys = Set(object.keys)
        let strong = ["titles", "creators", "types", "rightsList", "relatedIdentifiers", "publicationYear", "publication-year", "schemaVersion", "schema-version"]
        let hits = strong.filter(keys.contains).count
        return hits >= 2 || (keys.contains("doi") && hits >= 1)
    }

    public static func read(document: JSONValue, file: String, format: DocumentFormat = .json) -> ReadResult {
        var records: [Record] = []
        for node in recordNodes(Located(document)) {
            var builder = DataCiteJSONRecordBuilder(file: file)
            records.append(builder.record(from: node, index: records.count, format: format))
        }
        return ReadResult(file: file, format: format, dialect: .dataCiteJSON, records: records)
    }

    private static func recordNodes(_ root: Located) -> [Located] {
        if root.value.arrayValue != nil { return root.list }
        guard let data = root.member("data") else { return [root] }
        return data.list.map { $0.member("attributes") ?? $0 }
    }
}

struct DataCiteJSONRecordBuilder {
    let file: String
    var sink: FactSink

    init(file: String) {
        self.file = file
        self.sink = FactSink(file: file)
    }

    mutating func record(from node: Located, index: Int, format: DocumentFormat) -> Record {
        identifiers(node)
        for title in node.member("titles")?.list ?? [] {
            sink.add(.title, title.text("title") ?? title.text, at: title, property: "titles/title", ["titleType": title.text("titleType"), FactAttribute.language: title.text("lang")])
        }
        if let title = node.member("title") { sink.add(.title, title.text, at: title, property: "title") }
        for description in node.member("descriptions")?.list ?? [] {
            sink.add(.description, description.text("description") ?? description.text, at: description, property: "descriptions/description", ["descriptionType": description.text("descriptionType")])
        }
        for creator in node.member("creators", "creator")?.list ?? [] { agent(.creator, creator, property: "creators/creator") }
        for contributor in node.member("contributors")?.list ?? [] { agent(.contributor, contributor, property: "contributors/contributor") }
        publisher(node)
        dates(node)
        if let version = node.member("version") { sink.add(.version, version.text, at: version, property: "version") }
        subjects(node)
        rights(node)
        distributions(node)
        related(node)
        funding(node)
        geoLocations(node)
        if let language = node.member("language") { sink.add(.language, language.text, at: language, property: "language") }
        let types = node.member("types")
        if let general = types?.member("resourceTypeGeneral") {
            sink.add(.resourceType, general.text, at: general, property: "types/resourceTypeGeneral", [FactAttribute.name: types?.text("resourceType")])
        }
        let schemaVersion = node.member("schemaVersion")
        let version = schemaVersion?.text.map(Self.kernelVersion)
        if let schemaVersion {
            sink.add(.conformsTo, schemaVersion.text, at: schemaVersion, property: "schemaVersion", [FactAttribute.schemaVersion: version])
        }
        for (key, kind) in [("created", FactKind.metadataDate), ("updated", .metadataDate), ("registered", .metadataDate)] {
            if let date = node.member(key) { sink.add(kind, date.text, at: date, property: key, [FactAttribute.dateType: key]) }
        }
        return Record(
            file: file, index: index, format: format, dialect: .dataCiteJSON, dialectVersion: version,
            location: node.location(in: file), types: [types?.text("resourceTypeGeneral") ?? "Dataset"],
            facts: sink.facts, vocabularies: ["http://datacite.org/schema/kernel-4"]
        )
    }

    static func kernelVersion(_ text: String) -> String {
        if let range = text.range(of: "kernel-") { return String(text[range.upperBound...].prefix { $0 != "/" }) }
        return text
    }

    private mutating func identifiers(_ node: Located) {
        var seen = Set<String>()
        func add(_ raw: String?, declared: String?, at location: Located, property: String) {
            guard let raw else { return }
            let key = ClassifiedIdentifier.classify(raw).value.lowercased()
            guard seen.insert(key).inserted else { return }
            sink.identifier(raw, declared: declared, at: location, property: property)
        }
        if let doi = node.member("doi") { add(doi.text, declared: "DOI", at: doi, property: "doi") }
        if let id = node.member("id"), let text = id.text, text.contains("/") { add(text, declared: nil, at: id, property: "id") }
        if let identifier = node.member("identifier") {
            add(identifier.text("identifier") ?? identifier.text, declared: identifier.text("identifierType"), at: identifier, property: "identifier")
        }
        for entry in node.member("identifiers")?.list ?? [] {
            add(entry.text("identifier"), declared: entry.text("identifierType"), at: entry, property: "identifiers/identifier")
        }
        for entry in node.member("alternateIdentifiers")?.list ?? [] {
            add(entry.text("alternateIdentifier"), declared: entry.text("alternateIdentifierType"), at: entry, property: "alternateIdentifiers/alternateIdentifier")
        }
    }

    private mutating func agent(_ kind: FactKind, _ node: Located, property: String) {
        var orcid: String?
        var otherIdentifier: String?
        for id in node.member("nameIdentifiers")?.list ?? [] {
            guard let value = id.text("nameIdentifier") ?? id.text else { continue }
            let scheme = id.text("nameIdentifierScheme")?.uppercased()
            let classified = ClassifiedIdentifier.classify(value)
            if classified.scheme == .orcid || scheme == "ORCID" { orcid = orcid ?? classified.canonical ?? value } else { otherIdentifier = otherIdentifier ?? value }
        }
        var affiliations: [String] = [], ror: String?
        for affiliation in node.member("affiliation", "affiliations")?.list ?? [] {
            if let name = affiliation.text("name") ?? affiliation.text { affiliations.append(name) }
            if let id = affiliation.text("affiliationIdentifier"), ClassifiedIdentifier.classify(id).scheme == .ror {
                ror = ror ?? ClassifiedIdentifier.classify(id).canonical
            }
        }
        let given = node.text("givenName"), family = node.text("familyName")
        let name = node.text("name", "creatorName", "contributorName") ?? [given, family].compactMap { $0 }.joined(separator: " ")
        let nameType = node.text("nameType", "type")?.lowercased()
        let agentType = nameType.map { $0.hasPrefix("organi") ? "organization" : "person" } ?? ((given != nil || family != nil || orcid != nil) ? "person" : nil)
        sink.add(kind, name, at: node, property: property, [
            FactAttribute.name: name, FactAttribute.givenName: given, FactAttribute.familyName: family,
            FactAttribute.orcid: orcid, FactAttribute.identifier: otherIdentifier, FactAttribute.affiliation: affiliations.isEmpty ? nil : affiliations.joined(separator: "; "),
            FactAttribute.ror: ror, FactAttribute.agentType: agentType, FactAttribute.role: node.text("contributorType"),
        ])
    }

    private mutating func publisher(_ node: Located) {
        guard let publisher = node.member("publisher") else { return }
        let name = publisher.text("name") ?? publisher.text
        sink.add(.publisher, name, at: publisher, property: "publisher", [FactAttribute.name: name, FactAttribute.identifier: publisher.text("publisherIdentifier")])
    }

    private mutating func dates(_ node: Located) {
        if let year = node.member("publicationYear") { sink.add(.dateIssued, year.text, at: year, property: "publicationYear") }
        for date in node.member("dates")?.list ?? [] {
            let type = date.text("dateType")
            let kind: FactKind
            switch type?.lowercased() {
            case "created": kind = .dateCreated
            case "issued": kind = .dateIssued
            case "updated": kind = .dateModified
            default: kind = .date
            }
            sink.add(kind, date.text("date") ?? date.text, at: date, property: "dates/date", [FactAttribute.dateType: type])
        }
    }

    private mutating func subjects(_ node: Located) {
        for subject in node.member("subjects")?.list ?? [] {
            let scheme = subject.text("subjectScheme")
            sink.add(scheme == nil ? .keyword : .subject, subject.text("subject") ?? subject.text, at: subject, property: "subjects/subject", [
                FactAttribute.scheme: scheme, FactAttribute.schemeIRI: subject.text("schemeUri", "schemeURI"),
                FactAttribute.termIRI: subject.text("valueUri", "valueURI"),
            ])
        }
    }

    private mutating func rights(_ node: Located) {
        for rights in node.member("rightsList")?.list ?? [] {
            let iri = rights.text("rightsUri", "rightsURI")
            let declared = rights.text("rightsIdentifier")
            let statement = rights.text("rights") ?? rights.text
            if let iri, let open = RightsVocabulary.accessIsOpen(iri) {
                sink.add(.accessRights, statement ?? iri, at: rights, property: "rightsList/rights", [FactAttribute.iri: iri, FactAttribute.isOpen: String(open)])
                continue
            }
            let spdx = declared ?? iri.flatMap(RightsVocabulary.spdxID(fromIRI:))
            if iri != nil || spdx != nil {
                sink.add(.license, statement ?? iri ?? spdx, at: rights, property: "rightsList/rights", [FactAttribute.iri: iri ?? spdx.flatMap(RightsVocabulary.spdxIRI), FactAttribute.spdx: spdx])
            } else {
                sink.add(.rights, statement, at: rights, property: "rightsList/rights")
            }
        }
    }

    private mutating func distributions(_ node: Located) {
        let formats = (node.member("formats")?.list ?? []).compactMap(\.text)
        let sizes = (node.member("sizes")?.list ?? []).compactMap(\.text)
        let mediaType = formats.first { $0.contains("/") }
        let attributes: [String: String?] = [
            FactAttribute.format: formats.isEmpty ? nil : formats.joined(separator: ", "),
            FactAttribute.mediaType: mediaType, FactAttribute.size: sizes.isEmpty ? nil : sizes.joined(separator: "; "),
        ]
        let urls = node.member("contentUrl")?.list ?? []
        for url in urls {
            var withURL = attributes
            withURL[FactAttribute.url] = url.text
            sink.add(.distribution, url.text, at: url, property: "contentUrl", withURL)
        }
        if urls.isEmpty, let anchor = node.member("formats") ?? node.member("sizes") {
            sink.add(.distribution, formats.first ?? sizes.first, at: anchor, property: formats.isEmpty ? "sizes" : "formats", attributes)
        }
    }

    private mutating func related(_ node: Located) {
        for relation in node.member("relatedIdentifiers")?.list ?? [] {
            sink.relation(relation.text("relatedIdentifier"), type: relation.text("relationType"), targetScheme: relation.text("relatedIdentifierType"),
                          at: relation, property: "relatedIdentifiers/relatedIdentifier")
        }
        for item in node.member("relatedItems")?.list ?? [] {
            let identifier = item.member("relatedItemIdentifier")
            let target = identifier?.text("relatedItemIdentifier") ?? identifier?.text ?? item.member("titles")?.list.first?.text("title")
            sink.add(.relatedResource, target, at: item, property: "relatedItems/relatedItem", [
                FactAttribute.relationType: item.text("relationType"), FactAttribute.targetScheme: identifier?.text("relatedItemIdentifierType"),
            ])
        }
    }

    static func provenanceRelation(_ dataCiteType: String?) -> String? {
        switch dataCiteType?.lowercased() {
        case "isderivedfrom": return "wasDerivedFrom"
        case "isnewversionof", "isversionof": return "wasRevisionOf"
        case "iscompiledby": return "wasGeneratedBy"
        default: return nil
        }
    }

    private mutating func funding(_ node: Located) {
        for funding in node.member("fundingReferences")?.list ?? [] {
            let award = funding.member("awardNumber")
            sink.add(.funding, funding.text("funderName") ?? funding.text("funderIdentifier"), at: funding, property: "fundingReferences/fundingReference", [
                FactAttribute.funder: funding.text("funderName"), FactAttribute.funderIdentifier: funding.text("funderIdentifier"),
                FactAttribute.awardNumber: award?.text("awardNumber") ?? award?.text, FactAttribute.awardTitle: funding.text("awardTitle"),
                FactAttribute.url: funding.text("awardUri") ?? award?.text("awardUri"),
            ])
        }
    }

    private mutating func geoLocations(_ node: Located) {
        for geo in node.member("geoLocations")?.list ?? [] {
            var value = geo.text("geoLocationPlace")
            if value == nil, let point = geo.member("geoLocationPoint") {
                value = [point.text("pointLatitude"), point.text("pointLongitude")].compactMap { $0 }.joined(separator: " ")
            }
            if value == nil || value?.isEmpty == true, let box = geo.member("geoLocationBox") {
                value = ["westBoundLongitude", "southBoundLatitude", "eastBoundLongitude", "northBoundLatitude"].compactMap { box.text($0) }.joined(separator: " ")
            }
            sink.add(.spatialCoverage, value, at: geo, property: "geoLocations/geoLocation")
        }
    }
}
