import FairifyModel
import Foundation

/// A schema.org-style JSON-LD (or YAML-LD) document seen by the recipes: where the described
/// dataset is, and how this document spells schema.org terms (bare, `schema:x`, or full IRIs).
struct SchemaDocument {
    let root: JSONValue
    /// Pointer of the described resource's node.
    let target: String
    /// The prefix that stands for schema.org: "" when the context makes bare terms schema.org.
    let prefix: String?
    /// The prefix bound to Dublin Core terms, if the context declares one.
    let dctPrefix: String?
    /// True when the context defines `conformsTo` as a term (RO-Crate does).
    let conformsToTerm: Bool

    static let schemaIRIs = ["http://schema.org/", "https://schema.org/"]
    static let bareContexts = ["schema.org", "w3id.org/ro/crate", "codemeta", "bioschemas", "mlcommons.org/croissant"]

    init(root: JSONValue) throws {
        self.root = root
        let context = root["@context"] ?? root.arrayValue?.first?["@context"] ?? .null
        var bare = false
        var prefix: String?
        var dct: String?
        var conformsTo = false
        for entry in context.asList {
            if let iri = entry.stringValue?.lowercased() {
                if SchemaDocument.bareContexts.contains(where: { iri.contains($0) }) { bare = true }
                if iri.contains("w3id.org/ro/crate") { conformsTo = true }
            } else if let object = entry.objectValue {
                for member in object.members {
                    guard let iri = member.value.stringValue ?? member.value["@id"]?.stringValue else { continue }
                    if member.key == "@vocab", SchemaDocument.schemaIRIs.contains(where: { iri.hasPrefix($0) }) { bare = true }
                    if SchemaDocument.schemaIRIs.contains(iri) { prefix = prefix ?? member.key }
                    if iri == "http://purl.org/dc/terms/" { dct = member.key }
                    if member.key == "conformsTo", iri == "http://purl.org/dc/terms/conformsTo" { conformsTo = true }
                }
            }
        }
        self.prefix = bare ? "" : prefix
        self.dctPrefix = dct
        self.conformsToTerm = conformsTo
        self.target = SchemaDocument.findTarget(root)
    }

    var targetNode: JSONValue { root.value(atPointer: target) ?? .null }
    var targetObject: JSONObject { targetNode.objectValue ?? JSONObject() }

    /// The key to write for a schema.org term.
    func key(_ term: String) -> String {
        guard let prefix else { return "http://schema.org/" + term }
        return prefix.isEmpty ? term : prefix + ":" + term
    }

    /// The member holding a schema.org term, however the document spells it.
    func member(_ term: String, in object: JSONObject) -> JSONObject.Member? {
        let candidates = [key(term), term, "schema:" + term, "http://schema.org/" + term, "https://schema.org/" + term]
        for candidate in candidates { if let m = object.member(candidate) { return m } }
        return nil
    }

    func value(_ term: String, at pointer: String) -> (pointer: String, value: JSONValue)? {
        guard let object = root.value(atPointer: pointer)?.objectValue, let m = member(term, in: object) else { return nil }
        return (Pointer.child(pointer, m.key), m.value)
    }

    func has(_ term: String, at pointer: String? = nil) -> Bool {
        guard let found = value(term, at: pointer ?? target) else { return false }
        return !found.value.isNull && !(found.value.stringValue?.isEmpty ?? false) && !(found.value.arrayValue?.isEmpty ?? false)
    }

    /// Every value of a term as (pointer, value), expanding arrays.
    func values(_ term: String, at pointer: String? = nil) -> [(pointer: String, value: JSONValue)] {
        guard let found = value(term, at: pointer ?? target) else { return [] }
        if let items = found.value.arrayValue {
            return items.enumerated().map { (Pointer.child(found.pointer, $0.offset), $0.element) }
        }
        return [found]
    }

    /// An edit adding `value` to the term: a new member, or one more element of the existing list.
    func addValue(_ term: String, _ value: JSONValue, at pointer: String? = nil) -> TreeEdit {
        let at = pointer ?? target
        guard let found = self.value(term, at: at), !found.value.isNull else { return .add(at, key: key(term), value) }
        if found.value.arrayValue != nil { return .append(found.pointer, value) }
        return .replace(found.pointer, .array([found.value, value]))
    }

    var types: [String] {
        (targetObject["@type"] ?? .null).asList.compactMap(\.stringValue).map { $0.split(separator: ":").last.map(String.init) ?? $0 }
            .map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    }

    /// The described dataset: the root object, the RO-Crate root data entity, or the first
    /// Dataset of a `@graph`.
    static func findTarget(_ root: JSONValue) -> String {
        let graph: (pointer: String, nodes: [JSONValue])?
        if let nodes = root["@graph"]?.arrayValue { graph = ("/@graph", nodes) } else if let nodes = root.arrayValue { graph = ("", nodes) } else { graph = nil }
        guard let graph else { return "" }
        let ids = graph.nodes.map { $0["@id"]?.stringValue }
        if let descriptor = graph.nodes.first(where: { ($0["@id"]?.stringValue ?? "").hasSuffix("ro-crate-metadata.json") }),
           let about = descriptor["about"]?["@id"]?.stringValue, let index = ids.firstIndex(of: about) {
            return Pointer.child(graph.pointer, index)
        }
        if let index = graph.nodes.firstIndex(where: { node in
            (node["@type"] ?? .null).asList.contains { ($0.stringValue ?? "").hasSuffix("Dataset") }
        }) {
            return Pointer.child(graph.pointer, index)
        }
        return graph.nodes.isEmpty ? "" : Pointer.child(graph.pointer, 0)
    }

    /// Agents (creators, authors, contributors) as (pointer, value).
    var agents: [(pointer: String, value: JSONValue)] {
        ["creator", "author"].flatMap { values($0) }
    }

    /// Resolves a node that is only a reference (`{"@id": ...}`) inside a `@graph`.
    func resolved(_ entry: (pointer: String, value: JSONValue)) -> (pointer: String, value: JSONValue) {
        guard let object = entry.value.objectValue, object.count == 1, let id = object["@id"]?.stringValue,
              let nodes = root["@graph"]?.arrayValue, let index = nodes.firstIndex(where: { $0["@id"]?.stringValue == id }) else { return entry }
        return (Pointer.child("/@graph", index), nodes[index])
    }
}

/// What every recipe action gets.
struct RecipeInput {
    var document: SchemaDocument
    var params: RecipeParameterValues
    /// Folder of the metadata file, for recipes that read local data files.
    var directory: URL?
    var notes: [String] = []
}
