import FairifyModel
import Foundation

/// Frictionless Data Package descriptors (JSON or YAML). The spec's own keys: `id`, `licenses`
/// ({name: an SPDX-style id, path: its IRI, title}), `created`, `keywords`, `version`, `sources`,
/// and per resource `path`, `mediatype`, `bytes`, `hash` (`sha256:…`).
enum DataPackageActions {
    static let all: [String: PlainAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licences, "add-license": addLicence, "replace-license": replaceLicence,
        "dates-iso8601": dates, "add-distribution-mediatype": mediaTypes, "add-checksum": checksums,
        "deduplicate-values": deduplicate, "add-keywords": keywords, "add-version": version, "add-description": description,
        "add-identifier": identifier, "add-provenance": provenance, "add-orcid": orcid, "add-publisher": publisher,
    ]

    static func canonical(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        func canonicalise(_ pointer: String, _ value: JSONValue?) {
            guard let raw = value?.stringValue else { return }
            let id = ClassifiedIdentifier.classify(raw)
            if id.scheme.isPersistent, let c = id.canonical, c != raw { edits.append(.replace(pointer, .string(c))) }
        }
        canonicalise(input.pointer("id"), input.object["id"])
        for agent in input.list("contributors") { canonicalise(Pointer.child(agent.pointer, "path"), agent.value["path"]) }
        for source in input.list("sources") { canonicalise(Pointer.child(source.pointer, "path"), source.value["path"]) }
        return edits
    }

    /// `name` becomes the SPDX id (free text moves to `title`), `path` the SPDX IRI when missing.
    static func licences(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        for entry in input.list("licenses") {
            let name = entry.value["name"]?.stringValue, title = entry.value["title"]?.stringValue
            guard let licence = SPDXLicenses.find(name ?? "") ?? SPDXLicenses.find(title ?? "") ?? SPDXLicenses.find(entry.value["path"]?.stringValue ?? "") else {
                if let text = name ?? title { input.notes.append("licence '\(text)' is not in the bundled SPDX list") }
                continue
            }
            if name != licence.id {
                edits.append(name == nil ? .add(entry.pointer, key: "name", .string(licence.id)) : .replace(Pointer.child(entry.pointer, "name"), .string(licence.id)))
                if title == nil { edits.append(.add(entry.pointer, key: "title", .string(name ?? licence.name))) }
            }
            if entry.value["path"] == nil { edits.append(.add(entry.pointer, key: "path", .string(licence.iri))) }
        }
        return edits
    }

    static func licenceEntry(_ licence: SPDXLicense) -> JSONValue {
        .object([("name", .string(licence.id)), ("path", .string(licence.iri)), ("title", .string(licence.name))])
    }

    static func addLicence(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.list("licenses").isEmpty, let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        return [input.append("licenses", licenceEntry(licence))]
    }

    static func replaceLicence(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        let current = input.object["licenses"]
        if current?.arrayValue?.count == 1, current?.arrayValue?.first?["name"]?.stringValue == licence.id { return [] }
        return current == nil ? [input.append("licenses", licenceEntry(licence))] : [.replace(input.pointer("licenses"), .array([licenceEntry(licence)]))]
    }

    static func dates(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let raw = input.object["created"]?.stringValue, let iso = ISODates.normalise(raw) else { return [] }
        return [.replace(input.pointer("created"), .string(iso))]
    }

    static func resourcePath(_ resource: JSONValue) -> String? {
        resource["path"]?.stringValue ?? resource["path"]?.arrayValue?.first?.stringValue
    }

    static func mediaTypes(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        for resource in input.list("resources") where resource.value["mediatype"] == nil && resource.value["mediaType"] == nil {
            guard let path = resourcePath(resource.value) else { continue }
            if let type = MediaTypes.forFile(path) {
                edits.append(.add(resource.pointer, key: "mediatype", .string(type)))
            } else {
                input.notes.append("no media type known for '\(path)'")
            }
        }
        return edits
    }

