import FairifyModel
import Foundation

/// What a DataCite action gets: the scanned record, where to record splices, parameters.
struct DataCiteInput {
    var patcher: XMLPatcher
    var params: RecipeParameterValues
    var directory: URL?
    var notes: [String] = []
    let resource: Int
    /// The DataCite kernel major version (3 or 4): kernel 3 lacks several attributes.
    var kernel: Int = 4
    /// Items for wrappers that do not exist yet, written together so one wrapper is made.
    var pending: [(wrapper: String, items: [NewElement])] = []

    var scanner: XMLScanner { patcher.scanner }
    func child(_ local: String, of parent: Int? = nil) -> Int? { scanner.child(parent ?? resource, local) }
    func children(_ local: String, of parent: Int) -> [Int] { scanner.children(parent, named: local) }
    func text(_ index: Int) -> String { scanner.text(index).trimmingCharacters(in: .whitespacesAndNewlines) }
    func attribute(_ index: Int, _ name: String) -> String? { scanner.elements[index].attribute(name) }

    /// The wrapper's items (`creators/creator`), or none.
    func items(_ wrapper: String, _ item: String) -> [Int] {
        guard let w = child(wrapper) else { return [] }
        return children(item, of: w)
    }

    /// Adds an item to its wrapper, creating the wrapper when missing.
    mutating func addItem(_ wrapper: String, _ item: NewElement) {
        if let w = child(wrapper) {
            patcher.insertChild(w, item, order: [item.name])
        } else if let i = pending.firstIndex(where: { $0.wrapper == wrapper }) {
            pending[i].items.append(item)
        } else {
            pending.append((wrapper, [item]))
        }
    }

    mutating func finish() {
        notes += patcher.skipped
        for (wrapper, items) in pending {
            patcher.insertChild(resource, NewElement(name: wrapper, children: items), order: DataCiteOrder.resource)
        }
        pending = []
    }
}

typealias DataCiteAction = (inout DataCiteInput) throws -> Void

/// The DataCite 4 XML implementation of each recipe.
enum DataCiteActions {
    static let all: [String: DataCiteAction] = [
        "doi-canonical": canonicalIdentifiers, "license-spdx-iri": licenceIdentifiers, "add-license": addLicense, "replace-license": replaceLicense,
        "add-access-rights": accessRights, "declare-conformsto": schemaLocation, "split-creator-names": splitNames,
        "add-orcid": addORCID, "add-ror-affiliation": addROR, "keywords-to-iris": subjectIRIs, "add-keywords": addKeywords,
        "dates-iso8601": isoDates, "language-iso639": language, "add-publisher": publisher,
        "typed-related-identifiers": relatedTypes, "add-provenance": provenance, "datacite-mandatory": mandatory,
        "add-version": version, "add-description": description, "add-identifier": identifier,
        "deduplicate-values": deduplicate, "add-checksum": sizes,
    ]

    static func canonicalIdentifiers(_ input: inout DataCiteInput) throws {
        var targets: [Int] = []
        if let id = input.child("identifier") { targets.append(id) }
        targets += input.items("alternateIdentifiers", "alternateIdentifier") + input.items("relatedIdentifiers", "relatedIdentifier")
        for index in targets {
            let type = input.attribute(index, "identifierType") ?? input.attribute(index, "alternateIdentifierType") ?? input.attribute(index, "relatedIdentifierType")
            let raw = input.text(index)
            let id = ClassifiedIdentifier.classify(raw)
            // DataCite writes DOIs bare: the type attribute already says what they are.
            if type?.uppercased() == "DOI", id.scheme == .doi, id.value != raw { input.patcher.setText(index, id.value) }
        }
        for agent in input.items("creators", "creator") + input.items("contributors", "contributor") {
            for nameID in input.children("nameIdentifier", of: agent) where input.attribute(nameID, "nameIdentifierScheme")?.uppercased() == "ORCID" {
                let id = ClassifiedIdentifier.classify(input.text(nameID))
                if id.scheme == .orcid, let c = id.canonical, c != input.text(nameID) { input.patcher.setText(nameID, c) }
            }
            for affiliation in input.children("affiliation", of: agent) {
                guard let raw = input.attribute(affiliation, "affiliationIdentifier") else { continue }
                let id = ClassifiedIdentifier.classify(raw)
                if id.scheme == .ror, let c = id.canonical, c != raw { input.patcher.setAttribute(affiliation, "affiliationIdentifier", c) }
            }
        }
    }

