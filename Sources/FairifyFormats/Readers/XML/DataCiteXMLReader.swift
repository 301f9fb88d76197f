import Foundation
import FairifyModel

/// DataCite metadata kernel 2.x to 4.x (`<resource>` in `http://datacite.org/schema/kernel-N`).
enum DataCiteXMLReader {
    static let namespacePrefix = "http://datacite.org/schema/kernel-"

    /// Kernel 2.0 had no namespace: its `<resource>` is known by the schema location or the identifier.
    static func isResource(_ element: XMLElement) -> Bool {
        guard element.isNamed("resource") else { return false }
        guard let namespace = element.namespaceURI else {
            let location = element.attribute("noNamespaceSchemaLocation", namespace: xsi) ?? ""
            return location.contains("datacite") || element.child("identifier")?.attribute("identifierType") != nil
        }
        return namespace.hasPrefix(namespacePrefix)
    }

    static let xsi: StaticString = "http://www.w3.org/2001/XMLSchema-instance"


    static func read(_ resource: XMLElement, index: Int, envelope: XMLEnvelope?, declaredVersion: String? = nil) -> Record {
        let version = kernelVersion(resource) ?? declaredVersion
        var builder = XMLRecordBuilder(root: resource, dialect: .dataCiteXML, index: index, version: version, envelope: envelope)
        builder.add(.conformsTo, "DataCite kernel " + (version ?? "?"),
                    attributes: [FactAttribute.schemaVersion: version, FactAttribute.iri: resource.namespaceURI], at: resource, property: "resource/@xmlns")
        for child in resource.children {
            read(child, into: &builder)
        }
        return builder.build()
    }

    /// The `resource` children read, matched on the name's bytes (no String per child).
    private enum Section: CaseIterable {
        case identifier, alternateIdentifiers, creators, contributors, titles, publisher, publicationYear, subjects, dates, language, resourceType, relatedIdentifiers, sizes, formats, version, rightsList, rights, descriptions, geoLocations, fundingReferences

        init?(_ element: XMLElement) {
            guard let found = Self.allCases.first(where: { element.isNamed($0.name) }) else { return nil }
            self = found
        }

        var name: StaticString {
            switch self {
            case .identifier: return "identifier"
            case .alternateIdentifiers: return "alternateIdentifiers"
            case .creators: return "creators"
            case .contributors: return "contributors"
            case .titles: return "titles"
            case .publisher: return "publisher"
            case .publicationYear: return "publicationYear"
            case .subjects: return "subjects"
            case .dates: return "dates"
            case .language: return "language"
            case .resourceType: return "resourceType"
            case .relatedIdentifiers: return "relatedIdentifiers"
            case .sizes: return "sizes"
            case .formats: return "formats"
            case .version: return "version"
            case .rightsList: return "rightsList"
            case .rights: return "rights"
            case .descriptions: return "descriptions"
            case .geoLocations: return "geoLocations"
            case .fundingReferences: return "fundingReferences"
            }
        }
    }

