import FairifyModel

/// ISO 19115 metadata in the ISO 19139 XML encoding (`gmd:MD_Metadata`): the main descriptive
/// elements of the record, its identification (citation, abstract, keywords, constraints,
/// extent) and its distribution.
enum ISO19139Reader {
    static let gmd: StaticString = "http://www.isotc211.org/2005/gmd"

    static func isMetadata(_ element: XMLElement) -> Bool {
        element.isNamed("MD_Metadata", namespace: gmd) || element.isNamed("MI_Metadata")
    }

    static func read(_ root: XMLElement, index: Int, envelope: XMLEnvelope?) -> Record {
        let standardVersion = root.child("metadataStandardVersion").flatMap(isoText)
        var builder = XMLRecordBuilder(root: root, dialect: .iso19115, index: index, version: standardVersion, envelope: envelope)
        for child in root.children {
            switch child.localName {
            case "fileIdentifier": builder.add(.metadataIdentifier, isoText(child), [FactAttribute.scheme: isoText(child).map { ClassifiedIdentifier.classify($0).scheme.rawValue }], at: child)
            case "parentIdentifier": builder.add(.relatedResource, isoText(child), [FactAttribute.relationType: "isPartOf"], at: child)
            case "language": builder.add(.language, codeValue(child), ["scope": "metadata"], at: child)
            case "hierarchyLevel":
                builder.add(.resourceType, codeValue(child), at: child)
                builder.addType(codeValue(child))
            case "contact": ISOAgents.add(child, defaultKind: .metadataPublisher, into: &builder)
            case "dateStamp": builder.add(.metadataDate, isoText(child), at: child)
            case "metadataStandardName":
                builder.add(.conformsTo, isoText(child), [FactAttribute.schemaVersion: standardVersion], at: child)
            case "identificationInfo":
                for identification in child.children { readIdentification(identification, into: &builder) }
            case "distributionInfo":
                if let distribution = child.child("MD_Distribution") { readDistribution(distribution, into: &builder) }
            case "dataQualityInfo":
                for statement in child.descendants(named: "statement") { builder.add(.provenance, isoText(statement), [FactAttribute.relationType: "lineage"], at: statement) }
            default: break
            }
        }
        if !builder.record.has(.conformsTo) {
            builder.add(.conformsTo, "ISO 19139", [FactAttribute.iri: root.namespaceURI], at: root, property: "MD_Metadata")
        }
        return builder.build()
    }

    private static func readIdentification(_ identification: XMLElement, into builder: inout XMLRecordBuilder) {
        for child in identification.children {
            switch child.localName {
            case "citation": if let citation = child.child("CI_Citation") { readCitation(citation, into: &builder) }
            case "abstract": builder.add(.description, isoText(child), at: child)
            case "purpose": builder.add(.description, isoText(child), ["descriptionType": "purpose"], at: child)
            case "pointOfContact": ISOAgents.add(child, defaultKind: .contributor, into: &builder)
            case "descriptiveKeywords": if let keywords = child.child("MD_Keywords") { readKeywords(keywords, into: &builder) }
            case "topicCategory":
                builder.add(.subject, isoText(child), [FactAttribute.scheme: "ISO 19115 topic category"], at: child)
            case "resourceConstraints": readConstraints(child, into: &builder)
            case "language": builder.add(.language, codeValue(child), at: child)
            case "extent": if let extent = child.child("EX_Extent") { readExtent(extent, into: &builder) }
            default: break
            }
        }
    }