    static func licenceIdentifiers(_ input: inout DataCiteInput) throws {
        for rights in input.items("rightsList", "rights") {
            if input.attribute(rights, "rightsIdentifier") != nil { continue }
            let uri = input.attribute(rights, "rightsURI")
            if let uri, uri.hasPrefix("info:eu-repo") || uri.contains("coar/access_right") { continue }
            guard let licence = SPDXLicenses.find(uri ?? "") ?? SPDXLicenses.find(input.text(rights)) else {
                input.notes.append("rights '\(uri ?? input.text(rights))' is not a licence in the bundled SPDX list")
                continue
            }
            if uri == nil { input.patcher.setAttribute(rights, "rightsURI", licence.iri) }
            input.patcher.setAttribute(rights, "rightsIdentifier", licence.id)
            input.patcher.setAttribute(rights, "rightsIdentifierScheme", "SPDX")
            input.patcher.setAttribute(rights, "schemeURI", "https://spdx.org/licenses/")
        }
    }

    static func hasLicence(_ input: DataCiteInput) -> Bool {
        input.items("rightsList", "rights").contains { r in
            let uri = input.attribute(r, "rightsURI") ?? ""
            return !(uri.hasPrefix("info:eu-repo") || uri.contains("coar/access_right"))
        }
    }