    private static func read(_ element: XMLElement, into builder: inout XMLRecordBuilder) {
        guard let section = Section(element) else { return }
        switch section {
        case .identifier:
            builder.addIdentifier(element, declaredType: element.value("identifierType"))
        case .alternateIdentifiers:
            for alternate in element.children {
                builder.addIdentifier(alternate, declaredType: alternate.value("alternateIdentifierType"))
            }
        case .creators, .contributors:
            for agent in element.children { DataCiteAgents.read(agent, into: &builder) }
        case .titles:
            for title in element.children {
                builder.addText(.title, title, ["titleType": title.value("titleType"), FactAttribute.language: title.language])
            }
        case .publisher:
            builder.addText(.publisher, element, [FactAttribute.name: element.text,
                                                  FactAttribute.identifier: element.value("publisherIdentifier")])
        case .publicationYear:
            builder.addText(.dateIssued, element, [FactAttribute.dateType: "publicationYear"])
        case .subjects:
            for subject in element.children { readSubject(subject, into: &builder) }
        case .dates:
            for date in element.children { readDate(date, into: &builder) }
        case .language:
            builder.addText(.language, element)
        case .resourceType:
            let general = element.value("resourceTypeGeneral")
            builder.add(.resourceType, general ?? element.text, attributes: [FactAttribute.name: element.text], at: element)
            builder.addType(general ?? element.text)
        case .relatedIdentifiers:
            for related in element.children { readRelated(related, into: &builder) }
        case .sizes:
            for size in element.children { builder.addText(.distribution, size, [FactAttribute.size: size.text]) }
        case .formats:
            for format in element.children {
                let text = format.text
                builder.addText(.distribution, format, [FactAttribute.format: text, FactAttribute.mediaType: text.flatMap(mediaType)])
            }
        case .version:
            builder.addText(.version, element)
        case .rightsList, .rights:
            for rights in element.isNamed("rights") ? [element] : element.children { readRights(rights, into: &builder) }
        case .descriptions:
            for description in element.children { readDescription(description, into: &builder) }
        case .geoLocations:
            for location in element.children { DataCiteGeo.read(location, into: &builder) }
        case .fundingReferences:
            for funding in element.children { readFunding(funding, into: &builder) }
        }
    }

    private static func readSubject(_ subject: XMLElement, into builder: inout XMLRecordBuilder) {
        let scheme = subject.value("subjectScheme")
        let schemeIRI = subject.value("schemeURI")
        let termIRI = subject.value("valueURI")
        let kind: FactKind = scheme == nil && schemeIRI == nil && termIRI == nil ? .keyword : .subject
        builder.addText(kind, subject, [FactAttribute.scheme: scheme, FactAttribute.schemeIRI: schemeIRI, FactAttribute.termIRI: termIRI,
                                        "classificationCode": subject.value("classificationCode"), FactAttribute.language: subject.language])
    }

    private static func readDate(_ date: XMLElement, into builder: inout XMLRecordBuilder) {
        let type = date.value("dateType")
        let attributes: KeyValuePairs<String, String?> = [FactAttribute.dateType: type, "dateInformation": date.value("dateInformation")]
        switch type?.lowercased() {
        case "created": builder.addText(.dateCreated, date, attributes)
        case "issued": builder.addText(.dateIssued, date, attributes)
        case "updated": builder.addText(.dateModified, date, attributes)
        case "collected", "coverage":
            builder.addText(.date, date, attributes)
            builder.addText(.temporalCoverage, date, attributes)
        default: builder.addText(.date, date, attributes)
        }
    }

    static let provenanceRelations: Set<String> = [
        "isderivedfrom", "issourceof", "isnewversionof", "ispreviousversionof", "isversionof", "hasversion",
        "isvariantformof", "isoriginalformof", "iscompiledby", "compiles", "isobsoletedby", "obsoletes",
    ]

    private static func readRelated(_ related: XMLElement, into builder: inout XMLRecordBuilder) {
        let relation = related.value("relationType")
        let targetType = related.value("relatedIdentifierType")
        let value = related.text
        let targetScheme = targetType?.lowercased()
        let iri = value.flatMap { QuickIdentifiers.iri($0, declaredType: targetType) }
        let typeGeneral = related.value("resourceTypeGeneral")
        builder.addText(.relatedResource, related, [FactAttribute.relationType: relation, FactAttribute.targetScheme: targetScheme,
                                                    FactAttribute.iri: iri, "resourceTypeGeneral": typeGeneral])
        if let relation, provenanceRelations.contains(relation.lowercased()) {
            builder.addText(.provenance, related, [
                FactAttribute.relationType: DataCiteJSONRecordBuilder.provenanceRelation(relation) ?? relation, FactAttribute.targetScheme: targetScheme,
                FactAttribute.iri: iri, "resourceTypeGeneral": typeGeneral, "dataCiteRelationType": relation,
            ])
        }
    }

