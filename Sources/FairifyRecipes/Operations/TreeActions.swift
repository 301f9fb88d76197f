import FairifyModel
import Foundation

typealias TreeAction = (inout RecipeInput) throws -> [TreeEdit]

/// The schema.org (JSON-LD / YAML-LD) implementation of each recipe. Each returns no edit
/// when there is nothing to do, which is what makes recipes idempotent.
enum TreeActions {
    static let all: [String: TreeAction] = [
        "doi-canonical": IdentifierActions.canonical,
        "add-data-identifier": IdentifierActions.dataIdentifier,
        "add-identifier": IdentifierActions.addIdentifier,
        "typed-related-identifiers": IdentifierActions.typedRelated,
        "license-spdx-iri": LicenceActions.spdxIRI,
        "add-license": LicenceActions.addLicense,
        "replace-license": LicenceActions.replaceLicense,
        "add-access-rights": LicenceActions.accessRights,
        "declare-conformsto": ContextActions.conformsTo,
        "schemaorg-context": ContextActions.context,
        "split-creator-names": AgentActions.splitNames,
        "add-orcid": AgentActions.addORCID,
        "add-ror-affiliation": AgentActions.addROR,
        "add-publisher": AgentActions.addPublisher,
        "keywords-to-iris": DescriptiveActions.keywordIRIs,
        "add-keywords": DescriptiveActions.addKeywords,
        "dates-iso8601": DescriptiveActions.isoDates,
        "language-iso639": DescriptiveActions.languages,
        "add-version": DescriptiveActions.version,
        "add-description": DescriptiveActions.describe,
        "add-provenance": DescriptiveActions.provenance,
        "add-data-catalog": DescriptiveActions.dataCatalog,
        "deduplicate-values": DescriptiveActions.deduplicate,
        "datacite-mandatory": DescriptiveActions.mandatory,
        "add-distribution-mediatype": DistributionActions.mediaTypes,
        "add-checksum": DistributionActions.checksums,
        "add-content-url": DistributionActions.contentURL,
    ]

    /// Sets a term when it is missing; nothing when it is there.
    static func setIfMissing(_ doc: SchemaDocument, _ term: String, _ value: JSONValue?) -> [TreeEdit] {
        guard let value, !doc.has(term) else { return [] }
        return [.add(doc.target, key: doc.key(term), value)]
    }

    static func node(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        .object(JSONObject(pairs.compactMap { pair in pair.1.map { (pair.0, $0) } }))
    }
}

enum IdentifierActions {
    static let identifierTerms = ["identifier", "sameAs"]
    static let agentTerms = ["creator", "author", "contributor", "publisher", "funder", "provider"]

    /// Identifiers to their canonical resolvable IRI (DOI, Handle, ARK, PURL, w3id, ORCID, ROR).
    static func canonical(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for term in identifierTerms {
            for entry in doc.values(term) { edits += canonicalString(entry) }
        }
        for term in agentTerms {
            for agent in doc.values(term) where agent.value.objectValue != nil {
                edits += agentIdentifiers(agent.pointer, doc)
                for affiliation in doc.values("affiliation", at: agent.pointer) where affiliation.value.objectValue != nil {
                    edits += agentIdentifiers(affiliation.pointer, doc)
                }
            }
        }
        if let id = doc.targetObject["@id"], !referencedElsewhere(id.stringValue ?? "", doc.root) {
            edits += canonicalString((Pointer.child(doc.target, "@id"), id))
        }
        return edits
    }

    private static func agentIdentifiers(_ pointer: String, _ doc: SchemaDocument) -> [TreeEdit] {
        var edits: [TreeEdit] = []
        if let id = doc.root.value(atPointer: pointer)?["@id"], !referencedElsewhere(id.stringValue ?? "", doc.root) {
            edits += canonicalString((Pointer.child(pointer, "@id"), id))
        }
        for entry in doc.values("identifier", at: pointer) { edits += canonicalString(entry) }
        return edits
    }

    static func canonicalString(_ entry: (pointer: String, value: JSONValue)) -> [TreeEdit] {
        guard let raw = entry.value.stringValue else { return [] }
        let id = ClassifiedIdentifier.classify(raw)
        guard id.scheme.isPersistent, let canonical = id.canonical, canonical != raw else { return [] }
        return [.replace(entry.pointer, .string(canonical))]
    }

    /// `@id` values used as references by other nodes are left alone: changing one would cut the link.
    static func referencedElsewhere(_ id: String, _ root: JSONValue) -> Bool {
        guard !id.isEmpty else { return false }
        var count = 0
        func walk(_ value: JSONValue) {
            if let object = value.objectValue {
                if object["@id"]?.stringValue == id { count += 1 }
                object.members.forEach { walk($0.value) }
            } else if let items = value.arrayValue { items.forEach(walk) }
        }
        walk(root)
        return count > 1
    }

    /// F3: the data's identifier in `identifier`, taken from `@id`, `sameAs` or `url` when one is a PID.
    static func dataIdentifier(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard !doc.has("identifier") else { return [] }
        let candidates = [doc.targetObject["@id"]] + doc.values("sameAs").map(\.value) + doc.values("url").map(\.value)
        for candidate in candidates {
            guard let raw = candidate?.stringValue else { continue }
            let id = ClassifiedIdentifier.classify(raw)
            if id.scheme.isPersistent, let canonical = id.canonical {
                return [.add(doc.target, key: doc.key("identifier"), .string(canonical))]
            }
        }
        input.notes.append("no persistent identifier found in @id, sameAs or url; use add-identifier")
        return []
    }

    static func addIdentifier(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let raw = input.params["identifier"] else { return [] }
        let value = ClassifiedIdentifier.classify(raw).canonical ?? raw
        if doc.values("identifier").contains(where: { ($0.value.stringValue ?? $0.value["value"]?.stringValue) == value }) { return [] }
        return [doc.addValue("identifier", .string(value))]
    }

    static let linkTerms = ["citation", "isBasedOn", "isPartOf", "hasPart", "subjectOf", "isRelatedTo"]

    /// Related resources written as plain strings become typed links (`{"@id": IRI}`).
    static func typedRelated(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for term in linkTerms {
            for entry in doc.values(term) {
                guard let raw = entry.value.stringValue else { continue }
                let id = ClassifiedIdentifier.classify(raw)
                guard id.scheme != .local, id.scheme.isWebResolvable, let iri = id.canonical else { continue }
                edits.append(.replace(entry.pointer, TreeActions.node([("@id", .string(iri))])))
            }
        }
        return edits
    }
}
