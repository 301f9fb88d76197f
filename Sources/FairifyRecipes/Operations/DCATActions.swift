import FairifyModel

/// DCAT in RDF/XML: each `dcat:Dataset` is a record, patched in its own element. Properties are
/// unordered, so new ones go after the last one of the same name; IRIs are written as
/// `rdf:resource` (a licence IRI, `dcat:mediaType` as an IANA IRI, COAR access rights).
enum DCATActions {
    static let all: [String: XMLAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licenceIRI, "add-license": addLicence, "replace-license": replaceLicence,
        "add-access-rights": accessRights, "dates-iso8601": dates, "add-distribution-mediatype": mediaTypes,
        "add-keywords": keywords, "add-description": description, "add-identifier": identifier, "deduplicate-values": deduplicate,
    ]

    static let ianaMediaTypes = "http://www.iana.org/assignments/media-types/"

    static func terms(_ input: XMLRecordInput, _ local: String, of parent: Int? = nil) -> [Int] {
        input.children(local, XMLDialect.dcterms, of: parent)
    }

    static func resource(_ input: inout XMLRecordInput, _ local: String, _ namespace: String, _ preferred: String, _ iri: String) -> NewElement {
        NewElement(name: input.qualified(local, namespace, preferred: preferred), attributes: [(input.qualified("resource", XMLDialect.rdf, preferred: "rdf"), iri)])
    }

    static func resourceIRI(_ input: XMLRecordInput, _ index: Int) -> String? {
        input.elements[index].attributes.first { $0.name.hasSuffix(":resource") || $0.name == "resource" }?.value
    }

    static func canonical(_ input: inout XMLRecordInput) throws {
        for index in terms(input, "identifier") {
            if let iri = XMLRecordInput.canonicalIdentifier(input.text(index)) { input.setText(index, iri) }
        }
    }

    /// A licence written as a literal (`<dct:license>CC BY 4.0</dct:license>`) becomes a link to its SPDX IRI.
    static func licenceIRI(_ input: inout XMLRecordInput) throws {
        let statements = terms(input, "license") + distributions(input).flatMap { terms(input, "license", of: $0) }
        for index in statements where resourceIRI(input, index) == nil && input.elements[index].children.isEmpty {
            guard let licence = XMLRecordInput.licence(in: input.text(index)) else { continue }
            input.patcher.replaceElement(index, resource(&input, "license", XMLDialect.dcterms, "dct", licence.iri))
        }
    }

    static func addLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id), terms(input, "license").isEmpty else { return }
        input.append(resource(&input, "license", XMLDialect.dcterms, "dct", licence.iri))
    }

    static func replaceLicence(_ input: inout XMLRecordInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return }
        let current = terms(input, "license")
        if current.count == 1, resourceIRI(input, current[0]) == licence.iri { return }
        let element = resource(&input, "license", XMLDialect.dcterms, "dct", licence.iri)
        if let first = current.first { input.patcher.replaceElement(first, element) } else { input.append(element) }
        current.dropFirst().forEach { input.patcher.remove($0) }
    }

    static func accessRights(_ input: inout XMLRecordInput) throws {
        guard let key = input.params["access"], let term = COARAccessRights.find(key), terms(input, "accessRights").isEmpty else { return }
        input.append(resource(&input, "accessRights", XMLDialect.dcterms, "dct", term.iri))
    }

    static func dates(_ input: inout XMLRecordInput) throws {
        for index in ["issued", "modified", "created"].flatMap({ terms(input, $0) }) {
            if let iso = ISODates.normalise(input.text(index)) { input.setText(index, iso) }
        }
    }

    static func distributions(_ input: XMLRecordInput) -> [Int] {
        input.children("distribution", XMLDialect.dcatNS).flatMap { input.children("Distribution", XMLDialect.dcatNS, of: $0) }
    }

    /// `dcat:mediaType` from the extension of the download (or access) URL.
    static func mediaTypes(_ input: inout XMLRecordInput) throws {
        for distribution in distributions(input) {
            guard input.children("mediaType", XMLDialect.dcatNS, of: distribution).isEmpty, terms(input, "format", of: distribution).isEmpty else { continue }
            let links = ["downloadURL", "accessURL"].flatMap { input.children($0, XMLDialect.dcatNS, of: distribution) }.compactMap { resourceIRI(input, $0) }
            guard let type = links.lazy.compactMap(MediaTypes.forFile).first else {
                if let link = links.first { input.notes.append("no media type known for '\(link)'") }
                continue
            }
            input.append(resource(&input, "mediaType", XMLDialect.dcatNS, "dcat", ianaMediaTypes + type), to: distribution)
        }
    }

    static func keywords(_ input: inout XMLRecordInput) throws {
        guard let list = input.params["keywords"] else { return }
        var existing = Set(input.children("keyword", XMLDialect.dcatNS).map { input.text($0).lowercased() })
        for keyword in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !keyword.isEmpty && existing.insert(keyword.lowercased()).inserted {
            input.append(NewElement(name: input.qualified("keyword", XMLDialect.dcatNS, preferred: "dcat"), text: keyword))
        }
    }

    static func description(_ input: inout XMLRecordInput) throws {
        guard let text = input.params["description"], terms(input, "description").isEmpty else { return }
        input.append(NewElement(name: input.qualified("description", XMLDialect.dcterms, preferred: "dct"), text: text))
    }

    static func identifier(_ input: inout XMLRecordInput) throws {
        guard let raw = input.params["identifier"] else { return }
        let value = ClassifiedIdentifier.classify(raw).canonical ?? raw
        if terms(input, "identifier").contains(where: { input.text($0) == value }) { return }
        input.append(NewElement(name: input.qualified("identifier", XMLDialect.dcterms, preferred: "dct"), text: value))
    }

    static func deduplicate(_ input: inout XMLRecordInput) throws {
        var seen = Set<String>()
        for index in input.elements[input.record].children where input.elements[index].children.isEmpty {
            let e = input.elements[index]
            let key = e.name + "|" + e.attributes.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: "&") + "|" + input.text(index)
            if !seen.insert(key).inserted { input.patcher.remove(index) }
        }
    }
}
