import FairifyFormats
import FairifyModel
import Foundation

/// JSON and YAML dialects that are not JSON-LD: DataCite JSON and CITATION.cff. Each speaks its
/// own conventions (CFF wants bare DOIs and SPDX ids; DataCite JSON mirrors the XML kernel).
enum PlainDialect: String, CaseIterable {
    case dataCiteJSON = "datacite-json"
    case citationCFF = "cff"
    case dataPackage = "datapackage"

    static func detect(_ root: JSONValue) -> (PlainDialect, String)? {
        if root["cff-version"] != nil { return (.citationCFF, "") }
        let base = root["data"]?["attributes"] != nil ? "/data/attributes" : ""
        let keys = Set(root.value(atPointer: base)?.objectValue?.keys ?? [])
        if keys.intersection(["titles", "creators", "types", "rightsList", "publicationYear", "relatedIdentifiers"]).count >= 2 { return (.dataCiteJSON, base) }
        if DataPackageReader.matches(root) { return (.dataPackage, "") }
        return nil
    }

    var actions: [String: PlainAction] {
        switch self {
        case .citationCFF: return CFFActions.all
        case .dataCiteJSON: return DataCiteJSONActions.all
        case .dataPackage: return DataPackageActions.all
        }
    }
}

struct PlainInput {
    var root: JSONValue
    /// Pointer of the record's attributes (DataCite JSON from the REST API nests them).
    var base: String
    var params: RecipeParameterValues
    /// Folder of the metadata file, for recipes that read local data files.
    var directory: URL?
    var notes: [String] = []

    var object: JSONObject { root.value(atPointer: base)?.objectValue ?? JSONObject() }
    func pointer(_ key: String) -> String { Pointer.child(base, key) }
    func list(_ key: String) -> [(pointer: String, value: JSONValue)] {
        (object[key]?.arrayValue ?? []).enumerated().map { (Pointer.child(pointer(key), $0.offset), $0.element) }
    }

    /// Adds an element to a list member, creating the list when missing.
    func append(_ key: String, _ value: JSONValue) -> TreeEdit {
        object[key]?.arrayValue != nil ? .append(pointer(key), value) : .add(base, key: key, .array([value]))
    }
}

typealias PlainAction = (inout PlainInput) throws -> [TreeEdit]

enum CFFActions {
    static let all: [String: PlainAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licence, "add-license": addLicence, "replace-license": replaceLicence, "dates-iso8601": dates,
        "add-orcid": orcid, "add-keywords": keywords, "add-version": version, "add-description": abstract, "add-identifier": identifier,
    ]

    /// CFF writes DOIs bare (`10.5072/x`) and ORCID iDs as https IRIs.
    static func canonical(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        func bareDOI(_ pointer: String, _ value: JSONValue?) {
            guard let raw = value?.stringValue else { return }
            let id = ClassifiedIdentifier.classify(raw)
            if id.scheme == .doi, id.value != raw { edits.append(.replace(pointer, .string(id.value))) }
        }
        bareDOI(input.pointer("doi"), input.object["doi"])
        for entry in input.list("identifiers") where entry.value["type"]?.stringValue == "doi" {
            bareDOI(Pointer.child(entry.pointer, "value"), entry.value["value"])
        }
        for author in input.list("authors") {
            guard let raw = author.value["orcid"]?.stringValue else { continue }
            let id = ClassifiedIdentifier.classify(raw)
            if id.scheme == .orcid, let c = id.canonical, c != raw { edits.append(.replace(Pointer.child(author.pointer, "orcid"), .string(c))) }
        }
        return edits
    }

    /// CFF's `license` is an SPDX id (or a list of them).
    static func licence(_ input: inout PlainInput) throws -> [TreeEdit] {
        let entries = input.object["license"]?.arrayValue != nil ? input.list("license") : input.object["license"].map { [(input.pointer("license"), $0)] } ?? []
        var edits: [TreeEdit] = []
        for (pointer, value) in entries {
            guard let raw = value.stringValue else { continue }
            guard let licence = SPDXLicenses.find(raw) else { input.notes.append("licence '\(raw)' is not in the bundled SPDX list"); continue }
            if licence.id != raw { edits.append(.replace(pointer, .string(licence.id))) }
        }
        return edits
    }

    static func addLicence(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.object["license"] == nil, let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        return [.add(input.base, key: "license", .string(licence.id))]
    }

    static func replaceLicence(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        guard let current = input.object["license"] else { return [.add(input.base, key: "license", .string(licence.id))] }
        return current.stringValue == licence.id ? [] : [.replace(input.pointer("license"), .string(licence.id))]
    }

