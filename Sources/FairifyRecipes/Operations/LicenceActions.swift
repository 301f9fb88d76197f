import FairifyModel

enum LicenceActions {
    /// Licences written as text or an SPDX id become the licence's SPDX IRI.
    static func spdxIRI(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for entry in doc.values("license") {
            if let raw = entry.value.stringValue {
                guard let licence = SPDXLicenses.find(raw) else {
                    input.notes.append("licence '\(raw)' is not in the bundled SPDX list; left as it is")
                    continue
                }
                if isIRI(raw) { continue }
                edits.append(.replace(entry.pointer, .string(licence.iri)))
            } else if let object = entry.value.objectValue {
                let hasLink = object["@id"] != nil || doc.member("url", in: object) != nil
                let name = doc.member("name", in: object)?.value.stringValue ?? ""
                guard !hasLink, let licence = SPDXLicenses.find(name) else { continue }
                edits.append(.add(entry.pointer, key: doc.key("url"), .string(licence.iri)))
            }
        }
        return edits
    }

    static func isIRI(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }

    static func addLicense(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        guard !doc.has("license") else {
            input.notes.append("the record already has a licence; add-license does not replace it")
            return []
        }
        return [.add(doc.target, key: doc.key("license"), .string(licence.iri))]
    }

    /// Unsafe: the named licence replaces whatever licences the record states.
    static func replaceLicense(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return [] }
        guard let found = doc.value("license", at: doc.target), !found.value.isNull else {
            return [.add(doc.target, key: doc.key("license"), .string(licence.iri))]
        }
        if found.value.stringValue == licence.iri { return [] }
        input.notes.append("the licence was replaced by \(licence.iri): check that the rights holder agrees")
        return [.replace(found.pointer, .string(licence.iri))]
    }

    /// COAR access rights in `conditionsOfAccess`, with `isAccessibleForFree` for open access.
    static func accessRights(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let key = input.params["access"], let term = COARAccessRights.find(key) else { return [] }
        var edits: [TreeEdit] = []
        let existing = doc.values("conditionsOfAccess").compactMap { $0.value.stringValue }
        if !existing.contains(where: { COARAccessRights.find($0) != nil }) {
            edits.append(doc.addValue("conditionsOfAccess", .string(term.iri)))
        }
        if !doc.has("isAccessibleForFree") {
            edits.append(.add(doc.target, key: doc.key("isAccessibleForFree"), .bool(term.key == "open")))
        }
        return edits
    }
}

enum ContextActions {
    static let bioschemasDataset = "https://bioschemas.org/profiles/Dataset/1.1-RELEASE"

    /// Declares the Bioschemas Dataset profile with `dct:conformsTo`.
    static func conformsTo(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard doc.types.contains("Dataset") else {
            input.notes.append("the described resource is not a schema.org Dataset; no profile declared")
            return []
        }
        let keys = ["dct:conformsTo", "dcterms:conformsTo", "conformsTo", "http://purl.org/dc/terms/conformsTo"] + (doc.dctPrefix.map { [$0 + ":conformsTo"] } ?? [])
        if keys.contains(where: { doc.targetObject[$0] != nil }) { return [] }
        let key = doc.conformsToTerm ? "conformsTo" : doc.dctPrefix.map { $0 + ":conformsTo" } ?? "http://purl.org/dc/terms/conformsTo"
        return [.add(doc.target, key: key, TreeActions.node([("@id", .string(bioschemasDataset))]))]
    }

    static let canonicalContext = "https://schema.org/"

    /// `http://schema.org`, `https://schema.org` and friends become `https://schema.org/`; a missing
    /// `@context` or `@type` is added.
    static func context(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        let root = doc.root
        var edits: [TreeEdit] = []
        if let context = root["@context"] {
            let entries = context.arrayValue.map { items in items.enumerated().map { (Pointer.child("/@context", $0.offset), $0.element) } } ?? [("/@context", context)]
            for (pointer, value) in entries {
                guard let iri = value.stringValue else { continue }
                let trimmed = iri.lowercased().replacingOccurrences(of: "www.", with: "")
                if ["http://schema.org", "http://schema.org/", "https://schema.org"].contains(trimmed) {
                    edits.append(.replace(pointer, .string(canonicalContext)))
                }
            }
        } else if root.objectValue != nil, looksLikeSchemaOrg(root) {
            edits.append(.addFirst("", key: "@context", .string(canonicalContext)))
        }
        // Only where schema.org is the vocabulary: elsewhere "Dataset" would not mean schema:Dataset.
        let schemaContext = doc.prefix == "" || root["@context"] == nil
        if schemaContext, doc.targetObject["@type"] == nil, doc.targetObject["$type"] == nil, doc.targetNode.objectValue != nil {
            edits.append(.add(doc.target, key: "@type", .string("Dataset")))
        }
        return edits
    }

    /// Plain JSON written with schema.org terms (and not another known JSON dialect).
    static func looksLikeSchemaOrg(_ root: JSONValue) -> Bool {
        let keys = Set(root.objectValue?.keys ?? [])
        let otherDialect: Set<String> = ["resources", "data", "creators", "titles", "cff-version", "identifiers", "doi"]
        guard keys.isDisjoint(with: otherDialect) else { return false }
        return keys.contains("@type") || !keys.isDisjoint(with: ["creator", "author", "distribution", "license"]) && keys.contains("name")
    }
}
