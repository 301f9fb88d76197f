import FairifyModel

/// EML 2.2 `dataset`: new elements go where the schema's sequence puts them; a licence is the
/// `licensed` block (name, SPDX IRI, id) after `intellectualRights`.
enum EMLActions {
    static let all: [String: XMLAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licenceBlock, "add-license": addLicence, "replace-license": replaceLicence,
        "dates-iso8601": dates, "language-iso639": language, "add-keywords": keywords, "add-description": description,
        "add-identifier": identifier, "deduplicate-values": deduplicate,
    ]

    /// The EML 2.2 order of `dataset`'s children (the resource group, then the dataset's own).
    static let order = ["alternateIdentifier", "shortName", "title", "creator", "metadataProvider", "associatedParty", "pubDate", "language",
                        "series", "abstract", "keywordSet", "additionalInfo", "intellectualRights", "licensed", "distribution", "coverage",
                        "annotation", "purpose", "introduction", "gettingStarted", "acknowledgements", "maintenance", "contact", "publisher",
                        "pubPlace", "methods", "project", "dataTable", "spatialRaster", "spatialVector", "storedProcedure", "view", "otherEntity",
                        "referencePublication", "usageCitation", "literatureCited"]

    static func insert(_ input: inout XMLRecordInput, _ element: NewElement) {
        input.patcher.insertChild(input.record, element, order: order)
    }

    static func licensed(_ licence: SPDXLicense) -> NewElement {
        NewElement(name: "licensed", children: [
            NewElement(name: "licenseName", text: licence.name), NewElement(name: "url", text: licence.iri), NewElement(name: "identifier", text: licence.id),
        ])
    }

    static func canonical(_ input: inout XMLRecordInput) throws {
        for index in input.children("alternateIdentifier") {
            if let iri = XMLRecordInput.canonicalIdentifier(input.text(index)) { input.setText(index, iri) }
        }
    }

    /// The licence that `intellectualRights` names in words becomes a `licensed` block.
    static func licenceBlock(_ input: inout XMLRecordInput) throws {
        guard input.children("licensed").isEmpty, let rights = input.child("intellectualRights") else { return }
        guard let licence = XMLRecordInput.licence(in: input.text(rights)) else {
            input.notes.append("intellectualRights names no licence of the bundled SPDX list")
            return
        }
        insert(&input, licensed(licence))
    }

    static func addLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id), input.children("licensed").isEmpty else { return }
        if let rights = input.child("intellectualRights"), XMLRecordInput.licence(in: input.text(rights)) != nil { return }
        insert(&input, licensed(licence))
    }

    static func replaceLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return }
        let current = input.children("licensed")
        if current.count == 1, let idElement = input.child("identifier", of: current[0]), input.text(idElement) == licence.id { return }
        if let first = current.first { input.patcher.replaceElement(first, licensed(licence)) } else { insert(&input, licensed(licence)) }
        current.dropFirst().forEach { input.patcher.remove($0) }
        if input.child("intellectualRights") != nil { input.notes.append("intellectualRights still holds the old wording; edit it by hand") }
    }

    static func dates(_ input: inout XMLRecordInput) throws {
        for index in input.children("pubDate") {
            if let iso = ISODates.normalise(input.text(index)) { input.setText(index, iso) }
        }
    }

    static func language(_ input: inout XMLRecordInput) throws {
        for index in input.children("language") {
            let raw = input.text(index)
            if let code = ISO639.code(for: raw), code != raw { input.setText(index, code) }
        }
    }

    static func keywords(_ input: inout XMLRecordInput) throws {
        guard let list = input.params["keywords"] else { return }
        let existing = Set(input.descendants("keyword").map { input.text($0).lowercased() })
        let missing = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !existing.contains($0.lowercased()) }
        guard !missing.isEmpty else { return }
        insert(&input, NewElement(name: "keywordSet", children: missing.map { NewElement(name: "keyword", text: $0) }))
    }

    static func description(_ input: inout XMLRecordInput) throws {
        guard let text = input.params["description"], input.children("abstract").isEmpty else { return }
        insert(&input, NewElement(name: "abstract", children: [NewElement(name: "para", text: text)]))
    }

    static func identifier(_ input: inout XMLRecordInput) throws {
        guard let raw = input.params["identifier"] else { return }
        let value = ClassifiedIdentifier.classify(raw).canonical ?? raw
        let package = input.scanner.root.flatMap { input.attribute($0, "packageId") }.map { ClassifiedIdentifier.classify($0).canonical ?? $0 }
        if package == value || input.children("alternateIdentifier").contains(where: { input.text($0) == value || input.text($0) == raw }) { return }
        insert(&input, NewElement(name: "alternateIdentifier", text: value))
    }

    static func deduplicate(_ input: inout XMLRecordInput) throws {
        for set in input.children("keywordSet") {
            var seen = Set<String>()
            for keyword in input.children("keyword", of: set) where !seen.insert(input.text(keyword).lowercased()).inserted {
                input.patcher.remove(keyword)
            }
        }
    }
}