    static func dates(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let raw = input.object["date-released"]?.stringValue, let iso = ISODates.normalise(raw) else { return [] }
        return [.replace(input.pointer("date-released"), .string(iso))]
    }

    static func orcid(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let orcid = input.params["orcid"] else { return [] }
        let authors = input.list("authors")
        let name: (JSONValue) -> String = { a in a["name"]?.stringValue ?? "\(a["given-names"]?.stringValue ?? "") \(a["family-names"]?.stringValue ?? "")" }
        let selector = input.params["creator"]
        let chosen = selector.flatMap(Int.init).map { n in authors.indices.contains(n - 1) ? [authors[n - 1]] : [] }
            ?? authors.filter { selector == nil || name($0.value).lowercased().contains(selector!.lowercased()) }
        guard let author = chosen.first else { throw Diagnostic.error("creator=\(selector ?? "1"): no such author", code: "parameter") }
        guard author.value["orcid"] == nil else { return [] }
        return [.add(author.pointer, key: "orcid", .string(orcid))]
    }

    static func keywords(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let list = input.params["keywords"] else { return [] }
        let existing = Set(input.list("keywords").compactMap { $0.value.stringValue?.lowercased() })
        return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !existing.contains($0.lowercased()) }
            .map { input.append("keywords", .string($0)) }
    }

    static func version(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.object["version"] == nil, let v = input.params["version"] else { return [] }
        return [.add(input.base, key: "version", .string(v))]
    }

    static func abstract(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.object["abstract"] == nil, let text = input.params["description"] else { return [] }
        return [.add(input.base, key: "abstract", .string(text))]
    }

    static func identifier(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let raw = input.params["identifier"] else { return [] }
        let id = ClassifiedIdentifier.classify(raw)
        if id.scheme == .doi, input.object["doi"] == nil { return [.add(input.base, key: "doi", .string(id.value))] }
        let values = [input.object["doi"]?.stringValue] + input.list("identifiers").map { $0.value["value"]?.stringValue }
        if values.contains(id.scheme == .doi ? id.value : raw) { return [] }
        let type = id.scheme == .doi ? "doi" : (id.scheme == .url ? "url" : "other")
        return [input.append("identifiers", .object([("type", .string(type)), ("value", .string(id.scheme == .doi ? id.value : raw))]))]
    }
}

enum DataCiteJSONActions {
    static let all: [String: PlainAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licence, "add-license": addLicence, "dates-iso8601": dates,
        "language-iso639": language, "split-creator-names": splitNames, "add-orcid": orcid, "add-keywords": keywords,
        "add-version": version, "add-description": description, "deduplicate-values": deduplicate,
    ]

    static func canonical(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        func bare(_ pointer: String, _ raw: String?) {
            guard let raw else { return }
            let id = ClassifiedIdentifier.classify(raw)
            if id.scheme == .doi, id.value != raw { edits.append(.replace(pointer, .string(id.value))) }
        }
        bare(input.pointer("doi"), input.object["doi"]?.stringValue)
        for e in input.list("identifiers") where e.value["identifierType"]?.stringValue?.uppercased() == "DOI" {
            bare(Pointer.child(e.pointer, "identifier"), e.value["identifier"]?.stringValue)
        }
        for e in input.list("relatedIdentifiers") where e.value["relatedIdentifierType"]?.stringValue?.uppercased() == "DOI" {
            bare(Pointer.child(e.pointer, "relatedIdentifier"), e.value["relatedIdentifier"]?.stringValue)
        }
        for agent in input.list("creators") + input.list("contributors") {
            for (i, n) in (agent.value["nameIdentifiers"]?.arrayValue ?? []).enumerated() where n["nameIdentifierScheme"]?.stringValue?.uppercased() == "ORCID" {
                guard let raw = n["nameIdentifier"]?.stringValue else { continue }
                let id = ClassifiedIdentifier.classify(raw)
                if id.scheme == .orcid, let c = id.canonical, c != raw {
                    edits.append(.replace(Pointer.child(Pointer.child(Pointer.child(agent.pointer, "nameIdentifiers"), i), "nameIdentifier"), .string(c)))
                }
            }
        }
        return edits
    }

    static func licence(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        for r in input.list("rightsList") where r.value["rightsIdentifier"] == nil {
            let uri = r.value["rightsUri"]?.stringValue
            if let uri, uri.hasPrefix("info:eu-repo") || uri.contains("coar/access_right") { continue }
            guard let licence = SPDXLicenses.find(uri ?? "") ?? SPDXLicenses.find(r.value["rights"]?.stringValue ?? "") else { continue }
            if uri == nil { edits.append(.add(r.pointer, key: "rightsUri", .string(licence.iri))) }
            edits += [.add(r.pointer, key: "rightsIdentifier", .string(licence.id)), .add(r.pointer, key: "rightsIdentifierScheme", "SPDX"),
                      .add(r.pointer, key: "schemeUri", "https://spdx.org/licenses/")]
        }
        return edits
    }

