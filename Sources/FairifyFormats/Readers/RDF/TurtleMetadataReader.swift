import FairifyModel
import Foundation

/// Turtle and N-Triples documents: parsed into triples, then read like RDF/XML
/// (one record per dcat:Dataset, else per schema.org or DCMI dataset).
enum TurtleMetadataReader {
    static func read(bytes: [UInt8], start: Int, file: String) throws -> ReadResult {
        let triples = try TurtleParser.parse(bytes: bytes, file: file, start: start)
        let graph = TurtleGraph.build(triples)
        let (isDCAT, datasets) = RDFDatasets.select(in: graph)
        let context = CatalogContext(graph: graph)
        guard !datasets.isEmpty else {
            throw Diagnostic.error("the Turtle document has no statements, so no metadata to read", at: SourceLocation(file: file, line: 1, column: 1), code: "no-metadata")
        }
        let dialect: Dialect = isDCAT ? .dcat : .turtle
        let records = datasets.enumerated().map { index, dataset in
            let position = graph.nodeOrigins[dataset] ?? SourcePosition(line: 1, column: 1)
            var builder = TurtleRecordBuilder(record: Record(file: file, index: index, format: .turtle, dialect: dialect, location: SourceLocation(file: file, position: position)))
            RDFDatasets.addFacts(of: dataset, isDCAT: isDCAT, in: context, into: &builder)
            builder.record.vocabularies = RDFDatasets.vocabularies(of: dataset, in: graph).sorted()
            return builder.record
        }
        return ReadResult(file: file, format: .turtle, dialect: dialect, records: records, diagnostics: misnamed(file).map { [$0] } ?? [])
    }

    /// A warning when the name promises another syntax, so the file can be renamed.
    static func misnamed(_ file: String) -> Diagnostic? {
        let other = ["rdf": "RDF/XML", "owl": "RDF/XML", "xml": "XML", "json": "JSON", "jsonld": "JSON-LD"]
        guard let expected = other[(file as NSString).pathExtension.lowercased()] else { return nil }
        return .warning("the name says \(expected) but the content is Turtle; it was read as Turtle", at: SourceLocation(file: file, line: 1, column: 1), code: "misnamed")
    }
}

/// The graph of Turtle triples; a collection becomes one statement per member, as RDF/XML's
/// `parseType="Collection"` does, because the crosswalk reads values, not list structure.
enum TurtleGraph {
    static func build(_ triples: [TurtleTriple]) -> RDFGraph<SourcePosition> {
        let first = RDFNamespace.rdf + "first", rest = RDFNamespace.rdf + "rest"
        var members: [RDFGraphTerm: (term: RDFGraphTerm, position: SourcePosition)] = [:]
        var next: [RDFGraphTerm: RDFGraphTerm] = [:]
        for triple in triples {
            if triple.predicate == first { members[triple.subject] = (triple.object, triple.objectPosition) }
            if triple.predicate == rest { next[triple.subject] = triple.object }
        }
        var graph = RDFGraph<SourcePosition>()
        for triple in triples where members[triple.subject] == nil || (triple.predicate != first && triple.predicate != rest) {
            graph.noteNode(triple.subject, triple.subjectPosition)
            var cell = triple.object
            guard members[cell] != nil else {
                graph.add(RDFTriple(subject: triple.subject, predicate: triple.predicate, object: triple.object, origin: triple.objectPosition))
                continue
            }
            var seen = Set<RDFGraphTerm>()
            while let member = members[cell], seen.insert(cell).inserted {
                graph.add(RDFTriple(subject: triple.subject, predicate: triple.predicate, object: member.term, origin: member.position))
                cell = next[cell] ?? .iri(RDFNamespace.rdf + "nil")
            }
        }
        return graph
    }
}

/// Collects the facts of one record read from Turtle; locations are the object tokens' positions.
struct TurtleRecordBuilder: RDFFactSink {
    var record: Record

    mutating func add(_ kind: FactKind, _ value: String?, _ attributes: [String: String?], at position: SourcePosition, property: String?) {
        guard var value = value?.trimmedNonEmpty else { return }
        if value.utf8.contains(0x0A), !XMLRecordBuilder.multiline.contains(kind) { value = value.collapsingWhiteSpace }
        if kind == .identifier, record.facts.contains(where: { $0.kind == .identifier && $0.value == value }) { return }
        let kept = attributes.compactMapValues { $0?.isEmpty == false ? $0 : nil }
        record.facts.append(Fact(kind, value, attributes: kept, property: property ?? "", location: SourceLocation(file: record.file, position: position)))
    }

    mutating func addType(_ type: String?) {
        guard let type, !type.isEmpty, !record.types.contains(type) else { return }
        record.types.append(type)
    }
}