    private static func readCitation(_ citation: XMLElement, into builder: inout XMLRecordBuilder) {
        for child in citation.children {
            switch child.localName {
            case "title", "alternateTitle": builder.add(.title, isoText(child), ["titleType": child.localName == "title" ? nil : "alternative"], at: child)
            case "date":
                guard let date = child.child("CI_Date") else { continue }
                let value = date.child("date").flatMap(isoText)
                let type = date.child("dateType").flatMap(codeValue)
                let kind: FactKind = type == "creation" ? .dateCreated : type == "publication" ? .dateIssued : type == "revision" ? .dateModified : .date
                builder.add(kind, value, [FactAttribute.dateType: type], at: date)
            case "edition": builder.add(.version, isoText(child), at: child)
            case "identifier":
                let codeElement = child.descendants(named: "code").first
                if let codeElement, let code = isoText(codeElement) {
                    let space = child.descendants(named: "codeSpace").first.flatMap(isoText)
                    let value = space.map { $0.hasSuffix("/") || $0.hasSuffix(":") ? $0 + code : code } ?? code
                    let classified = ClassifiedIdentifier.classify(value)
                    builder.add(.identifier, value, [FactAttribute.scheme: classified.scheme.rawValue, FactAttribute.iri: classified.canonical, "codeSpace": space], at: codeElement)
                }
            case "citedResponsibleParty": ISOAgents.add(child, defaultKind: .contributor, into: &builder)
            default: break
            }
        }
    }

    private static func readKeywords(_ keywords: XMLElement, into builder: inout XMLRecordBuilder) {
        let thesaurus = keywords.descendant("thesaurusName", "CI_Citation", "title")
        let scheme = thesaurus.flatMap(isoText)
        let schemeIRI = thesaurus?.child("Anchor")?.value("href", namespace: "http://www.w3.org/1999/xlink")
        let type = keywords.child("type").flatMap(codeValue)
        for keyword in keywords.children(named: "keyword") {
            let termIRI = keyword.child("Anchor")?.value("href", namespace: "http://www.w3.org/1999/xlink")
            let kind: FactKind = scheme == nil && termIRI == nil ? .keyword : .subject
            builder.add(kind, isoText(keyword), [FactAttribute.scheme: scheme, FactAttribute.schemeIRI: schemeIRI, FactAttribute.termIRI: termIRI, "keywordType": type], at: keyword)
        }
    }

    private static func readConstraints(_ constraints: XMLElement, into builder: inout XMLRecordBuilder) {
        for block in constraints.children {
            for item in block.children {
                switch item.localName {
                case "useLimitation", "otherConstraints":
                    let href = item.child("Anchor")?.value("href", namespace: "http://www.w3.org/1999/xlink")
                    let text = isoText(item)
                    switch RightsClassifier.kind(uri: href, identifier: nil, text: text) {
                    case .license: builder.add(.license, text ?? href, [FactAttribute.iri: href, FactAttribute.spdx: RightsClassifier.spdx(uri: href, identifier: nil, scheme: nil)], at: item)
                    case .accessRights: builder.add(.accessRights, text ?? href, [FactAttribute.iri: href, FactAttribute.isOpen: RightsClassifier.isOpen(href ?? text ?? "")], at: item)
                    case .rights: builder.add(.rights, text ?? href, [FactAttribute.iri: href], at: item)
                    }
                case "accessConstraints":
                    builder.add(.accessRights, codeValue(item), [FactAttribute.isOpen: codeValue(item) == "unrestricted" ? "true" : nil], at: item)
                case "useConstraints":
                    builder.add(.rights, codeValue(item), ["constraint": "use"], at: item)
                default: break
                }
            }
        }
    }

    private static func readExtent(_ extent: XMLElement, into builder: inout XMLRecordBuilder) {
        if let description = extent.child("description") { builder.add(.spatialCoverage, isoText(description), at: description) }
        for geographic in extent.children(named: "geographicElement") {
            if let box = geographic.child("EX_GeographicBoundingBox") {
                let values = ["southBoundLatitude", "westBoundLongitude", "northBoundLatitude", "eastBoundLongitude"]
                    .compactMap { name in box.children.first { $0.localName == name }.flatMap(isoText) }
                builder.add(.spatialCoverage, values.isEmpty ? nil : "box " + values.joined(separator: " "), at: box)
            } else if let code = geographic.descendants(named: "code").first {
                builder.add(.spatialCoverage, isoText(code), at: code)
            }
        }
        for temporal in extent.children(named: "temporalElement") {
            let begin = temporal.descendants(named: "beginPosition").first?.text
            let end = temporal.descendants(named: "endPosition").first?.text
            let instant = temporal.descendants(named: "timePosition").first?.text
            let value = instant ?? ((begin != nil || end != nil) ? (begin ?? "..") + "/" + (end ?? "..") : nil)
            builder.add(.temporalCoverage, value, at: temporal)
        }
    }