    static func addLicense(_ input: inout DataCiteInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id), !hasLicence(input) else { return }
        let identifier = input.kernel >= 4 ? [("rightsIdentifier", licence.id), ("rightsIdentifierScheme", "SPDX"), ("schemeURI", "https://spdx.org/licenses/")] : []
        input.addItem("rightsList", NewElement(name: "rights", attributes: [("rightsURI", licence.iri)] + identifier, text: licence.name))
    }

    /// Unsafe: the first licence becomes the named one; the other licences go (access rights stay).
    static func replaceLicense(_ input: inout DataCiteInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return }
        let licences = input.items("rightsList", "rights").filter { r in
            let uri = input.attribute(r, "rightsURI") ?? ""
            return !(uri.hasPrefix("info:eu-repo") || uri.contains("coar/access_right"))
        }
        guard let first = licences.first else { return try addLicense(&input) }
        let attributes = [("rightsURI", licence.iri)] + (input.kernel >= 4 ? [("rightsIdentifier", licence.id), ("rightsIdentifierScheme", "SPDX"), ("schemeURI", "https://spdx.org/licenses/")] : [])
        for (name, value) in attributes { input.patcher.setAttribute(first, name, value) }
        if input.text(first) != licence.name { input.patcher.setText(first, licence.name) }
        licences.dropFirst().forEach { input.patcher.remove($0) }
    }

    static func accessRights(_ input: inout DataCiteInput) throws {
        guard let key = input.params["access"], let term = COARAccessRights.find(key) else { return }
        let present = input.items("rightsList", "rights").contains { COARAccessRights.find(input.attribute($0, "rightsURI") ?? "") != nil }
        guard !present else { return }
        input.addItem("rightsList", NewElement(name: "rights", attributes: [("rightsURI", term.iri)], text: term.label))
    }

    static let kernel4 = "http://datacite.org/schema/kernel-4"

    /// The kernel version of a DataCite namespace, or nil for other namespaces.
    static func kernel(_ namespace: String?) -> Int? {
        switch namespace {
        case kernel4?: return 4
        case "http://datacite.org/schema/kernel-3"?: return 3
        default: return nil
        }
    }

    /// Recipes whose DataCite output kernel 3 can hold (no 4.x-only elements or attributes).
    static let kernel3Recipes: Set<String> = [
        "doi-canonical", "dates-iso8601", "language-iso639", "typed-related-identifiers", "deduplicate-values", "add-keywords",
        "add-version", "add-description", "add-identifier", "add-provenance", "add-access-rights", "declare-conformsto",
        "add-orcid", "add-checksum", "add-license", "replace-license",
    ]
    static let xsi = "http://www.w3.org/2001/XMLSchema-instance"

    /// Declares the kernel with `xsi:schemaLocation`, the way DataCite records say which version they follow.
    static func schemaLocation(_ input: inout DataCiteInput) throws {
        let root = input.scanner.elements[input.resource]
        let xsiPrefix = root.namespaces.first { $0.value == xsi }?.key
        if let xsiPrefix, root.attribute(xsiPrefix + ":schemaLocation") != nil { return }
        if xsiPrefix == nil { input.patcher.setAttribute(input.resource, "xmlns:xsi", xsi) }
        let k = input.kernel
        input.patcher.setAttribute(input.resource, (xsiPrefix ?? "xsi") + ":schemaLocation", "http://datacite.org/schema/kernel-\(k) https://schema.datacite.org/meta/kernel-\(k)/metadata.xsd")
    }

    static func splitNames(_ input: inout DataCiteInput) throws {
        for (wrapper, item, nameElement, order) in [("creators", "creator", "creatorName", DataCiteOrder.creator), ("contributors", "contributor", "contributorName", DataCiteOrder.contributor)] {
            for agent in input.items(wrapper, item) {
                guard let name = input.child(nameElement, of: agent), input.child("givenName", of: agent) == nil, input.child("familyName", of: agent) == nil,
                      input.attribute(name, "nameType") != "Organizational", let (family, given) = AgentActions.split(input.text(name)) else { continue }
                input.patcher.insertChild(agent, NewElement(name: "givenName", text: given), order: order)
                input.patcher.insertChild(agent, NewElement(name: "familyName", text: family), order: order)
                if input.attribute(name, "nameType") == nil { input.patcher.setAttribute(name, "nameType", "Personal") }
            }
        }
    }

    static func selectCreator(_ input: DataCiteInput) throws -> Int? {
        let creators = input.items("creators", "creator")
        guard let selector = input.params["creator"] else { return creators.first }
        if let n = Int(selector) {
            guard creators.indices.contains(n - 1) else { throw Diagnostic.error("creator=\(selector): the record has \(creators.count) creator(s)", code: "parameter") }
            return creators[n - 1]
        }
        guard let match = creators.first(where: { c in
            let name = input.child("creatorName", of: c).map(input.text) ?? ""
            return name.lowercased().contains(selector.lowercased())
        }) else { throw Diagnostic.error("creator=\(selector): no creator has that name", code: "parameter") }
        return match
    }

    static func addORCID(_ input: inout DataCiteInput) throws {
        guard let orcid = input.params["orcid"], let creator = try selectCreator(input) else { return }
        let has = input.children("nameIdentifier", of: creator).contains { input.attribute($0, "nameIdentifierScheme")?.uppercased() == "ORCID" }
        guard !has else { return }
        input.patcher.insertChild(creator, NewElement(name: "nameIdentifier", attributes: [("nameIdentifierScheme", "ORCID"), ("schemeURI", "https://orcid.org")], text: orcid), order: DataCiteOrder.creator)
    }

    static func addROR(_ input: inout DataCiteInput) throws {
        guard let ror = input.params["ror"], let creator = try selectCreator(input) else { return }
        let affiliations = input.children("affiliation", of: creator)
        if affiliations.contains(where: { input.attribute($0, "affiliationIdentifier") != nil && input.attribute($0, "affiliationIdentifierScheme") == "ROR" }) { return }
        let label = input.params["affiliation"]
        if let match = affiliations.first(where: { label == nil ? affiliations.count == 1 : input.text($0).lowercased() == label!.lowercased() }) {
            input.patcher.setAttribute(match, "affiliationIdentifier", ror)
            input.patcher.setAttribute(match, "affiliationIdentifierScheme", "ROR")
            input.patcher.setAttribute(match, "schemeURI", "https://ror.org")
            return
        }
        input.patcher.insertChild(creator, NewElement(name: "affiliation", attributes: [("affiliationIdentifier", ror), ("affiliationIdentifierScheme", "ROR"), ("schemeURI", "https://ror.org")], text: label ?? ror), order: DataCiteOrder.creator)
    }

    static func subjectIRIs(_ input: inout DataCiteInput) throws {
        guard let path = input.params["mapping"] else { return }
        let mapping = try KeywordMapping.load(path, relativeTo: input.directory)
        for subject in input.items("subjects", "subject") where input.attribute(subject, "valueURI") == nil {
            if let iri = mapping[input.text(subject).lowercased()] { input.patcher.setAttribute(subject, "valueURI", iri) }
        }
    }

    static func addKeywords(_ input: inout DataCiteInput) throws {
        guard let list = input.params["keywords"] else { return }
        let existing = Set(input.items("subjects", "subject").map { input.text($0).lowercased() })
        let missing = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !existing.contains($0.lowercased()) }
        guard !missing.isEmpty else { return }
        if let wrapper = input.child("subjects") {
            for keyword in missing { input.patcher.insertChild(wrapper, NewElement(name: "subject", text: keyword), order: ["subject"]) }
        } else {
            input.patcher.insertChild(input.resource, NewElement(name: "subjects", children: missing.map { NewElement(name: "subject", text: $0) }), order: DataCiteOrder.resource)
        }
    }

    static func isoDates(_ input: inout DataCiteInput) throws {
        for date in input.items("dates", "date") {
            let raw = input.text(date)
            if let iso = ISODates.normalise(raw) { input.patcher.setText(date, iso) }
        }
    }

    static func language(_ input: inout DataCiteInput) throws {
        guard let element = input.child("language") else { return }
        let raw = input.text(element)
        if let code = ISO639.code(for: raw), code != raw { input.patcher.setText(element, code) }
    }

    static func publisher(_ input: inout DataCiteInput) throws {
        let name = input.params["publisher"]
        if let element = input.child("publisher") {
            if input.text(element).isEmpty, let name { input.patcher.setText(element, name) }
            if let ror = input.params["publisher-ror"], input.attribute(element, "publisherIdentifier") == nil {
                input.patcher.setAttribute(element, "publisherIdentifier", ror)
                input.patcher.setAttribute(element, "publisherIdentifierScheme", "ROR")
                input.patcher.setAttribute(element, "schemeURI", "https://ror.org/")
            }
        } else if let name {
            var attributes: [(String, String)] = []
            if let ror = input.params["publisher-ror"] { attributes = [("publisherIdentifier", ror), ("publisherIdentifierScheme", "ROR"), ("schemeURI", "https://ror.org/")] }
            input.patcher.insertChild(input.resource, NewElement(name: "publisher", attributes: attributes, text: name), order: DataCiteOrder.resource)
        }
    }

    /// The DataCite names of identifier schemes, for `relatedIdentifierType`.
    static func dataCiteType(_ raw: String) -> String? {
        let id = ClassifiedIdentifier.classify(raw)
        switch id.scheme {
        case .doi: return "DOI"
        case .handle: return "Handle"
        case .ark: return "ARK"
        case .purl: return "PURL"
        case .urn, .uuid, .lsid: return id.scheme == .lsid ? "LSID" : "URN"
        case .arxiv: return "arXiv"
        case .pmid: return "PMID"
        case .url, .w3id, .identifiersOrg, .orcid, .ror, .isni, .pmcid: return "URL"
        default: return nil
        }
    }

    static func relatedTypes(_ input: inout DataCiteInput) throws {
        for related in input.items("relatedIdentifiers", "relatedIdentifier") {
            let raw = input.text(related)
            let id = ClassifiedIdentifier.classify(raw)
            if input.attribute(related, "relatedIdentifierType") == nil, let type = dataCiteType(raw) {
                input.patcher.setAttribute(related, "relatedIdentifierType", type)
                if type == "DOI", id.value != raw { input.patcher.setText(related, id.value) }
            } else if input.attribute(related, "relatedIdentifierType") == "URL", id.scheme == .doi {
                input.patcher.setAttribute(related, "relatedIdentifierType", "DOI")
                input.patcher.setText(related, id.value)
            }
        }
    }

    static func provenance(_ input: inout DataCiteInput) throws {
        let dates = input.items("dates", "date")
        for (param, type) in [("date-created", "Created"), ("date-modified", "Updated")] {
            guard let value = input.params[param], !dates.contains(where: { input.attribute($0, "dateType") == type }) else { continue }
            input.addItem("dates", NewElement(name: "date", attributes: [("dateType", type)], text: value))
        }
        if let v = input.params["version"], input.child("version") == nil {
            input.patcher.insertChild(input.resource, NewElement(name: "version", text: v), order: DataCiteOrder.resource)
        }
        if let source = input.params["derived-from"] {
            let present = input.items("relatedIdentifiers", "relatedIdentifier").contains { input.attribute($0, "relationType") == "IsDerivedFrom" && ClassifiedIdentifier.classify(input.text($0)) == ClassifiedIdentifier.classify(source) }
            if !present {
                let id = ClassifiedIdentifier.classify(source)
                let type = dataCiteType(source) ?? "URL"
                input.addItem("relatedIdentifiers", NewElement(name: "relatedIdentifier", attributes: [("relatedIdentifierType", type), ("relationType", "IsDerivedFrom")], text: type == "DOI" ? id.value : source))
            }
        }
    }

    static func mandatory(_ input: inout DataCiteInput) throws {
        let p = input.params
        if input.child("identifier") == nil, let raw = p["identifier"] {
            let id = ClassifiedIdentifier.classify(raw)
            input.patcher.insertChild(input.resource, NewElement(name: "identifier", attributes: [("identifierType", id.scheme == .doi ? "DOI" : "URL")], text: id.scheme == .doi ? id.value : raw), order: DataCiteOrder.resource)
        }
        if input.items("creators", "creator").isEmpty, let name = p["creator"] {
            input.addItem("creators", NewElement(name: "creator", children: [NewElement(name: "creatorName", text: name)]))
        }
        if input.items("titles", "title").isEmpty, let title = p["title"] {
            input.addItem("titles", NewElement(name: "title", text: title))
        }
        if input.child("publisher") == nil, let publisher = p["publisher"] {
            input.patcher.insertChild(input.resource, NewElement(name: "publisher", text: publisher), order: DataCiteOrder.resource)
        }
        if input.child("publicationYear") == nil, let year = p["publication-year"] {
            input.patcher.insertChild(input.resource, NewElement(name: "publicationYear", text: String(year.prefix(4))), order: DataCiteOrder.resource)
        }
        if input.child("resourceType") == nil, let general = p["resource-type-general"] {
            input.patcher.insertChild(input.resource, NewElement(name: "resourceType", attributes: [("resourceTypeGeneral", general)], text: nil), order: DataCiteOrder.resource)
        }
    }

    static func version(_ input: inout DataCiteInput) throws {
        guard let v = input.params["version"], input.child("version") == nil else { return }
        input.patcher.insertChild(input.resource, NewElement(name: "version", text: v), order: DataCiteOrder.resource)
    }

    static func description(_ input: inout DataCiteInput) throws {
        guard let text = input.params["description"], input.items("descriptions", "description").isEmpty else { return }
        input.addItem("descriptions", NewElement(name: "description", attributes: [("descriptionType", "Abstract")], text: text))
    }

    static func identifier(_ input: inout DataCiteInput) throws {
        guard let raw = input.params["identifier"] else { return }
        let id = ClassifiedIdentifier.classify(raw)
        if let element = input.child("identifier") {
            let existing = ClassifiedIdentifier.classify(input.text(element))
            if existing.value == id.value { return }
            let alternates = input.items("alternateIdentifiers", "alternateIdentifier").map { ClassifiedIdentifier.classify(input.text($0)).value }
            if alternates.contains(id.value) { return }
            let bare = id.scheme == .doi || id.scheme == .handle ? id.value : raw
            input.addItem("alternateIdentifiers", NewElement(name: "alternateIdentifier", attributes: [("alternateIdentifierType", dataCiteType(raw) ?? "Local")], text: bare))
        } else {
            input.patcher.insertChild(input.resource, NewElement(name: "identifier", attributes: [("identifierType", id.scheme == .doi ? "DOI" : "URL")], text: id.scheme == .doi ? id.value : raw), order: DataCiteOrder.resource)
        }
    }

    static func deduplicate(_ input: inout DataCiteInput) throws {
        for (wrapper, item) in [("subjects", "subject"), ("alternateIdentifiers", "alternateIdentifier"), ("relatedIdentifiers", "relatedIdentifier"), ("formats", "format"), ("sizes", "size")] {
            var seen: [String] = []
            for index in input.items(wrapper, item) {
                let e = input.scanner.elements[index]
                let key = e.attributes.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: "&") + "|" + input.text(index)
                if seen.contains(key) { input.patcher.remove(index) } else { seen.append(key) }
            }
        }
    }

    /// DataCite has no checksum; the sizes of local files named by `file` parameters go in `sizes`.
    static func sizes(_ input: inout DataCiteInput) throws {
        guard let files = input.params["files"], let directory = input.directory else {
            input.notes.append("DataCite XML cannot hold checksums; give files=a.csv,b.csv to record their sizes")
            return
        }
        let existing = Set(input.items("sizes", "size").map(input.text))
        var new: [NewElement] = []
        for name in files.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw Diagnostic.error("add-checksum: \(name) is not a file next to the metadata", code: "parameter")
            }
            let size = "\(data.count) bytes"
            if !existing.contains(size) { new.append(NewElement(name: "size", text: size)) }
        }
        guard !new.isEmpty else { return }
        if let wrapper = input.child("sizes") {
            for element in new { input.patcher.insertChild(wrapper, element, order: ["size"]) }
        } else {
            input.patcher.insertChild(input.resource, NewElement(name: "sizes", children: new), order: DataCiteOrder.resource)
        }
    }
}
