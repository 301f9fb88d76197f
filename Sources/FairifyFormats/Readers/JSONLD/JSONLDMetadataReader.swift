import FairifyModel

/// Reads a JSON-LD document (from .jsonld/.json, YAML-LD or an HTML script block) into one
/// record per described resource, in whichever dialect it is written: schema.org/Bioschemas,
/// RO-Crate, CodeMeta, Croissant, DCAT, DATS, or generic JSON-LD.
public enum JSONLDMetadataReader {
    public static func read(document: JSONValue, file: String, format: DocumentFormat, options: ReaderOptions) throws -> ReadResult {
        let contexts = LDDialectDetection.contextEntries(of: document)
        let hint = LDDialectDetection.fromContext(contexts.map(\.url))
        if let graph = LDDirectExpansion.graph(of: document, options: options) {
            return read(graph: graph, document: document, file: file, format: format, options: options, hint: hint)
        }
        let expansion = try JSONLDExpansion.expand(document, file: file, options: options, dialectHint: hint?.dialect)
        let diagnostics = expansion.warnings.map { warning(for: $0, contexts: contexts, file: file) } + expansion.notes
        return read(expanded: expansion.expanded, document: document, file: file, format: format, options: options,
                    hint: hint, diagnostics: diagnostics)
    }

    /// The crosswalk proper, on an already expanded document. `document` (the original form)
    /// gives facts their JSON pointers.
    static func read(expanded: JSONValue, document: JSONValue?, file: String, format: DocumentFormat,
                     options: ReaderOptions, hint: LDDialectDetection? = nil, diagnostics: [Diagnostic] = []) -> ReadResult {
        read(graph: LDGraph(expanded: expanded), document: document, file: file, format: format, options: options,
             hint: hint, diagnostics: diagnostics)
    }

    private static func read(graph: LDGraph, document: JSONValue?, file: String, format: DocumentFormat,
                             options: ReaderOptions, hint: LDDialectDetection?, diagnostics: [Diagnostic] = []) -> ReadResult {
        var detection = detect(graph: graph, hint: hint, forced: options.dialect)
        let roots = LDRootSelection.roots(of: graph, dialect: detection.dialect)
        if detection.version == nil { detection.version = version(of: detection.dialect, graph: graph, roots: roots) }
        let locator = document.map(JSONPointerLocator.init)
        let vocabularies = graph.vocabularies
        let records = roots.enumerated().map { index, root in
            LDRecordBuilder(file: file, format: format, detection: detection, locator: locator)
                .record(root, index: index, graph: graph, vocabularies: vocabularies, diagnostics: diagnostics)
        }
        var documentDiagnostics = records.isEmpty ? diagnostics : []
        if records.isEmpty {
            documentDiagnostics.append(.warning("no JSON-LD node describes a resource", at: SourceLocation(file: file, position: document?.position ?? .unknown)))
        }
        return ReadResult(file: file, format: format, dialect: detection.dialect, records: records, diagnostics: documentDiagnostics)
    }

    private static func detect(graph: LDGraph, hint: LDDialectDetection?, forced: Dialect?) -> LDDialectDetection {
        if let forced, LDDialectDetection.jsonLDDialects.contains(forced) { return LDDialectDetection(dialect: forced, version: hint?.dialect == forced ? hint?.version : nil) }
        if let hint { return hint }
        let fromGraph = LDDialectDetection.fromGraph(graph, roots: graph.topLevel)
        if fromGraph.dialect == .schemaOrg, graph.usesIRI(withPrefix: LDNS.croissant) {
            return LDDialectDetection(dialect: .croissant, version: nil)
        }
        return fromGraph
    }

    private static func version(of dialect: Dialect, graph: LDGraph, roots: [LDRecordRoot]) -> String? {
        switch dialect {
        case .roCrate: return ROCrate.version(in: graph)
        case .croissant:
            for root in roots {
                for term in root.node.terms(LDDC.conformsTo) + root.node.terms(LDSchema.conformsTo) {
                    if let text = term.text, text.ldContains("mlcommons.org/croissant") { return LDSchemaVersion.from(text) }
                }
            }
            return nil
        case .schemaOrg: return roots.first?.node.text(LDExtraTerm.sdoSchemaVersion).flatMap(LDSchemaVersion.from)
        default: return nil
        }
    }

    /// A processor warning, placed at the context URL it names when the document has one.
    private static func warning(for message: String, contexts: [LDDialectDetection.ContextEntry], file: String) -> Diagnostic {
        let entry = contexts.first { message.contains($0.url) }
        let code = message.ldContains("could not be loaded") ? "loading remote context failed" : nil
        return .warning(message, at: SourceLocation(file: file, position: entry?.position ?? .unknown), code: code)
    }
}

/// Assembles one record from its root node.
struct LDRecordBuilder {
    let file: String
    let format: DocumentFormat
    let detection: LDDialectDetection
    let locator: JSONPointerLocator?

    func record(_ root: LDRecordRoot, index: Int, graph: LDGraph, vocabularies: [String], diagnostics: [Diagnostic]) -> Record {
        var crosswalk = NodeCrosswalk(sink: LDFactSink(file: file, locator: locator))
        if let descriptor = root.descriptor {
            LDMetadataDescriptor.addFacts(of: descriptor, to: &crosswalk)
        }
        crosswalk.describe(root.node)
        if let catalog = root.catalog, let name = catalog.label ?? catalog.iri {
            var attributes: [String: String] = [:]
            attributes[FactAttribute.identifier] = catalog.iri
            attributes[FactAttribute.url] = catalog.text(LDSchema.url) ?? catalog.iri
            crosswalk.sink.add(.dataCatalog, name, attributes, property: root.catalogProperty ?? LDSchema.dataset, at: catalog.position)
        }
        return Record(
            file: file, index: index, format: format, dialect: detection.dialect, dialectVersion: detection.version,
            location: crosswalk.sink.location(root.node.position), types: root.node.types, facts: crosswalk.sink.facts,
            vocabularies: vocabularies, diagnostics: diagnostics)
    }
}