    private static func readRights(_ rights: XMLElement, into builder: inout XMLRecordBuilder) {
        let uri = rights.value("rightsURI")
        let identifier = rights.value("rightsIdentifier")
        let text = rights.text
        let value = text ?? uri ?? identifier
        switch RightsClassifier.kind(uri: uri, identifier: identifier, text: text) {
        case .accessRights:
            builder.add(.accessRights, value, attributes: [FactAttribute.iri: uri, FactAttribute.isOpen: RightsClassifier.isOpen(uri ?? value ?? "")], at: rights)
        case .license:
            let spdx = RightsClassifier.spdx(uri: uri, identifier: identifier, scheme: rights.value("rightsIdentifierScheme"))
            builder.add(.license, value, attributes: [FactAttribute.iri: uri, FactAttribute.spdx: spdx], at: rights)
        case .rights:
            builder.add(.rights, value, attributes: [FactAttribute.iri: uri], at: rights)
        }
    }

    private static func readDescription(_ description: XMLElement, into builder: inout XMLRecordBuilder) {
        let type = description.value("descriptionType")
        let attributes: KeyValuePairs<String, String?> = ["descriptionType": type, FactAttribute.language: description.language]
        builder.addText(.description, description, attributes)
        if type?.lowercased() == "methods" {
            builder.addText(.provenance, description, [FactAttribute.relationType: "Methods"])
        }
    }

    private static func readFunding(_ funding: XMLElement, into builder: inout XMLRecordBuilder) {
        let funder = funding.child("funderName")?.text
        let funderIdentifier = funding.child("funderIdentifier")
        let award = funding.child("awardNumber")
        builder.add(.funding, funder ?? award?.text, attributes: [
            FactAttribute.funder: funder, FactAttribute.funderIdentifier: funderIdentifier?.text,
            "funderIdentifierType": funderIdentifier?.value("funderIdentifierType"),
            FactAttribute.awardNumber: award?.text, "awardURI": award?.value("awardURI"),
            FactAttribute.awardTitle: funding.child("awardTitle")?.text,
        ], at: funding)
    }

    /// "4.3" from `kernel-4.3/metadata.xsd` in xsi:schemaLocation, else the namespace's "4", "3", "2.2".
    static func kernelVersion(_ resource: XMLElement) -> String? {
        if let location = resource.attribute("schemaLocation", namespace: xsi) ?? resource.attribute("noNamespaceSchemaLocation", namespace: xsi),
           let version = versionAfter("kernel-", in: location) {
            return version
        }
        guard let namespace = resource.namespaceURI else { return nil }
        return versionAfter("kernel-", in: namespace)
    }

    /// The longest version number (`4.3`, `2.2.0`) written right after `marker` in `text`.
    static func versionAfter(_ marker: String, in text: String) -> String? {
        let bytes = Array(text.utf8)
        let needle = Array(marker.utf8)
        var best: ArraySlice<UInt8> = []
        var index = 0
        while index + needle.count <= bytes.count {
            guard bytes[index..<index + needle.count].elementsEqual(needle) else { index += 1; continue }
            var end = index + needle.count
            while end < bytes.count, (bytes[end] >= 0x30 && bytes[end] <= 0x39) || bytes[end] == UInt8(ascii: ".") { end += 1 }
            var version = bytes[(index + needle.count)..<end]
            while version.last == UInt8(ascii: ".") { version = version.dropLast() }
            if version.count > best.count { best = version }
            index = end
        }
        return best.isEmpty ? nil : String(decoding: best, as: UTF8.self)
    }

    static func mediaType(_ format: String) -> String? {
        let parts = format.split(separator: "/")
        guard parts.count == 2, !format.contains(" ") else { return nil }
        return format
    }
}
