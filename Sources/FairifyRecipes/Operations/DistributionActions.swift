import FairifyModel
import Foundation

enum DistributionActions {
    static func distributions(_ doc: SchemaDocument) -> [(pointer: String, value: JSONValue)] {
        doc.values("distribution").map(doc.resolved).filter { $0.value.objectValue != nil }
    }

    static func location(of object: JSONObject, _ doc: SchemaDocument) -> String? {
        (doc.member("contentUrl", in: object) ?? doc.member("url", in: object) ?? doc.member("name", in: object))?.value.stringValue
            ?? object["@id"]?.stringValue
    }

    /// `encodingFormat` from the file extension of the content URL or name.
    static func mediaTypes(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for entry in distributions(doc) {
            guard let object = entry.value.objectValue, doc.member("encodingFormat", in: object) == nil,
                  doc.member("fileFormat", in: object) == nil, let place = location(of: object, doc) else { continue }
            if let type = MediaTypes.forFile(place) {
                edits.append(.add(entry.pointer, key: doc.key("encodingFormat"), .string(type)))
            } else {
                input.notes.append("no media type known for '\(place)'")
            }
        }
        return edits
    }

    /// Size and SHA-256 of distribution files that sit next to the metadata file.
    static func checksums(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let directory = input.directory else { return [] }
        var edits: [TreeEdit] = []
        for entry in distributions(doc) {
            guard let object = entry.value.objectValue, let place = location(of: object, doc), let file = localFile(place, directory) else { continue }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                input.notes.append("\(place): no such file next to the metadata; size and checksum not added")
                continue
            }
            if doc.member("contentSize", in: object) == nil {
                edits.append(.add(entry.pointer, key: doc.key("contentSize"), .string("\(data.count) B")))
            }
            if doc.member("sha256", in: object) == nil {
                edits.append(.add(entry.pointer, key: doc.key("sha256"), .string(SHA256.hex(data))))
            }
        }
        return edits
    }

    static func localFile(_ place: String, _ directory: URL) -> URL? {
        if place.contains("://") {
            guard place.hasPrefix("file://") else { return nil }
            return URL(string: place).map { URL(fileURLWithPath: $0.path) }
        }
        guard !place.isEmpty, !place.hasPrefix("#"), !place.contains(":") || place.hasPrefix("/") else { return nil }
        let decoded = place.removingPercentEncoding ?? place
        return decoded.hasPrefix("/") ? URL(fileURLWithPath: decoded) : directory.appendingPathComponent(decoded)
    }

    static func contentURL(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let url = input.params["url"] else { return [] }
        if distributions(doc).contains(where: { $0.value.objectValue.flatMap { location(of: $0, doc) } == url }) { return [] }
        let download = TreeActions.node([
            ("@type", "DataDownload"), (doc.key("contentUrl"), .string(url)),
            (doc.key("encodingFormat"), (input.params["media-type"] ?? MediaTypes.forFile(url)).map(JSONValue.string)),
        ])
        return [doc.addValue("distribution", download)]
    }
}
