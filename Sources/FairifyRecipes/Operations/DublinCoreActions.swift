import FairifyModel

/// Unqualified Dublin Core (`oai_dc:dc`): every statement is a repeatable `dc:` element in any
/// order, so new ones go after the last element of the same name. Licences and access rights
/// are `dc:rights` holding the IRI (the text a steward wrote stays beside it).
enum DublinCoreActions {
    static let all: [String: XMLAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licenceIRI, "add-license": addLicence, "replace-license": replaceLicence,
        "add-access-rights": accessRights, "dates-iso8601": dates, "language-iso639": language, "add-keywords": keywords,
        "add-description": description, "add-identifier": identifier, "add-publisher": publisher, "deduplicate-values": deduplicate,
    ]

    static func elements(_ input: XMLRecordInput, _ local: String) -> [Int] { input.children(local, XMLDialect.dc) }

    static func add(_ input: inout XMLRecordInput, _ local: String, _ text: String) {
        input.append(NewElement(name: input.qualified(local, XMLDialect.dc, preferred: "dc"), text: text))
    }

    static func canonical(_ input: inout XMLRecordInput) throws {
        for index in elements(input, "identifier") + elements(input, "relation") + elements(input, "source") {
            if let iri = XMLRecordInput.canonicalIdentifier(input.text(index)) { input.setText(index, iri) }
        }
    }

    static func licences(_ input: XMLRecordInput) -> [Int] {
        elements(input, "rights").filter { r in
            let text = input.text(r)
            return COARAccessRights.find(text) == nil && !text.hasPrefix("info:eu-repo") && XMLRecordInput.licence(in: text) != nil
        }
    }

    /// A `dc:rights` naming a licence in words gets a sibling `dc:rights` with the licence's SPDX IRI.
    static func licenceIRI(_ input: inout XMLRecordInput) throws {
        let texts = elements(input, "rights").map(input.text)
        for index in licences(input) {
            guard let licence = XMLRecordInput.licence(in: input.text(index)) else { continue }
            if texts.contains(where: { $0.hasPrefix("http") && SPDXLicenses.find($0) == licence }) { continue }
            input.patcher.insertAfter(index, NewElement(name: input.elements[index].name, text: licence.iri))
        }
    }

    static func addLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id), licences(input).isEmpty else { return }
        add(&input, "rights", licence.iri)
    }

    static func replaceLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return }
        let current = licences(input)
        guard let first = current.first else { return add(&input, "rights", licence.iri) }
        input.setText(first, licence.iri)
        current.dropFirst().forEach { input.patcher.remove($0) }
    }

    static func accessRights(_ input: inout XMLRecordInput) throws {
        guard let key = input.params["access"], let term = COARAccessRights.find(key) else { return }
        if elements(input, "rights").contains(where: { COARAccessRights.find(input.text($0)) != nil }) { return }
        add(&input, "rights", term.iri)
    }

    static func dates(_ input: inout XMLRecordInput) throws {
        for index in elements(input, "date") {
            if let iso = ISODates.normalise(input.text(index)) { input.setText(index, iso) }
        }
    }

    static func language(_ input: inout XMLRecordInput) throws {
        for index in elements(input, "language") {
            let raw = input.text(index)
            if let code = ISO639.code(for: raw), code != raw { input.setText(index, code) }
        }
    }

    static func keywords(_ input: inout XMLRecordInput) throws {
        guard let list = input.params["keywords"] else { return }
        var existing = Set(elements(input, "subject").map { input.text($0).lowercased() })
        for keyword in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !keyword.isEmpty && existing.insert(keyword.lowercased()).inserted {
            add(&input, "subject", keyword)
        }
    }

    static func description(_ input: inout XMLRecordInput) throws {
        guard let text = input.params["description"], elements(input, "description").isEmpty else { return }
        add(&input, "description", text)
    }

    static func identifier(_ input: inout XMLRecordInput) throws {
        guard let raw = input.params["identifier"] else { return }
        let value = ClassifiedIdentifier.classify(raw).canonical ?? raw
        if elements(input, "identifier").contains(where: { input.text($0) == value }) { return }
        add(&input, "identifier", value)
    }

    static func publisher(_ input: inout XMLRecordInput) throws {
        guard let name = input.params["publisher"], elements(input, "publisher").isEmpty else { return }
        add(&input, "publisher", name)
    }

    static func deduplicate(_ input: inout XMLRecordInput) throws {
        var seen = Set<String>()
        for index in input.elements[input.record].children where input.elements[index].namespace == XMLDialect.dc {
            let key = input.elements[index].localName + "|" + input.text(index)
            if !seen.insert(key).inserted { input.patcher.remove(index) }
        }
    }
}
