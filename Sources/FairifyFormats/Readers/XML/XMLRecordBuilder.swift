import CLibXML2
import FairifyModel

/// What an enclosing envelope (OAI-PMH header, CSW response) says about the record inside it.
struct XMLEnvelope {
    var metadataIdentifier: XMLElement?
    var metadataDate: XMLElement?
    var sets: [XMLElement] = []
}

/// Collects the facts of one record read from an XML element tree.
struct XMLRecordBuilder {
    var record: Record
    private let root: XMLElement
    private var paths = XMLPathBuilder()

    init(root: XMLElement, dialect: Dialect, index: Int, version: String?, envelope: XMLEnvelope?) {
        self.root = root
        record = Record(file: root.document.file, index: index, format: .xml, dialect: dialect,
                        dialectVersion: version, location: root.location)
        if let envelope {
            if let id = envelope.metadataIdentifier, let value = id.text {
                add(.metadataIdentifier, value, attributes: ["scheme": ClassifiedIdentifier.classify(value).scheme.rawValue], at: id, property: "header/identifier")
            }
            if let date = envelope.metadataDate, let value = date.text {
                add(.metadataDate, value, at: date, property: "header/datestamp")
            }
        }
    }

    /// Adds a fact unless the value is missing; nil attributes are dropped.
    mutating func add(_ kind: FactKind, _ value: String?, _ attributes: [String: String?] = [:], at element: XMLElement, property: String? = nil) {
        append(kind, value, attributes, at: element, property: property)
    }

    /// `add` with the attributes as pairs: no dictionary is built but the fact's own.
    mutating func add(_ kind: FactKind, _ value: String?, attributes: KeyValuePairs<String, String?>, at element: XMLElement, property: String? = nil) {
        append(kind, value, attributes, at: element, property: property)
    }

    private mutating func append<Attributes: Collection>(_ kind: FactKind, _ value: String?, _ attributes: Attributes, at element: XMLElement, property: String?)
    where Attributes.Element == (key: String, value: String?) {
        guard var value, !value.isEmpty else { return }
        if !Self.isMultiline(kind), value.withUTF8({ $0.contains(0x0A) }) { value = value.collapsingWhiteSpace }
        if kind == .identifier, record.facts.contains(where: { $0.kind == .identifier && $0.value == value }) { return }
        var kept: [String: String] = attributes.isEmpty ? [:] : Dictionary(minimumCapacity: attributes.count)
        if !attributes.isEmpty {
            for (key, attribute) in attributes {
                if let attribute, !attribute.isEmpty { kept[key] = attribute }
            }
        }
        let location = SourceLocation(file: record.file, position: element.position, path: paths.path(element.node))
        record.facts.append(Fact(kind, value, attributes: kept, property: property ?? element.defaultProperty, location: location))
    }

    /// Kinds whose values keep their line breaks; other values are single-line.
    static let multiline: Set<FactKind> = [.description, .provenance, .rights]

    private static func isMultiline(_ kind: FactKind) -> Bool {
        switch kind {
        case .description, .provenance, .rights: return true
        default: return false
        }
    }

    /// Adds the element's trimmed text as a fact.
    mutating func addText(_ kind: FactKind, _ element: XMLElement?, _ attributes: KeyValuePairs<String, String?> = [:], property: String? = nil) {
        guard let element else { return }
        add(kind, element.text, attributes: attributes, at: element, property: property)
    }

    mutating func addIdentifier(_ element: XMLElement?, declaredType: String?, kind: FactKind = .identifier, property: String? = nil) {
        guard let element, let value = element.text else { return }
        let classified = QuickIdentifiers.classify(value)
        let scheme = IdentifierTypes.scheme(declared: declaredType, classified: classified.scheme)
        add(kind, value, attributes: [FactAttribute.scheme: scheme, FactAttribute.iri: classified.canonical,
                          "declaredType": declaredType], at: element, property: property)
    }

    mutating func addType(_ type: String?) {
        guard let type, !type.isEmpty, !record.types.contains(type) else { return }
        record.types.append(type)
    }

    mutating func note(_ diagnostic: Diagnostic) { record.diagnostics.append(diagnostic) }

    /// The record, with the namespaces its element tree uses as vocabularies.
    func build(extraVocabularies: [String] = []) -> Record {
        var result = record
        var namespaces = Set(extraVocabularies)
        root.collectNamespaces(into: &namespaces)
        namespaces.remove("http://www.w3.org/2001/XMLSchema-instance")
        namespaces.remove("http://www.w3.org/XML/1998/namespace")
        result.vocabularies = namespaces.sorted()
        return result
    }
}

extension String {
    var collapsingWhiteSpace: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}

extension XMLElement {
    /// `parent/child` local names, the form facts name XML properties by.
    var defaultProperty: String {
        let name = node.pointee.name!
        let nameCount = Int(xmlStrlen(name))
        guard let parent = parent?.node.pointee.name else { return localName }
        let parentCount = Int(xmlStrlen(parent))
        return String(unsafeUninitializedCapacity: parentCount + 1 + nameCount) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            base.initialize(from: parent, count: parentCount)
            base[parentCount] = UInt8(ascii: "/")
            (base + parentCount + 1).initialize(from: name, count: nameCount)
            return parentCount + 1 + nameCount
        }
    }
}

/// Maps declared identifier types (DataCite `identifierType`, EML `system`...) onto schemes.
enum IdentifierTypes {
    static func scheme(declared: String?, classified: ClassifiedIdentifier) -> String {
        scheme(declared: declared, classified: classified.scheme)
    }

    static func scheme(declared: String?, classified: IdentifierScheme) -> String {
        guard let declared = declared?.lowercased(), !declared.isEmpty else { return classified.rawValue }
        // What the value says wins when it is specific; the declared type fills in for bare local values.
        if classified != .local && classified != .url { return classified.rawValue }
        switch declared {
        case "doi": return "doi"
        case "handle", "hdl": return "handle"
        case "ark": return "ark"
        case "purl": return "purl"
        case "urn": return "urn"
        case "url", "uri", "www": return classified.rawValue
        case "orcid": return "orcid"
        case "ror": return "ror"
        case "isni": return "isni"
        case "arxiv": return "arxiv"
        case "pmid": return "pmid"
        case "lsid": return "lsid"
        case "w3id": return "w3id"
        default: return classified.rawValue
        }
    }
}
