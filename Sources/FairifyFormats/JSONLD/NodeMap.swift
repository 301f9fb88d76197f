import Foundation

/// Node Map Generation (JSON-LD 1.1 API, 7.2), reduced to what RDF serialisation needs.
final class NodeMap {
    enum Item: Equatable {
        case value(JSONValue)
        case reference(String)
        case list(ListBox)

        static func == (lhs: Item, rhs: Item) -> Bool {
            switch (lhs, rhs) {
            case let (.value(a), .value(b)): return a == b
            case let (.reference(a), .reference(b)): return a == b
            case let (.list(a), .list(b)): return a === b
            default: return false
            }
        }
    }

    final class ListBox { var items: [Item] = [] }

    final class Node {
        var types: [String] = []
        var properties: [String: [Item]] = [:]

        func add(_ property: String, _ item: Item, unique: Bool) {
            var items = properties[property] ?? []
            if unique, case .list = item {} else if unique, items.contains(item) { return }
            items.append(item)
            properties[property] = items
        }
    }

    enum Subject { case node(String), reverse(String) }

    private(set) var graphs: [String: [String: Node]] = ["@default": [:]]
    let issuer: BlankNodeIssuer

    init(issuer: BlankNodeIssuer) { self.issuer = issuer }

    func node(_ id: String, in graph: String) -> Node {
        if let existing = graphs[graph]?[id] { return existing }
        let created = Node()
        graphs[graph, default: [:]][id] = created
        return created
    }

    func generate(_ element: JSONValue, graph: String, subject: Subject? = nil, property: String? = nil,
                  list: ListBox? = nil) throws {
        if case .array(let items) = element.kind {
            for item in items { try generate(item, graph: graph, subject: subject, property: property, list: list) }
            return
        }
        guard let object = element.objectValue else { return }
        if graphs[graph] == nil { graphs[graph] = [:] }
        if object["@value"] != nil {
            append(.value(element), graph: graph, subject: subject, property: property, list: list, unique: true)
        } else if let listValue = object["@list"] {
            let box = ListBox()
            try generate(listValue, graph: graph, subject: subject, property: property, list: box)
            append(.list(box), graph: graph, subject: subject, property: property, list: list, unique: false)
        } else {
            try generateNode(object, graph: graph, subject: subject, property: property, list: list)
        }
    }

    private func append(_ item: Item, graph: String, subject: Subject?, property: String?, list: ListBox?, unique: Bool) {
        if let list { list.items.append(item); return }
        guard case .node(let subjectID)? = subject, let property else { return }
        node(subjectID, in: graph).add(property, item, unique: unique)
    }

    private func generateNode(_ object: JSONObject, graph: String, subject: Subject?, property: String?, list: ListBox?) throws {
        let id: String
        if let given = object["@id"]?.stringValue {
            id = IRI.isBlankNode(given) ? issuer.issue(given) : given
        } else {
            id = issuer.issue(nil)
        }
        let node = node(id, in: graph)
        if case .reverse(let subjectID)? = subject, let property {
            node.add(property, .reference(subjectID), unique: true)
        } else if property != nil {
            append(.reference(id), graph: graph, subject: subject, property: property, list: list, unique: true)
        }
        for type in object["@type"]?.asList.compactMap(\.stringValue) ?? [] {
            let mapped = IRI.isBlankNode(type) ? issuer.issue(type) : type
            if !node.types.contains(mapped) { node.types.append(mapped) }
        }
        if let reverse = object["@reverse"]?.objectValue {
            for member in reverse.members {
                for value in member.value.asList {
                    try generate(value, graph: graph, subject: .reverse(id), property: member.key)
                }
            }
        }
        if let graphValue = object["@graph"] { try generate(graphValue, graph: id) }
        if let included = object["@included"] { try generate(included, graph: graph) }
        for member in object.members where !member.key.hasPrefix("@") {
            let key = IRI.isBlankNode(member.key) ? issuer.issue(member.key) : member.key
            if node.properties[key] == nil { node.properties[key] = [] }
            try generate(member.value, graph: graph, subject: .node(id), property: key)
        }
    }
}

/// Issues `_:b0`, `_:b1`... and keeps the mapping of labels found in the input.
final class BlankNodeIssuer {
    private var mapping: [String: String] = [:]
    private var counter = 0

    func issue(_ existing: String?) -> String {
        if let existing, let mapped = mapping[existing] { return mapped }
        let label = "_:b\(counter)"
        counter += 1
        if let existing { mapping[existing] = label }
        return label
    }
}