    private static func readDistribution(_ distribution: XMLElement, into builder: inout XMLRecordBuilder) {
        for format in distribution.children(named: "distributionFormat") {
            let name = format.descendant("MD_Format", "name").flatMap(isoText)
            builder.add(.distribution, name, [FactAttribute.format: name, FactAttribute.mediaType: name.flatMap(DataCiteXMLReader.mediaType)], at: format)
        }
        for resource in distribution.descendants(named: "CI_OnlineResource") {
            let url = resource.descendant("linkage", "URL")?.text ?? resource.child("linkage").flatMap(isoText)
            builder.add(.distribution, url, [FactAttribute.url: url, FactAttribute.name: resource.child("name").flatMap(isoText),
                                             "protocol": resource.child("protocol").flatMap(isoText),
                                             FactAttribute.mediaType: resource.child("applicationProfile").flatMap(isoText)], at: resource)
        }
        for distributor in distribution.children(named: "distributor") {
            if let contact = distributor.descendant("MD_Distributor", "distributorContact") { ISOAgents.add(contact, defaultKind: .publisher, into: &builder) }
        }
    }

    /// The value of an ISO property: its gco:CharacterString, gmx:Anchor, gco:Date... child.
    static func isoText(_ property: XMLElement) -> String? {
        if let value = property.children.first { return value.text ?? value.value("href", namespace: "http://www.w3.org/1999/xlink") }
        return property.text
    }

    /// A code list value (`codeListValue`, else the text).
    static func codeValue(_ property: XMLElement) -> String? {
        guard let code = property.children.first else { return property.text }
        return code.value("codeListValue") ?? code.text
    }
}

/// ISO `CI_ResponsibleParty` wrappers, mapped by role: author/originator/principalInvestigator
/// are creators, publisher the publisher, others contributors.
enum ISOAgents {
    static func add(_ wrapper: XMLElement, defaultKind: FactKind, into builder: inout XMLRecordBuilder) {
        guard let party = wrapper.children.first(where: { $0.localName == "CI_ResponsibleParty" || $0.localName == "CI_Responsibility" }) else { return }
        let individual = party.child("individualName")
        let organisation = party.child("organisationName").flatMap(ISO19139Reader.isoText)
        let person = individual.flatMap(ISO19139Reader.isoText)
        let role = party.child("role").flatMap(ISO19139Reader.codeValue)
        let href = individual?.child("Anchor")?.value("href", namespace: "http://www.w3.org/1999/xlink")
        let orcid = href.flatMap(QuickIdentifiers.orcid)
        let kind: FactKind
        switch role {
        case "author", "originator", "principalInvestigator", "creator": kind = defaultKind == .metadataPublisher ? defaultKind : .creator
        case "publisher": kind = defaultKind == .metadataPublisher ? defaultKind : .publisher
        default: kind = defaultKind
        }
        let name = person ?? organisation ?? party.child("positionName").flatMap(ISO19139Reader.isoText)
        builder.add(kind, name, [
            FactAttribute.name: name, FactAttribute.affiliation: person == nil ? nil : organisation, FactAttribute.orcid: orcid,
            FactAttribute.agentType: person == nil ? "organization" : "person", FactAttribute.role: role,
            "email": party.descendants(named: "electronicMailAddress").first.flatMap(ISO19139Reader.isoText),
            FactAttribute.identifier: orcid ?? href,
        ], at: party)
    }
}