    static func checksums(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let directory = input.directory else { return [] }
        var edits: [TreeEdit] = []
        for resource in input.list("resources") {
            guard let path = resourcePath(resource.value), let file = DistributionActions.localFile(path, directory) else { continue }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                input.notes.append("\(path): no such file next to the metadata; size and checksum not added")
                continue
            }
            if resource.value["bytes"] == nil { edits.append(.add(resource.pointer, key: "bytes", .int(data.count))) }
            if resource.value["hash"] == nil { edits.append(.add(resource.pointer, key: "hash", .string("sha256:" + SHA256.hex(data)))) }
        }
        return edits
    }

    static func deduplicate(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits: [TreeEdit] = []
        for key in ["keywords", "licenses", "sources", "contributors"] {
            var seen: [JSONValue] = []
            for (i, item) in (input.object[key]?.arrayValue ?? []).enumerated() {
                if seen.contains(item) { edits.append(.remove(Pointer.child(input.pointer(key), i))) } else { seen.append(item) }
            }
        }
        return edits
    }

    static func keywords(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let list = input.params["keywords"] else { return [] }
        let existing = Set(input.list("keywords").compactMap { $0.value.stringValue?.lowercased() })
        return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !existing.contains($0.lowercased()) }
            .map { input.append("keywords", .string($0)) }
    }

    static func setIfMissing(_ input: PlainInput, _ key: String, _ param: String) -> [TreeEdit] {
        guard input.object[key] == nil, let value = input.params[param] else { return [] }
        return [.add(input.base, key: key, .string(value))]
    }

    static func version(_ input: inout PlainInput) throws -> [TreeEdit] { setIfMissing(input, "version", "version") }
    static func description(_ input: inout PlainInput) throws -> [TreeEdit] { setIfMissing(input, "description", "description") }

    static func identifier(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard input.object["id"] == nil, let raw = input.params["identifier"] else { return [] }
        return [.add(input.base, key: "id", .string(ClassifiedIdentifier.classify(raw).canonical ?? raw))]
    }

    /// The ORCID iD goes in the chosen contributor's `path` (by position or name; the first by default).
    static func orcid(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let orcid = input.params["orcid"] else { return [] }
        let contributors = input.list("contributors")
        let name: (JSONValue) -> String = { c in c["title"]?.stringValue ?? "\(c["givenName"]?.stringValue ?? "") \(c["familyName"]?.stringValue ?? "")" }
        let selector = input.params["creator"]
        let chosen = selector.flatMap(Int.init).map { n in contributors.indices.contains(n - 1) ? [contributors[n - 1]] : [] }
            ?? contributors.filter { selector == nil || name($0.value).lowercased().contains(selector!.lowercased()) }
        guard let contributor = chosen.first else { throw Diagnostic.error("creator=\(selector ?? "1"): no such contributor", code: "parameter") }
        guard contributor.value["path"] == nil else { return [] }
        return [.add(contributor.pointer, key: "path", .string(ClassifiedIdentifier.classify(orcid).canonical ?? orcid))]
    }

    /// A contributor with the `publisher` role, unless one is there.
    static func publisher(_ input: inout PlainInput) throws -> [TreeEdit] {
        guard let name = input.params["publisher"] else { return [] }
        let roles = input.list("contributors").flatMap { ($0.value["roles"]?.arrayValue ?? []) + [$0.value["role"] ?? .null] }
        if roles.contains(where: { $0.stringValue == "publisher" }) { return [] }
        let ror = input.params["publisher-ror"].map { ClassifiedIdentifier.classify($0).canonical ?? $0 }
        return [input.append("contributors", TreeActions.node([("title", .string(name)), ("path", ror.map(JSONValue.string)), ("roles", .array(["publisher"]))]))]
    }

    static func provenance(_ input: inout PlainInput) throws -> [TreeEdit] {
        var edits = setIfMissing(input, "created", "date-created") + setIfMissing(input, "version", "version")
        if let source = input.params["derived-from"], !input.list("sources").contains(where: { $0.value["path"]?.stringValue == source }) {
            edits.append(input.append("sources", .object([("title", .string(source)), ("path", .string(source))])))
        }
        return edits
    }
}