    static func addLicence(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        let hasLicence = input.list("rightsList").contains { r in !(r.value["rightsUri"]?.stringValue ?? "").contains("coar/access_right") && !(r.value["rightsUri"]?.stringValue ?? "").hasPrefix("info:eu-repo") }
        guard !hasLicence else { return [] }
        return [input.append("rightsList", .object([("rights", .string(licence.name)), ("rightsUri", .string(licence.iri)), ("rightsIdentifier", .string(licence.id)),
                                                    ("rightsIdentifierScheme", "SPDX"), ("schemeUri", "https://spdx.org/licenses/")]))]
    }

    static func dates(_ input: inout PlainInput) throws -> [TreeEdit] {
        input.list("dates").compactMap { d in
            guard let raw = d.value["date"]?.stringValue, let iso = ISODates.normalise(raw) else { return nil }
            return .replace(Pointer.child(d.pointer, "date"), .string(iso))
        }
    }

    static func language(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let raw = input.object["language"]?.stringValue, let code = ISO639.code(for: raw), code != raw else { return [] }
        return [.replace(input.pointer("language"), .string(code))]
    }

    static func splitNames(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        for agent in input.list("creators") + input.list("contributors") {
            guard agent.value["givenName"] == nil, agent.value["familyName"] == nil, agent.value["nameType"]?.stringValue != "Organizational",
                  let name = agent.value["name"]?.stringValue, let (family, given) = AgentActions.split(name) else { continue }
            edits += [.add(agent.pointer, key: "givenName", .string(given)), .add(agent.pointer, key: "familyName", .string(family))]
            if agent.value["nameType"] == nil { edits.append(.add(agent.pointer, key: "nameType", "Personal")) }
        }
        return edits
    }

    static func orcid(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let orcid = input.params["orcid"] else { return [] }
        let creators = input.list("creators")
        let selector = input.params["creator"]
        let chosen = selector.flatMap(Int.init).map { n in creators.indices.contains(n - 1) ? [creators[n - 1]] : [] }
            ?? creators.filter { selector == nil || ($0.value["name"]?.stringValue ?? "").lowercased().contains(selector!.lowercased()) }
        guard let creator = chosen.first else { throw Diagnostic.error("creator=\(selector ?? "1"): no such creator", code: "parameter") }
        let ids = creator.value["nameIdentifiers"]?.arrayValue ?? []
        if ids.contains(where: { $0["nameIdentifierScheme"]?.stringValue?.uppercased() == "ORCID" }) { return [] }
        let entry: JSONValue = .object([("nameIdentifier", .string(orcid)), ("nameIdentifierScheme", "ORCID"), ("schemeUri", "https://orcid.org")])
        return [creator.value["nameIdentifiers"]?.arrayValue != nil ? .append(Pointer.child(creator.pointer, "nameIdentifiers"), entry) : .add(creator.pointer, key: "nameIdentifiers", .array([entry]))]
    }

    static func keywords(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let list = input.params["keywords"] else { return [] }
        let existing = Set(input.list("subjects").compactMap { $0.value["subject"]?.stringValue?.lowercased() })
        let missing = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !existing.contains($0.lowercased()) }
        guard !missing.isEmpty else { return [] }
        if input.object["subjects"]?.arrayValue != nil { return missing.map { .append(input.pointer("subjects"), .object([("subject", .string($0))])) } }
        return [.add(input.base, key: "subjects", .array(missing.map { .object([("subject", .string($0))]) }))]
    }

    static func version(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.object["version"] == nil, let v = input.params["version"] else { return [] }
        return [.add(input.base, key: "version", .string(v))]
    }

    static func description(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.list("descriptions").isEmpty, let text = input.params["description"] else { return [] }
        return [input.append("descriptions", .object([("description", .string(text)), ("descriptionType", "Abstract")]))]
    }

    static func deduplicate(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        for key in ["subjects", "identifiers", "relatedIdentifiers", "formats", "sizes"] {
            var seen: [JSONValue] = []
            for (i, item) in (input.object[key]?.arrayValue ?? []).enumerated() {
                if seen.contains(item) { edits.append(.remove(Pointer.child(input.pointer(key), i))) } else { seen.append(item) }
            }
        }
        return edits
    }
}
