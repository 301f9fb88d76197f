import FairifyFormats
import FairifyModel
import Foundation

/// The formats `fairify convert` writes.
public enum ConvertTarget: String, CaseIterable, Sendable {
    case schemaOrgJSONLD = "schemaorg-jsonld"
    case dataCiteXML = "datacite-xml"
    case dcatJSONLD = "dcat-jsonld"
    case yamlLD = "yaml-ld"
    case nquads
}

/// What a conversion gave: the text, and the facts the target could not hold.
public struct Conversion: Sendable {
    public var text: String
    /// Fact kind -> how many facts of that kind were left out.
    public var dropped: [String: Int]
}

/// Writes a record's facts in another format. Only facts travel: what the reader did not map
/// onto a fact is not carried over (see docs/crosswalk.md).
public enum Crosswalk {
    public static func convert(_ record: Record, to target: ConvertTarget) throws -> Conversion {
        let facts = distinct(record.facts)
        switch target {
        case .schemaOrgJSONLD:
            let (json, dropped) = SchemaOrgBuilder.build(facts)
            return Conversion(text: JSONWriter.pretty.string(json) + "\n", dropped: dropped)
        case .yamlLD:
            let (json, dropped) = SchemaOrgBuilder.build(facts)
            return Conversion(text: YAMLEmitter.document(json), dropped: dropped)
        case .nquads:
            let (json, dropped) = SchemaOrgBuilder.build(facts)
            let processor = JSONLDProcessor(options: JSONLDOptions())
            return Conversion(text: try processor.toNQuads(json), dropped: dropped)
        case .dcatJSONLD:
            let (json, dropped) = DCATBuilder.build(facts)
            return Conversion(text: JSONWriter.pretty.string(json) + "\n", dropped: dropped)
        case .dataCiteXML:
            let (xml, dropped) = DataCiteBuilder.build(facts)
            return Conversion(text: xml, dropped: dropped)
        }
    }

    /// Readers sometimes report one source element as two facts (a collection date is also
    /// temporal coverage; a derived-from link is also provenance): keep one per kind pair.
    static func distinct(_ facts: [Fact]) -> [Fact] {
        var seen = Set<String>()
        return facts.filter { fact in
            let twin: FactKind? = [.provenance: .relatedResource, .date: .temporalCoverage][fact.kind]
            let key = "\(fact.location.path ?? "")#\(fact.location.line):\(fact.location.column)|\(fact.value)"
            if let twin, facts.contains(where: { $0.kind == twin && "\($0.location.path ?? "")#\($0.location.line):\($0.location.column)|\($0.value)" == key }) { return false }
            return seen.insert("\(fact.kind.rawValue)|\(key)").inserted
        }
    }

    static func iri(_ fact: Fact) -> String? {
        if let iri = fact[FactAttribute.iri] { return iri }
        let id = ClassifiedIdentifier.classify(fact.value)
        return id.scheme.isWebResolvable ? id.canonical : nil
    }
}

/// Collects values and counts the facts a target has no place for.
struct Collector {
    var members: [(String, JSONValue)] = []
    var dropped: [String: Int] = [:]

    mutating func add(_ key: String, _ value: JSONValue?) {
        guard let value else { return }
        if let i = members.firstIndex(where: { $0.0 == key }) {
            members[i].1 = .array(members[i].1.asList + [value])
        } else {
            members.append((key, value))
        }
    }

    mutating func drop(_ fact: Fact) { dropped[fact.kind.rawValue, default: 0] += 1 }

    var object: JSONValue { .object(JSONObject(members)) }
}
