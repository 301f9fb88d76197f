import FairifyModel
import Foundation

/// ISO 19139 (`gmd:MD_Metadata`): values are normalised where they stand, so every element stays
/// at its schema-valid position. A licence named in words (`gco:CharacterString` under
/// `MD_LegalConstraints`) becomes a `gmx:Anchor` whose `xlink:href` is the SPDX IRI, the same text kept.
enum ISOActions {
    static let all: [String: XMLAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licenceAnchor, "replace-license": replaceLicence, "dates-iso8601": dates,
        "add-license": addLicence, "add-keywords": keywords,
    ]

    /// `MD_DataIdentification`'s sequence (with `MD_Identification`'s elements first).
    static let identificationOrder = ["citation", "abstract", "purpose", "credit", "status", "pointOfContact", "resourceMaintenance",
                                      "graphicOverview", "resourceFormat", "descriptiveKeywords", "resourceSpecificUsage", "resourceConstraints",
                                      "aggregationInfo", "spatialRepresentationType", "spatialResolution", "language", "characterSet",
                                      "topicCategory", "environmentDescription", "extent", "supplementalInformation"]

    static func identification(_ input: XMLRecordInput) -> Int? {
        input.child("identificationInfo").flatMap { input.elements[$0].children.first }
    }

    /// A `resourceConstraints` block stating the licence (use constraint `license`, the SPDX IRI as an anchor).
    static func addLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id), let info = identification(input) else { return }
        guard licenceTexts(input).isEmpty else { return }
        let code = NewElement(name: "MD_RestrictionCode", attributes: [("codeList", "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_RestrictionCode"), ("codeListValue", "license")], text: "license")
        let legal = NewElement(name: "MD_LegalConstraints", children: [
            NewElement(name: "useConstraints", children: [code]),
            NewElement(name: "otherConstraints", children: [anchor(&input, licence, text: licence.name)]),
        ])
        input.patcher.insertChild(info, NewElement(name: "resourceConstraints", children: [legal]), order: identificationOrder)
    }

    /// Keywords join the first `MD_Keywords` block, or a new `descriptiveKeywords` one.
    static func keywords(_ input: inout XMLRecordInput) throws {
        guard let list = input.params["keywords"], let info = identification(input) else { return }
        let existing = Set(input.descendants("keyword").map { input.text($0).lowercased() })
        let missing = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !existing.contains($0.lowercased()) }
        guard !missing.isEmpty else { return }
        let string = input.qualified("CharacterString", gco, preferred: "gco")
        let items = missing.map { NewElement(name: "keyword", children: [NewElement(name: string, text: $0)]) }
        if let block = input.descendants("MD_Keywords", of: info).first {
            items.forEach { input.append($0, to: block) }
        } else {
            input.patcher.insertChild(info, NewElement(name: "descriptiveKeywords", children: [NewElement(name: "MD_Keywords", children: items)]), order: identificationOrder)
        }
    }

    static let gco = "http://www.isotc211.org/2005/gco"
    static let gmx = "http://www.isotc211.org/2005/gmx"
    static let xlink = "http://www.w3.org/1999/xlink"

    static func canonical(_ input: inout XMLRecordInput) throws {
        let codes = (input.descendants("MD_Identifier") + input.descendants("RS_Identifier")).flatMap { input.children("code", of: $0) }
        for value in codes.flatMap({ input.children("CharacterString", of: $0) }) {
            if let iri = XMLRecordInput.canonicalIdentifier(input.text(value)) { input.setText(value, iri) }
        }
    }

    static func constraintTexts(_ input: XMLRecordInput) -> [Int] {
        input.descendants("MD_LegalConstraints").flatMap { legal in
            ["otherConstraints", "useLimitation"].flatMap { input.descendants($0, of: legal) }.flatMap { input.elements[$0].children }
        }
    }

    /// The constraint values that name a licence, in words or by an anchor's link.
    static func licenceTexts(_ input: XMLRecordInput) -> [Int] {
        constraintTexts(input).filter { value in
            XMLRecordInput.licence(in: input.text(value)) != nil || input.elements[value].attributes.contains { $0.name.hasSuffix(":href") && SPDXLicenses.find($0.value) != nil }
        }
    }

    static func anchor(_ input: inout XMLRecordInput, _ licence: SPDXLicense, text: String) -> NewElement {
        NewElement(name: input.qualified("Anchor", gmx, preferred: "gmx"), attributes: [(input.qualified("href", xlink, preferred: "xlink"), licence.iri)], text: text)
    }

    static func licenceAnchor(_ input: inout XMLRecordInput) throws {
        for value in constraintTexts(input) where input.elements[value].localName == "CharacterString" {
            let text = input.text(value)
            guard let licence = XMLRecordInput.licence(in: text) else { continue }
            input.patcher.replaceElement(value, anchor(&input, licence, text: text))
        }
    }

    static func replaceLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return }
        let current = licenceTexts(input)
        guard let first = current.first else {
            input.notes.append("the record states no licence in MD_LegalConstraints; nothing replaced")
            return
        }
        let href = input.elements[first].attributes.first { $0.name.hasSuffix(":href") }?.value
        if href == licence.iri, input.text(first) == licence.name { return }
        input.patcher.replaceElement(first, anchor(&input, licence, text: licence.name))
    }

    static func dates(_ input: inout XMLRecordInput) throws {
        let holders = input.descendants("dateStamp") + input.descendants("CI_Date").flatMap { input.children("date", of: $0) }
        for holder in holders {
            for value in input.elements[holder].children where ["Date", "DateTime"].contains(input.elements[value].localName) {
                if let iso = ISODates.normalise(input.text(value)) { input.setText(value, iso) }
            }
        }
    }
}
