import FairifyModel

/// A node that becomes a record, with the catalogue that listed it, if any.
struct LDRecordRoot {
    var node: LDNode
    var catalog: LDNode?
    var catalogProperty: String?
    /// The node describing the metadata record (RO-Crate descriptor, ORE resource map).
    var descriptor: LDNode?
}

/// Finds the described resources of a document: one per dataset (or software) at its top,
/// looking through web pages (`mainEntity`) and catalogues (`dataset`, `dcat:dataset`).
enum LDRootSelection {
    static let primaryTypes: Set<String> = [
        LDSchema.Dataset, LDSchema.SoftwareSourceCode, LDSchema.SoftwareApplication, LDSchema.ComputationalWorkflow, LDDC.Dataset,
        LDNS.dcat + "DataService", LDSchema.iri("ScholarlyArticle"), LDSchema.iri("Book"), LDSchema.iri("Thesis"),
        LDSchema.iri("Project"), LDSchema.iri("ResearchProject"), LDSchema.iri("Collection"), LDSchema.iri("Study"),
    ]
    static let catalogTypes: Set<String> = [LDSchema.DataCatalog, LDDC.Catalog]
    static let datasetProperties = [LDSchema.dataset, LDDC.dataset]

    static func roots(of graph: LDGraph, dialect: Dialect) -> [LDRecordRoot] {
        if dialect == .roCrate, let descriptor = ROCrate.descriptor(in: graph), let root = ROCrate.root(in: graph) {
            return [LDRecordRoot(node: root, descriptor: descriptor)]
        }
        var candidates: [LDRecordRoot] = []
        for node in graph.topLevel where !node.order.isEmpty || !node.types.isEmpty {
            candidates += unwrap(node)
        }
        var primary = candidates.filter { $0.node.hasType(in: primaryTypes) || $0.catalog != nil || $0.descriptor != nil }
        if primary.isEmpty {
            primary = candidates.filter { $0.node.hasType(in: catalogTypes) }
        }
        if primary.isEmpty {
            return best(of: candidates).map { [$0] } ?? []
        }
        primary = unique(primary)
        guard primary.count > 1 else { return primary }  // a root is never its own reference
        let referenced = referencedNodes(from: primary)
        let kept = primary.filter { $0.catalog != nil || $0.descriptor != nil || !referenced.contains(ObjectIdentifier($0.node)) }
        return kept.isEmpty ? [primary[0]] : kept
    }

    /// A page's main entity, or a catalogue's datasets, stand for the page or catalogue.
    private static func unwrap(_ node: LDNode) -> [LDRecordRoot] {
        if node.hasType(LDExtraTerm.oreResourceMap) {
            let described = node.terms(LDExtraTerm.oreDescribes).compactMap(\.node)
            if !described.isEmpty { return described.map { LDRecordRoot(node: $0, descriptor: node) } }
        }
        if !node.hasType(in: primaryTypes) {
            let entities = node.terms(LDSchema.mainEntity).compactMap(\.node)
            if !entities.isEmpty { return entities.flatMap(unwrap) }
        }
        if node.hasType(in: catalogTypes) || !node.hasType(in: primaryTypes) {
            for property in datasetProperties {
                let datasets = node.terms(property).compactMap(\.node)
                if !datasets.isEmpty {
                    let written = node.property(property)?.iri ?? property
                    return datasets.map { LDRecordRoot(node: $0, catalog: node, catalogProperty: written) }
                }
            }
        }
        return [LDRecordRoot(node: node)]
    }

    private static func unique(_ roots: [LDRecordRoot]) -> [LDRecordRoot] {
        var seen = Set<ObjectIdentifier>()
        return roots.filter { seen.insert(ObjectIdentifier($0.node)).inserted }
    }

    /// Nodes that another candidate points to (a part of a dataset is not a record of its own).
    private static func referencedNodes(from roots: [LDRecordRoot]) -> Set<ObjectIdentifier> {
        var referenced = Set<ObjectIdentifier>()
        for root in roots {
            for property in root.node.propertyValues {
                for term in property.values {
                    if let node = term.node, node !== root.node { referenced.insert(ObjectIdentifier(node)) }
                }
            }
        }
        return referenced
    }

    /// Without a dataset-like node, the top node with the most properties is the record.
    private static func best(of candidates: [LDRecordRoot]) -> LDRecordRoot? {
        var best: LDRecordRoot?
        for candidate in candidates where candidate.node.order.count > (best?.node.order.count ?? -1) {
            best = candidate
        }
        return best
    }
}
