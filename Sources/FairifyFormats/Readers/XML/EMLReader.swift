import FairifyModel

/// Ecological Metadata Language 2.x (`eml:eml`, namespaces `eml://ecoinformatics.org/eml-2.x`
/// and `https://eml.ecoinformatics.org/eml-2.x`).
enum EMLReader {
    static func isEML(_ element: XMLElement) -> Bool {
        element.isNamed("eml") && (element.namespaceURI?.contains("ecoinformatics.org/eml-") ?? false)
    }

    static func read(_ root: XMLElement, index: Int, envelope: XMLEnvelope?) -> Record {
        let version = root.namespaceURI.flatMap { DataCiteXMLReader.versionAfter("eml-", in: $0) }
        var builder = XMLRecordBuilder(root: root, dialect: .eml, index: index, version: version, envelope: envelope)
        builder.add(.conformsTo, "EML " + (version ?? "2"), [FactAttribute.schemaVersion: version, FactAttribute.iri: root.namespaceURI], at: root, property: "eml/@xmlns")
        if let packageId = root.attribute("packageId") {
            let classified = ClassifiedIdentifier.classify(packageId)
            builder.add(.identifier, packageId.trimmedXMLSpace, [FactAttribute.scheme: IdentifierTypes.scheme(declared: root.value("system"), classified: classified),
                                                                 FactAttribute.iri: classified.canonical, "system": root.value("system")], at: root, property: "eml/@packageId")
        }
        builder.add(.language, root.language, at: root, property: "eml/@xml:lang")
        let resource = root.children.first { ["dataset", "citation", "software", "protocol"].contains($0.localName) }
        if let resource {
            builder.addType(resource.localName)
            builder.add(.resourceType, resource.localName, at: resource, property: "eml/" + resource.localName)
            for child in resource.children { read(child, into: &builder) }
        }
        return builder.build()
    }

    private static func read(_ element: XMLElement, into builder: inout XMLRecordBuilder) {
        switch element.localName {
        case "alternateIdentifier": builder.addIdentifier(element, declaredType: element.value("system"))
        case "title": builder.addText(.title, element, [FactAttribute.language: element.language])
        case "creator": addParty(element, .creator, into: &builder)
        case "associatedParty": addParty(element, .contributor, role: element.child("role")?.text, into: &builder)
        case "contact": addParty(element, .contributor, role: "contact", into: &builder)
        case "metadataProvider": addParty(element, .metadataPublisher, into: &builder)
        case "publisher": addParty(element, .publisher, into: &builder)
        case "pubDate": builder.addText(.dateIssued, element)
        case "language": builder.addText(.language, element)
        case "abstract": builder.addText(.description, element)
        case "keywordSet":
            let thesaurus = element.child("keywordThesaurus")?.text
            for keyword in element.children(named: "keyword") {
                builder.addText(thesaurus == nil ? .keyword : .subject, keyword, [FactAttribute.scheme: thesaurus])
            }
        case "intellectualRights": addRights(element.text, url: nil, into: &builder, at: element)
        case "licensed":
            let name = element.child("licenseName")?.text
            let url = element.child("url")?.text
            let identifier = element.child("identifier")?.text
            builder.add(.license, name ?? identifier ?? url, [FactAttribute.iri: url, FactAttribute.spdx: RightsClassifier.spdx(uri: url, identifier: identifier, scheme: nil)], at: element)
        case "distribution": addDistribution(element, name: nil, into: &builder)
        case "coverage": addCoverage(element, into: &builder)
        case "methods":
            for step in element.descendants(named: "methodStep") { builder.add(.provenance, step.text.map { String($0.prefix(500)) }, [FactAttribute.relationType: "methods"], at: step) }
        case "project":
            for funding in element.children(named: "award") {
                builder.add(.funding, funding.child("funderName")?.text ?? funding.child("title")?.text, [
                    FactAttribute.funder: funding.child("funderName")?.text, FactAttribute.funderIdentifier: funding.child("funderIdentifier")?.text,
                    FactAttribute.awardNumber: funding.child("awardNumber")?.text, FactAttribute.awardTitle: funding.child("title")?.text,
                ], at: funding)
            }
            if let funding = element.child("funding") { builder.add(.funding, funding.text, at: funding) }
        case "dataTable", "spatialRaster", "spatialVector", "otherEntity", "storedProcedure", "view":
            for physical in element.children(named: "physical") { addPhysical(physical, into: &builder) }
        default: break
        }
    }

