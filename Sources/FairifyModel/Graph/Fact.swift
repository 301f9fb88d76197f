/// One FAIR-relevant statement about a record, with where it was read from.
public struct Fact: Hashable, Sendable, Codable {
    public var kind: FactKind
    /// The main value as written (a title, an identifier, a licence IRI, a creator's name...).
    public var value: String
    /// Details, keyed by `FactAttribute` names.
    public var attributes: [String: String]
    /// The source property: an IRI for JSON-LD and RDF (`http://schema.org/name`), otherwise
    /// the field or element name (`titles/title`, `creators/creator`).
    public var property: String
    public var location: SourceLocation

    public init(_ kind: FactKind, _ value: String, attributes: [String: String] = [:], property: String, location: SourceLocation) {
        self.kind = kind
        self.value = value
        self.attributes = attributes
        self.property = property
        self.location = location
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }
}
