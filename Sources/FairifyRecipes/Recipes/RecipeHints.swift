import FairifyModel

/// What a needs-input recipe would add that a schema.org document lacks, read straight from
/// the document (used by `plan` when no reader or metric engine has facts for it).
public enum RecipeHints {
    static let terms: [String: [String]] = [
        "add-license": ["license"], "add-access-rights": ["conditionsOfAccess", "isAccessibleForFree"],
        "add-content-url": ["distribution"], "add-data-catalog": ["includedInDataCatalog"], "add-description": ["description"],
        "add-identifier": ["identifier"], "add-keywords": ["keywords"], "add-publisher": ["publisher"], "add-version": ["version"],
        "add-provenance": ["isBasedOn", "dateCreated", "dateModified"], "datacite-mandatory": ["creator", "publisher", "datePublished"],
    ]

    /// The schema.org terms the recipe would add and the document does not have; empty when unknown.
    public static func missingTerms(_ recipe: Recipe, bytes: [UInt8], kind: DocumentKind) -> [String] {
        guard kind != .dataCiteXML, let wanted = terms[recipe.id] else { return [] }
        let root: JSONValue?
        switch kind {
        case .jsonLD: root = try? JSONParser.parse(bytes: bytes).value
        case .html: root = HTMLScriptBlocks.target(bytes).flatMap { try? JSONParser.parse(bytes: Array(bytes[$0])).value }
        default: root = try? YAMLPatcher(bytes: bytes, file: "-").root
        }
        guard let root, let doc = try? SchemaDocument(root: root) else { return [] }
        let missing = wanted.filter { !doc.has($0) }
        return recipe.id == "datacite-mandatory" || recipe.id == "add-provenance" ? (missing.count == wanted.count ? missing : []) : missing
    }
}
