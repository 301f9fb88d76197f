import FairifyModel
import Foundation

/// What an action on an XML record (Dublin Core, EML, ISO 19139, DCAT) gets: the patcher shared
/// by all records of the document, the record's element, parameters.
struct XMLRecordInput {
    var patcher: XMLPatcher
    var params: RecipeParameterValues
    var directory: URL?
    let record: Int
    var notes: [String] = []

    var scanner: XMLScanner { patcher.scanner }
    var elements: [XMLElementInfo] { scanner.elements }

    /// Children of `parent` (the record by default) with a local name, in a namespace when given.
    func children(_ local: String, _ namespace: String? = nil, of parent: Int? = nil) -> [Int] {
        scanner.children(parent ?? record, named: local).filter { namespace == nil || elements[$0].namespace == namespace }
    }

    func child(_ local: String, _ namespace: String? = nil, of parent: Int? = nil) -> Int? { children(local, namespace, of: parent).first }

    /// Descendants of the record with a local name, depth first.
    func descendants(_ local: String, of parent: Int? = nil) -> [Int] {
        var found: [Int] = []
        func walk(_ index: Int) {
            for c in elements[index].children {
                if elements[c].localName == local { found.append(c) }
                walk(c)
            }
        }
        walk(parent ?? record)
        return found
    }

    func text(_ index: Int) -> String { scanner.text(index).trimmingCharacters(in: .whitespacesAndNewlines) }
    func attribute(_ index: Int, _ name: String) -> String? { elements[index].attribute(name) }

    /// Replaces an element's text when it differs.
    mutating func setText(_ index: Int, _ value: String) {
        if text(index) != value { patcher.setText(index, value) }
    }

    /// A new child after the last child of the same local name, or at the end of the record.
    mutating func append(_ element: NewElement, to parent: Int? = nil) {
        let parent = parent ?? record
        if let last = elements[parent].children.last(where: { elements[$0].localName == element.localName }) ?? elements[parent].children.last {
            patcher.insertAfter(last, element)
        } else {
            patcher.insertChild(parent, element, order: [])
        }
    }

    /// The qualified name for a term in a namespace, declaring the prefix when the document lacks it.
    mutating func qualified(_ local: String, _ namespace: String, preferred: String) -> String {
        patcher.prefix(for: namespace, preferred: preferred, at: record) + ":" + local
    }

    /// The licence a free text names: the whole text, or an SPDX id written in it (`… (CC-BY-4.0).`).
    /// Inside prose only versioned ids count: "MIT" in "Copyright 2020 MIT" is not a licence.
    static func licence(in text: String) -> SPDXLicense? {
        if let whole = SPDXLicenses.find(text) { return whole }
        let words = text.split(whereSeparator: { " ()[],;:".contains($0) }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { $0.contains("-") && $0.contains(where: \.isNumber) }
        return words.lazy.compactMap { word in SPDXLicenses.find(word).flatMap { $0.id.lowercased() == word.lowercased() ? $0 : nil } }.first
    }

    /// Identifiers in persistent schemes as their https IRI (nil when nothing changes).
    static func canonicalIdentifier(_ raw: String) -> String? {
        let id = ClassifiedIdentifier.classify(raw)
        guard id.scheme.isPersistent, let canonical = id.canonical, canonical != raw else { return nil }
        return canonical
    }
}

typealias XMLAction = (inout XMLRecordInput) throws -> Void
