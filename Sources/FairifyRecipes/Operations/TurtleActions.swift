import FairifyModel
import Foundation

/// DCAT in Turtle: each subject typed `dcat:Dataset` is a record. Objects are spliced where they
/// stand; new statements join the subject's own block (`;` then the document's indentation).
struct TurtleInput {
    let statements: TurtleStatements
    let record: String
    var params: RecipeParameterValues
    var notes: [String] = []
    private(set) var splices: [(range: Range<Int>, text: String)] = []

    init(statements: TurtleStatements, record: String, params: RecipeParameterValues) {
        self.statements = statements
        self.record = record
        self.params = params
    }

    static let dcterms = "http://purl.org/dc/terms/"
    static let dcat = "http://www.w3.org/ns/dcat#"

    func objects(_ predicate: String, of subject: String? = nil) -> [TurtleStatements.Triple] {
        statements.objects(subject ?? record, predicate)
    }

    /// A term as the document spells it: `prefix:local` when the namespace is bound, else `<IRI>`.
    func term(_ namespace: String, _ local: String) -> String {
        statements.prefix(for: namespace).map { "\($0):\(local)" } ?? "<\(namespace)\(local)>"
    }

    mutating func replace(_ triple: TurtleStatements.Triple, with text: String) {
        splices.append((triple.object, text))
    }

    /// Replaces a literal's text, keeping its quotes, language tag or datatype.
    mutating func replaceLiteral(_ triple: TurtleStatements.Triple, _ value: String) {
        let raw = statements.text(triple.object)
        guard let range = raw.range(of: triple.value) else { return }
        let rewritten = raw.replacingCharacters(in: range, with: value)
        splices.append((triple.object, rewritten))
    }

    /// Adds `predicate object` to a subject's block.
    mutating func add(_ predicate: String, _ object: String, to subject: String? = nil) {
        guard let last = statements.triples.last(where: { $0.subject == (subject ?? record) && $0.topLevel }) else { return }
        let bytes = statements.bytes
        var lineStart = last.predicateStart
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        let before = bytes[lineStart..<last.predicateStart]
        let indent = before.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? String(decoding: before, as: UTF8.self) : "    "
        splices.append((last.object.upperBound..<last.object.upperBound, " ;\n\(indent)\(predicate) \(object)"))
    }
}

typealias TurtleAction = (inout TurtleInput) throws -> Void

enum TurtleActions {
    static let all: [String: TurtleAction] = [
        "doi-canonical": canonical, "license-spdx-iri": licenceIRI, "add-license": addLicence, "replace-license": replaceLicence,
        "add-access-rights": accessRights, "dates-iso8601": dates, "add-distribution-mediatype": mediaTypes,
    ]

    static func canonical(_ input: inout TurtleInput) throws {
        for triple in input.objects(TurtleInput.dcterms + "identifier") where triple.kind == .literal {
            if let iri = XMLRecordInput.canonicalIdentifier(triple.value) { input.replaceLiteral(triple, iri) }
        }
    }

    static func licenceIRI(_ input: inout TurtleInput) throws {
        for triple in input.objects(TurtleInput.dcterms + "license") where triple.kind == .literal {
            if let licence = XMLRecordInput.licence(in: triple.value) { input.replace(triple, with: "<\(licence.iri)>") }
        }
    }

    static func addLicence(_ input: inout TurtleInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id), input.objects(TurtleInput.dcterms + "license").isEmpty else { return }
        input.add(input.term(TurtleInput.dcterms, "license"), "<\(licence.iri)>")
    }

    static func replaceLicence(_ input: inout TurtleInput) throws {
        guard let id = input.params["license"], let licence = SPDXLicenses.find(id) else { return }
        let current = input.objects(TurtleInput.dcterms + "license")
        guard !current.isEmpty else { return try addLicence(&input) }
        for triple in current where triple.value != licence.iri { input.replace(triple, with: "<\(licence.iri)>") }
    }

    static func accessRights(_ input: inout TurtleInput) throws {
        guard let key = input.params["access"], let term = COARAccessRights.find(key), input.objects(TurtleInput.dcterms + "accessRights").isEmpty else { return }
        input.add(input.term(TurtleInput.dcterms, "accessRights"), "<\(term.iri)>")
    }

    static func dates(_ input: inout TurtleInput) throws {
        for predicate in ["issued", "modified", "created"] {
            for triple in input.objects(TurtleInput.dcterms + predicate) where triple.kind == .literal {
                if let iso = ISODates.normalise(triple.value) { input.replaceLiteral(triple, iso) }
            }
        }
    }

    static func mediaTypes(_ input: inout TurtleInput) throws {
        for distribution in input.objects(TurtleInput.dcat + "distribution").map(\.value) {
            guard input.objects(TurtleInput.dcat + "mediaType", of: distribution).isEmpty, input.objects(TurtleInput.dcterms + "format", of: distribution).isEmpty else { continue }
            let links = ["downloadURL", "accessURL"].flatMap { input.objects(TurtleInput.dcat + $0, of: distribution) }.map(\.value)
            guard let type = links.lazy.compactMap(MediaTypes.forFile).first else { continue }
            input.add(input.term(TurtleInput.dcat, "mediaType"), "<\(DCATActions.ianaMediaTypes)\(type)>", to: distribution)
        }
    }

    /// Every dataset of the document, each recipe's splices applied from the end backwards.
    static func apply(_ request: RecipeRequest, _ bytes: [UInt8], _ file: String, _ only: Int?, _ notes: inout [String]) throws -> [UInt8] {
        guard let action = all[request.recipe.id] else {
            notes.append("not available for Turtle documents; skipped")
            return bytes
        }
        let statements = TurtleStatements(bytes: bytes)
        let records = statements.subjects(ofType: TurtleInput.dcat + "Dataset")
        var splices: [(range: Range<Int>, text: String)] = []
        for (n, record) in try RecipeRunner.selected(Array(records.enumerated()), only, file) {
            var input = TurtleInput(statements: statements, record: record, params: request.params)
            try action(&input)
            notes += input.notes.map { records.count > 1 ? "record \(n + 1): \($0)" : $0 }
            splices += input.splices
        }
        var out = bytes
        for splice in splices.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(splice.range, with: Array(splice.text.utf8))
        }
        return out
    }

    /// True when the bytes look like Turtle (a prefix or base directive before any statement).
    static func looksLikeTurtle(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let lower = trimmed.lowercased()
            return lower.hasPrefix("@prefix") || lower.hasPrefix("@base") || lower.hasPrefix("prefix ") || lower.hasPrefix("base ")
        }
        return false
    }
}