    static func addParty(_ party: XMLElement, _ kind: FactKind, role: String? = nil, into builder: inout XMLRecordBuilder) {
        let given = party.descendant("individualName", "givenName")?.text
        let family = party.descendant("individualName", "surName")?.text
        let person = [given, family].compactMap { $0 }.joined(separator: " ")
        let organization = party.child("organizationName")?.text
        let name = person.isEmpty ? organization ?? party.child("positionName")?.text : person
        let ids = party.children(named: "userId").compactMap(\.text) + [party.attribute("id")].compactMap { $0 }
        let orcid = ids.lazy.compactMap(QuickIdentifiers.orcid).first
        builder.add(kind, name, [
            FactAttribute.name: name, FactAttribute.givenName: given, FactAttribute.familyName: family, FactAttribute.orcid: orcid,
            FactAttribute.affiliation: person.isEmpty ? nil : organization, FactAttribute.agentType: person.isEmpty ? "organization" : "person",
            FactAttribute.role: role, "email": party.child("electronicMailAddress")?.text,
            FactAttribute.identifier: orcid ?? party.children(named: "userId").first?.text,
        ], at: party)
    }

    private static func addRights(_ text: String?, url: String?, into builder: inout XMLRecordBuilder, at element: XMLElement) {
        guard let text else { return }
        let kind: FactKind = RightsClassifier.kind(uri: url, identifier: nil, text: text) == .license ? .license : .rights
        builder.add(kind, text, [FactAttribute.iri: url], at: element)
    }

    private static func addDistribution(_ element: XMLElement, name: String?, size: String? = nil, format: String? = nil,
                                        checksum: XMLElement? = nil, into builder: inout XMLRecordBuilder) {
        let url = element.descendant("online", "url")
        builder.add(.distribution, url?.text ?? name ?? element.descendant("offline", "mediumName")?.text, [
            FactAttribute.url: url?.text, FactAttribute.name: name, FactAttribute.size: size, FactAttribute.format: format,
            FactAttribute.checksum: checksum?.text, FactAttribute.checksumAlgorithm: checksum?.value("method"),
        ], at: url ?? element)
    }

    private static func addPhysical(_ physical: XMLElement, into builder: inout XMLRecordBuilder) {
        let format = physical.descendant("dataFormat", "externallyDefinedFormat", "formatName")?.text
            ?? (physical.descendant("dataFormat", "textFormat") != nil ? "text" : nil)
        let size = physical.child("size").flatMap { size in size.text.map { $0 + (size.value("unit").map { " " + $0 } ?? "") } }
        let distributions = physical.children(named: "distribution")
        if distributions.isEmpty {
            addDistribution(physical, name: physical.child("objectName")?.text, size: size, format: format, checksum: physical.child("authentication"), into: &builder)
        }
        for distribution in distributions {
            addDistribution(distribution, name: physical.child("objectName")?.text, size: size, format: format, checksum: physical.child("authentication"), into: &builder)
        }
    }

    private static func addCoverage(_ coverage: XMLElement, into builder: inout XMLRecordBuilder) {
        for geographic in coverage.children(named: "geographicCoverage") {
            let description = geographic.child("geographicDescription")?.text
            let box = geographic.child("boundingCoordinates").map { box in
                ["southBoundingCoordinate", "westBoundingCoordinate", "northBoundingCoordinate", "eastBoundingCoordinate"]
                    .compactMap { name in box.children.first { $0.localName == name }?.text }.joined(separator: " ")
            }
            let value = [description, box.map { "box " + $0 }].compactMap { $0 }.joined(separator: "; ")
            builder.add(.spatialCoverage, value, ["box": box], at: geographic)
        }
        for temporal in coverage.children(named: "temporalCoverage") {
            let dates = temporal.descendants(named: "calendarDate").compactMap(\.text)
            builder.add(.temporalCoverage, dates.isEmpty ? temporal.text : dates.joined(separator: "/"), at: temporal)
        }
    }
}
