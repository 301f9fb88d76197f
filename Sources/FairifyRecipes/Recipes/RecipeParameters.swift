import FairifyModel
import Foundation

/// Parameter values given on the command line (`--set key=value`) or in a file (`--params FILE`),
/// checked against a recipe's declared parameters before anything is changed.
public struct RecipeParameterValues: Sendable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    /// Parses `key=value` pairs; a bad pair is a usage error.
    public static func parse(sets: [String]) throws -> RecipeParameterValues {
        var values: [String: String] = [:]
        for pair in sets {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw Diagnostic.error("--set expects key=value, got '\(pair)'", code: "usage")
            }
            values[String(pair[..<eq]).trimmingCharacters(in: .whitespaces)] = String(pair[pair.index(after: eq)...])
        }
        return RecipeParameterValues(values)
    }

    /// Reads a YAML or JSON mapping of parameter names to values.
    public static func load(file path: String) throws -> RecipeParameterValues {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Diagnostic.error("cannot read parameter file", at: SourceLocation(file: path), code: "io")
        }
        guard let node = try YAMLNodes.compose(text, file: path), let object = YAMLNodes.json(node).objectValue else {
            throw Diagnostic.error("the parameter file must be a mapping of name: value", at: SourceLocation(file: path, line: 1), code: "usage")
        }
        var values: [String: String] = [:]
        for member in object.members {
            switch member.value.kind {
            case .string(let s): values[member.key] = s
            case .number(let n): values[member.key] = n.lexical
            case .bool(let b): values[member.key] = b ? "true" : "false"
            case .array(let items): values[member.key] = items.compactMap(\.stringValue).joined(separator: ",")
            default: break
            }
        }
        return RecipeParameterValues(values)
    }

    public func merged(with other: RecipeParameterValues) -> RecipeParameterValues {
        RecipeParameterValues(values.merging(other.values) { _, new in new })
    }

    public subscript(name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// The values the recipe declares, with defaults applied and each value checked.
    public func resolved(for recipe: Recipe) throws -> RecipeParameterValues {
        var out: [String: String] = [:]
        for parameter in recipe.parameters {
            guard let raw = self[parameter.name] ?? parameter.defaultValue else {
                if parameter.required {
                    throw Diagnostic.error("recipe \(recipe.id) needs --set \(parameter.name)=... (\(parameter.help))", code: "parameter")
                }
                continue
            }
            out[parameter.name] = try ParameterCheck.check(raw, parameter, recipe: recipe.id)
        }
        return RecipeParameterValues(out)
    }
}

/// Checks and normalises one parameter value by its declared type.
enum ParameterCheck {
    static func check(_ raw: String, _ parameter: RecipeParameter, recipe: String) throws -> String {
        func fail(_ why: String) -> Diagnostic {
            .error("\(recipe): parameter \(parameter.name)='\(raw)' \(why)", code: "parameter")
        }
        switch parameter.type {
        case .orcid:
            let bare = raw.replacingOccurrences(of: "https://orcid.org/", with: "").replacingOccurrences(of: "http://orcid.org/", with: "")
            guard ORCID.isWellFormed(bare) else { throw fail("is not an ORCID iD (0000-0000-0000-0000)") }
            guard ORCID.hasValidChecksum(bare) else { throw fail("has a wrong ORCID check digit") }
            return "https://orcid.org/" + bare.uppercased()
        case .ror:
            let id = ClassifiedIdentifier.classify(raw.count == 9 ? "https://ror.org/" + raw : raw)
            guard id.scheme == .ror, ROR.hasValidChecksum(id.value) else { throw fail("is not a valid ROR id (https://ror.org/0xxxxxx00)") }
            return "https://ror.org/" + id.value.lowercased()
        case .license:
            guard let licence = SPDXLicenses.find(raw) else { throw fail("is not a licence fairify knows (use an SPDX id such as CC-BY-4.0)") }
            return licence.id
        case .accessRights:
            guard let term = COARAccessRights.find(raw) else { throw fail("is not one of open, embargoed, restricted, metadata-only") }
            return term.key
        case .iri:
            let id = ClassifiedIdentifier.classify(raw)
            guard id.scheme != .local, !raw.contains(" ") else { throw fail("is not an IRI or a persistent identifier") }
            return id.canonical ?? raw
        case .date:
            if ISODates.isISO(raw) { return raw }
            guard let iso = ISODates.normalise(raw) else { throw fail("is not a date (use YYYY-MM-DD)") }
            return iso
        case .language:
            guard let code = ISO639.code(for: raw) else { throw fail("is not a language fairify knows (use an ISO 639-1 code such as en)") }
            return code
        case .integer:
            guard Int(raw) != nil else { throw fail("is not a whole number") }
            return raw
        case .path:
            return raw
        case .string, .list:
            return raw
        }
    }
}

/// ROR ids: a zero, six Crockford base-32 characters and a two-digit ISO 7064 checksum.
public enum ROR {
    public static func hasValidChecksum(_ id: String) -> Bool {
        let s = Array(id.lowercased())
        guard s.count == 9, s[0] == "0", let check = Int(String(s[7...])) else { return false }
        let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
        var value = 0
        for c in s[0..<7] {
            guard let digit = alphabet.firstIndex(of: c) else { return false }
            value = value * 32 + digit
        }
        return 98 - (value * 100) % 97 == check
    }
}
