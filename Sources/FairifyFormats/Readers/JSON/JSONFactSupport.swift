import Foundation

/// A JSON node with the JSON pointer that reached it, so every fact can say where it came from.
struct Located {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    /// The member under the first of `names` present; each name is also tried in its
    /// kebab-case form, because older DataCite JSON writes `publication-year`.
    func member(_ names: String...) -> Located? {
        guard let object = value.objectValue else { return nil }
        for name in names {
            if let found = object[name], !found.isNull {
                return Located(found, path: path + "/" + JSONFactNames.escape(name))
            }
            if let kebab = JSONFactNames.kebab(name), let found = object[kebab], !found.isNull {
                return Located(found, path: path + "/" + kebab)
            }
        }
        return nil
    }

    /// Elements of an array (or the value itself when it is a single value).
    var list: [Located] {
        if case .array(let values) = value.kind {
            return values.enumerated().map { Located($0.element, path: path + "/\($0.offset)") }
        }
        return value.isNull ? [] : [self]
    }

    /// The values of an object's members, in order (for maps keyed by name, such as file entries).
    var memberValues: [Located] {
        guard let object = value.objectValue else { return [] }
        return object.members.map { Located($0.value, path: path + "/" + JSONFactNames.escape($0.key)) }
    }

    /// The value as text when it is a scalar, trimmed; nil when empty.
    var text: String? {
        let raw: String
        switch value.kind {
        case .string(let s): raw = s
        case .number(let n): raw = n.lexical
        case .bool(let b): raw = b ? "true" : "false"
        default: return nil
        }
        return raw.trimmedNonEmpty
    }

    func text(_ names: String...) -> String? {
        for name in names { if let found = member(name)?.text { return found } }
        return nil
    }

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, position: value.position, path: path.isEmpty ? "/" : path)
    }
}

enum JSONFactNames {
    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// `publicationYear` -> `publication-year`; nil when the name has no capital (ASCII names only).
    static func kebab(_ name: String) -> String? {
        guard name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + 4)
        for b in name.utf8 {
            if b >= 0x41 && b <= 0x5A { bytes.append(0x2D); bytes.append(b + 0x20) } else { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Collects facts for one record.
struct FactSink {
    let file: String
    private(set) var facts: [Fact] = []

    init(file: String) { self.file = file }

    mutating func add(_ kind: FactKind, _ value: String?, at node: Located, property: String, _ attributes: [String: String?] = [:]) {
        guard let value = value?.trimmedNonEmpty else { return }
        var clean: [String: String] = [:]
        for (key, attribute) in attributes {
            if let attribute = attribute?.trimmedNonEmpty { clean[key] = attribute }
        }
        facts.append(Fact(kind, value, attributes: clean, property: property, location: node.location(in: file)))
    }

    /// An identifier with its scheme as classified (a declared scheme wins when the text alone says nothing).
    mutating func identifier(_ raw: String?, declared: String? = nil, at node: Located, property: String, kind: FactKind = .identifier) {
        guard let raw else { return }
        let classified = ClassifiedIdentifier.classify(raw)
        var scheme = classified.scheme.rawValue
        if classified.scheme == .local, let declared, let known = IdentifierScheme(rawValue: declared.lowercased()) {
            scheme = known.rawValue
        }
        add(kind, raw, at: node, property: property, [FactAttribute.scheme: scheme, FactAttribute.iri: classified.canonical, "declaredType": declared])
    }
}

extension FactSink {
    /// A related resource, and a provenance fact too when a DataCite-style relation type
    /// (IsDerivedFrom, IsNewVersionOf…) says the record comes from it.
    mutating func relation(_ target: String?, type: String?, targetScheme: String?, at node: Located, property: String) {
        add(.relatedResource, target, at: node, property: property, [FactAttribute.relationType: type, FactAttribute.targetScheme: targetScheme])
        if let provenance = DataCiteJSONRecordBuilder.provenanceRelation(type) {
            add(.provenance, target, at: node, property: property, [FactAttribute.relationType: provenance, FactAttribute.targetScheme: targetScheme])
        }
    }
}

/// Licence and access-right vocabularies shared by the JSON and YAML dialects.
enum RightsVocabulary {
    /// An SPDX identifier's canonical IRI, or nil when `text` does not look like one.
    static func spdxIRI(_ id: String) -> String? {
        guard !id.isEmpty, !id.contains(" "), !id.contains("/"), id.first?.isLetter == true else { return nil }
        return "https://spdx.org/licenses/\(id)"
    }

    /// The SPDX identifier in an spdx.org licence IRI.
    static func spdxID(fromIRI iri: String) -> String? {
        for prefix in ["https://spdx.org/licenses/", "http://spdx.org/licenses/"] where iri.hasPrefix(prefix) {
            var id = String(iri.dropFirst(prefix.count))
            for suffix in [".html", ".json"] where id.hasSuffix(suffix) { id = String(id.dropLast(suffix.count)) }
            return id.isEmpty ? nil : id
        }
        return nil
    }

    /// Whether an access-rights IRI (COAR or info:eu-repo) means open access.
    static func accessIsOpen(_ iri: String) -> Bool? {
        let lower = iri.lowercased()
        if lower.hasSuffix("openaccess") || lower.hasSuffix("c_abf2") { return true }
        for closed in ["closedaccess", "embargoedaccess", "restrictedaccess", "c_14cb", "c_f1cf", "c_16ec"] where lower.hasSuffix(closed) {
            return false
        }
        return nil
    }
}

/// Checksums written with their algorithm in front (`md5:3a1f…`, `sha256:…`).
enum ChecksumText {
    static func split(_ text: String) -> (algorithm: String?, value: String) {
        guard let colon = text.firstIndex(of: ":") else { return (nil, text) }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}

extension String {
    /// Without surrounding white space, or nil when nothing is left. Most values need no
    /// trimming, so the common case avoids Foundation's slow path.
    var trimmedNonEmpty: String? {
        let trimmed = trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// A reader whose document holds one record, built by walking the parsed tree once.
protocol SingleRecordBuilder {
    init(sink: FactSink)
    mutating func record(from node: Located, file: String, format: DocumentFormat) -> Record
}

extension SingleRecordBuilder {
    static func read(_ document: JSONValue, file: String, format: DocumentFormat, dialect: Dialect) -> ReadResult {
        var builder = Self(sink: FactSink(file: file))
        let record = builder.record(from: Located(document), file: file, format: format)
        return ReadResult(file: file, format: format, dialect: dialect, records: [record])
    }
}
