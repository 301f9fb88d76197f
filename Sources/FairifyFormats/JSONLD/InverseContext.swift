/// The inverse context (JSON-LD 1.1 API, 6.2.1): IRI -> container -> type/language -> term.
final class InverseContext: @unchecked Sendable {
    struct Entry {
        var language: [String: String] = [:]
        var type: [String: String] = [:]
        var any: [String: String] = [:]
    }

    private(set) var map: [String: [String: Entry]] = [:]

    init(_ active: ActiveContext) {
        let defaultLanguage = active.defaultLanguage?.lowercased() ?? "@none"
        let terms = active.terms.keys.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        for term in terms {
            guard let definition = active.terms[term], let iri = definition.iri else { continue }
            let containerKey = definition.container.key
            var containers = map[iri] ?? [:]
            var entry = containers[containerKey] ?? Entry(any: ["@none": term])
            Self.register(term, definition, active, defaultLanguage, &entry)
            containers[containerKey] = entry
            map[iri] = containers
        }
    }

    private static func register(_ term: String, _ definition: TermDefinition, _ active: ActiveContext,
                                 _ defaultLanguage: String, _ entry: inout Entry) {
        func setLanguage(_ key: String) { if entry.language[key] == nil { entry.language[key] = term } }
        func setType(_ key: String) { if entry.type[key] == nil { entry.type[key] = term } }
        if definition.isReverse {
            setType("@reverse")
        } else if definition.typeMapping == "@none" {
            setLanguage("@any")
            setType("@any")
        } else if let type = definition.typeMapping {
            setType(type)
        } else if definition.hasLanguage && definition.hasDirection {
            switch (definition.language, definition.direction) {
            case let (language?, direction?): setLanguage("\(language)_\(direction)".lowercased())
            case let (language?, nil): setLanguage(language.lowercased())
            case let (nil, direction?): setLanguage("_\(direction)")
            default: setLanguage("@null")
            }
        } else if definition.hasLanguage {
            setLanguage(definition.language?.lowercased() ?? "@null")
        } else if definition.hasDirection {
            setLanguage(definition.direction.map { "_\($0)" } ?? "@none")
        } else if let direction = active.defaultDirection {
            setLanguage("\(active.defaultLanguage ?? "")_\(direction)".lowercased())
            setLanguage("@none")
            setType("@none")
        } else {
            setLanguage(defaultLanguage)
            setLanguage("@none")
            setType("@none")
        }
    }

    /// Term Selection (6.2.3).
    func selectTerm(_ iri: String, containers: [String], typeLanguage: String, preferred: [String]) -> String? {
        guard let containerMap = map[iri] else { return nil }
        for container in containers {
            guard let entry = containerMap[container] else { continue }
            let table: [String: String]
            switch typeLanguage {
            case "@type": table = entry.type
            case "@any": table = entry.any
            default: table = entry.language
            }
            for value in preferred { if let term = table[value] { return term } }
        }
        return nil
    }

    func contains(_ iri: String) -> Bool { map[iri] != nil }
}
