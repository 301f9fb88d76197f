import FairifyModel
import Foundation

enum DescriptiveActions {
    /// Keywords found in a mapping file become DefinedTerms with the term's IRI.
    static func keywordIRIs(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let path = input.params["mapping"] else { return [] }
        let mapping = try KeywordMapping.load(path, relativeTo: input.directory)
        guard let found = doc.value("keywords", at: doc.target) else { return [] }
        let items: [JSONValue]
        if let text = found.value.stringValue {
            items = text.split(separator: ",").map { JSONValue.string($0.trimmingCharacters(in: .whitespaces)) }
        } else {
            items = found.value.asList
        }
        var changed = found.value.stringValue != nil && items.contains { $0.stringValue.flatMap { mapping[$0.lowercased()] } != nil }
        let converted: [JSONValue] = items.map { item in
            guard let keyword = item.stringValue, let iri = mapping[keyword.lowercased()] else { return item }
            changed = true
            return TreeActions.node([("@type", "DefinedTerm"), ("@id", .string(iri)), (doc.key("name"), .string(keyword))])
        }
        return changed ? [.replace(found.pointer, .array(converted))] : []
    }

    static func addKeywords(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let list = input.params["keywords"] else { return [] }
        let wanted = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let existing = doc.values("keywords").flatMap { entry -> [String] in
            if let s = entry.value.stringValue { return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
            return [entry.value.objectValue.flatMap { doc.member("name", in: $0)?.value.stringValue }?.lowercased() ?? ""]
        }
        let missing = wanted.filter { !existing.contains($0.lowercased()) }
        guard !missing.isEmpty else { return [] }
        if let found = doc.value("keywords", at: doc.target), let text = found.value.stringValue {
            return [.replace(found.pointer, .string(([text] + missing).joined(separator: ", ")))]
        }
        if let found = doc.value("keywords", at: doc.target), found.value.arrayValue != nil {
            return missing.map { .append(found.pointer, .string($0)) }
        }
        return [.add(doc.target, key: doc.key("keywords"), .array(missing.map(JSONValue.string)))]
    }

    static let dateTerms = ["dateCreated", "dateModified", "datePublished", "dateIssued", "uploadDate", "expires"]

    static func isoDates(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for term in dateTerms {
            for entry in doc.values(term) {
                guard let raw = entry.value.stringValue else { continue }
                if let iso = ISODates.normalise(raw) {
                    edits.append(.replace(entry.pointer, .string(iso)))
                } else if !ISODates.isISO(raw.trimmingCharacters(in: .whitespaces)) {
                    input.notes.append("\(term) '\(raw)' is not a date fairify can read unambiguously; left as it is")
                }
            }
        }
        return edits
    }

    static func languages(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for entry in doc.values("inLanguage") {
            if let raw = entry.value.stringValue, let code = ISO639.code(for: raw), code != raw {
                edits.append(.replace(entry.pointer, .string(code)))
            }
        }
        return edits
    }

    static func version(_ input: inout RecipeInput) throws -> [TreeEdit] {
        TreeActions.setIfMissing(input.document, "version", input.params["version"].map(JSONValue.string))
    }

    static func describe(_ input: inout RecipeInput) throws -> [TreeEdit] {
        TreeActions.setIfMissing(input.document, "description", input.params["description"].map(JSONValue.string))
    }

    /// Dates, version and what the data was derived from; only what is missing.
    static func provenance(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        let p = input.params
        var edits = TreeActions.setIfMissing(doc, "dateCreated", p["date-created"].map(JSONValue.string))
        edits += TreeActions.setIfMissing(doc, "dateModified", p["date-modified"].map(JSONValue.string))
        edits += TreeActions.setIfMissing(doc, "version", p["version"].map(JSONValue.string))
        if let source = p["derived-from"] {
            let present = doc.values("isBasedOn").contains { ($0.value.stringValue ?? $0.value["@id"]?.stringValue) == source }
            if !present { edits.append(doc.addValue("isBasedOn", TreeActions.node([("@id", .string(source))]))) }
        }
        return edits
    }

    static func dataCatalog(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        guard let name = input.params["catalog"], !doc.has("includedInDataCatalog") else { return [] }
        let catalog = TreeActions.node([("@type", "DataCatalog"), (doc.key("name"), .string(name)), (doc.key("url"), input.params["catalog-url"].map(JSONValue.string))])
        return [.add(doc.target, key: doc.key("includedInDataCatalog"), catalog)]
    }

    static let listTerms = ["keywords", "identifier", "sameAs", "creator", "author", "contributor", "license", "inLanguage", "isBasedOn", "citation"]

    /// Drops exact repeats from lists (the first occurrence stays).
    static func deduplicate(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        var edits: [TreeEdit] = []
        for term in listTerms {
            guard let found = doc.value(term, at: doc.target), let items = found.value.arrayValue else { continue }
            var seen: [JSONValue] = []
            for (index, item) in items.enumerated() {
                if seen.contains(item) { edits.append(.remove(Pointer.child(found.pointer, index))) } else { seen.append(item) }
            }
        }
        return edits
    }

    /// DataCite's mandatory properties, in schema.org terms, from parameters.
    static func mandatory(_ input: inout RecipeInput) throws -> [TreeEdit] {
        let doc = input.document
        let p = input.params
        var edits = TreeActions.setIfMissing(doc, "identifier", p["identifier"].map { .string(ClassifiedIdentifier.classify($0).canonical ?? $0) })
        if !doc.has("creator"), !doc.has("author"), let creator = p["creator"] {
            edits.append(.add(doc.target, key: doc.key("creator"), TreeActions.node([("@type", "Person"), (doc.key("name"), .string(creator))])))
        }
        edits += TreeActions.setIfMissing(doc, "name", p["title"].map(JSONValue.string))
        if let publisher = p["publisher"], !doc.has("publisher") {
            edits.append(.add(doc.target, key: doc.key("publisher"), TreeActions.node([("@type", "Organization"), (doc.key("name"), .string(publisher))])))
        }
        edits += TreeActions.setIfMissing(doc, "datePublished", p["publication-year"].map(JSONValue.string))
        return edits
    }
}

/// A keyword -> term IRI table from a YAML/JSON mapping or a two-column TSV/CSV file.
enum KeywordMapping {
    static func load(_ path: String, relativeTo directory: URL?) throws -> [String: String] {
        let url = path.hasPrefix("/") || directory == nil ? URL(fileURLWithPath: path) : directory!.appendingPathComponent(path)
        let file = FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : url
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw Diagnostic.error("keywords-to-iris: cannot read the mapping file", at: SourceLocation(file: path), code: "parameter")
        }
        var map: [String: String] = [:]
        if path.hasSuffix(".tsv") || path.hasSuffix(".csv") {
            let separator: Character = path.hasSuffix(".tsv") ? "\t" : ","
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let cols = line.split(separator: separator, maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if cols.count == 2 { map[cols[0].lowercased()] = cols[1] }
            }
        } else if let node = try YAMLNodes.compose(text, file: path), let object = YAMLNodes.json(node).objectValue {
            for member in object.members { if let iri = member.value.stringValue { map[member.key.lowercased()] = iri } }
        }
        guard !map.isEmpty else {
            throw Diagnostic.error("keywords-to-iris: the mapping file has no keyword: IRI pairs", at: SourceLocation(file: path, line: 1), code: "parameter")
        }
        return map
    }
}
