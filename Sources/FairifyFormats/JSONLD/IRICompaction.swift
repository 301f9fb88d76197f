import Foundation

/// IRI Compaction (JSON-LD 1.1 API, 6.2.2) and the container/type-language preferences it feeds
/// into term selection.
extension JSONLDProcessor {
    func compactIRI(_ active: ActiveContext, _ iri: String, value: JSONValue? = nil, vocab: Bool = false,
                    reverse: Bool = false) throws -> String {
        if vocab, active.inverse.contains(iri), let term = selectTerm(active, iri, value: value, reverse: reverse) {
            return term
        }
        if vocab, let vocabIRI = active.vocab, iri.hasPrefix(vocabIRI), iri.count > vocabIRI.count {
            let suffix = String(iri.dropFirst(vocabIRI.count))
            if active.terms[suffix] == nil { return suffix }
        }
        var best: String?
        for (term, definition) in active.terms {
            guard let termIRI = definition.iri, definition.isPrefix, termIRI != iri, iri.hasPrefix(termIRI) else { continue }
            let candidate = term + ":" + iri.dropFirst(termIRI.count)
            let shorter = best.map { candidate.count < $0.count || (candidate.count == $0.count && candidate < $0) } ?? true
            guard shorter else { continue }
            if let existing = active.terms[candidate] {
                if existing.iri == iri && value == nil { best = candidate }
            } else {
                best = candidate
            }
        }
        if let best { return best }
        if let colon = iri.firstIndex(of: ":"), IRI.hasScheme(iri),
           let definition = active.terms[String(iri[..<colon])], definition.isPrefix,
           !iri[iri.index(after: colon)...].hasPrefix("//") {
            throw JSONLDError("IRI confused with prefix", iri)
        }
        if !vocab && options.compactToRelative {
            let relative = IRI.relativize(iri, base: active.baseIRI)
            return JSONLDKeywords.hasKeywordForm(relative) ? "./" + relative : relative
        }
        return iri
    }

    private func selectTerm(_ active: ActiveContext, _ iri: String, value valueIn: JSONValue?, reverse: Bool) -> String? {
        var value = valueIn
        var defaultLanguage = active.defaultLanguage?.lowercased() ?? "@none"
        if let direction = active.defaultDirection { defaultLanguage = "\(active.defaultLanguage ?? "")_\(direction)".lowercased() }
        if let preserve = value?.objectValue?["@preserve"] { value = preserve.asList.first }
        let object = value?.objectValue
        var containers: [String] = []
        var typeLanguage = "@language"
        var typeLanguageValue = "@null"
        if let object, object["@index"] != nil, value.map(Self.isGraphObject) != true {
            containers += ["@index", "@index@set"]
        }
        if reverse {
            typeLanguage = "@type"
            typeLanguageValue = "@reverse"
            containers.append("@set")
        } else if let object, let list = object["@list"]?.arrayValue {
            if object["@index"] == nil { containers.append("@list") }
            (typeLanguage, typeLanguageValue) = Self.commonTypeLanguage(list, defaultLanguage: defaultLanguage)
        } else if let object, let value, Self.isGraphObject(value) {
            containers += Self.graphContainers(object)
            typeLanguage = "@type"
            typeLanguageValue = "@id"
        } else if let object, object["@value"] != nil {
            if let direction = object["@direction"]?.stringValue, object["@index"] == nil {
                typeLanguageValue = "\(object["@language"]?.stringValue ?? "")_\(direction)".lowercased()
                containers += ["@language", "@language@set"]
            } else if let language = object["@language"]?.stringValue, object["@index"] == nil {
                typeLanguageValue = language.lowercased()
                containers += ["@language", "@language@set"]
            } else if let type = object["@type"]?.stringValue {
                typeLanguage = "@type"
                typeLanguageValue = type
            }
            containers.append("@set")
        } else {
            typeLanguage = "@type"
            typeLanguageValue = "@id"
            containers += ["@id", "@id@set", "@type", "@set@type", "@set"]
        }
        containers.append("@none")
        if !active.is10 {
            if object?["@index"] == nil { containers += ["@index", "@index@set"] }
            if let object, object.count == 1, object["@value"] != nil { containers += ["@language", "@language@set"] }
        }
        var preferred: [String] = []
        if typeLanguageValue == "@reverse" { preferred.append("@reverse") }
        if (typeLanguageValue == "@id" || typeLanguageValue == "@reverse"), let id = object?["@id"]?.stringValue {
            let compactedID = try? compactIRI(active, id, vocab: true)
            if let compactedID, let definition = active.terms[compactedID], definition.iri == id {
                preferred += ["@vocab", "@id", "@none"]
            } else {
                preferred += ["@id", "@vocab", "@none"]
            }
        } else {
            preferred += [typeLanguageValue, "@none"]
            if let list = object?["@list"]?.arrayValue, list.isEmpty { typeLanguage = "@any" }
        }
        preferred.append("@any")
        if let underscored = preferred.first(where: { $0.containsByte("_") }), let index = underscored.firstIndex(of: "_") {
            preferred.append(String(underscored[index...]))
        }
        return active.inverse.selectTerm(iri, containers: containers, typeLanguage: typeLanguage, preferred: preferred)
    }

    private static func graphContainers(_ object: JSONObject) -> [String] {
        var containers: [String] = []
        if object["@index"] != nil { containers += ["@graph@index", "@graph@index@set"] }
        if object["@id"] != nil { containers += ["@graph@id", "@graph@id@set"] }
        containers += ["@graph", "@graph@set", "@set"]
        if object["@index"] == nil { containers += ["@graph@index", "@graph@index@set"] }
        if object["@id"] == nil { containers += ["@graph@id", "@graph@id@set"] }
        containers += ["@index", "@index@set"]
        return containers
    }

    private static func commonTypeLanguage(_ list: [JSONValue], defaultLanguage: String) -> (String, String) {
        var commonLanguage: String? = list.isEmpty ? defaultLanguage : nil
        var commonType: String?
        for item in list {
            var itemLanguage = "@none", itemType = "@none"
            if let object = item.objectValue, object["@value"] != nil {
                if let direction = object["@direction"]?.stringValue {
                    itemLanguage = "\(object["@language"]?.stringValue ?? "")_\(direction)".lowercased()
                } else if let language = object["@language"]?.stringValue {
                    itemLanguage = language.lowercased()
                } else if let type = object["@type"]?.stringValue {
                    itemType = type
                } else {
                    itemLanguage = "@null"
                }
            } else {
                itemType = "@id"
            }
            if commonLanguage == nil { commonLanguage = itemLanguage }
            else if itemLanguage != commonLanguage, isValueObject(item) { commonLanguage = "@none" }
            if commonType == nil { commonType = itemType } else if itemType != commonType { commonType = "@none" }
            if commonLanguage == "@none" && commonType == "@none" { break }
        }
        let type = commonType ?? "@none"
        if type != "@none" { return ("@type", type) }
        return ("@language", commonLanguage ?? "@none")
    }
}
