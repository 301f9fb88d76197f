import Foundation

/// Context processing (JSON-LD 1.1 API, 4.1): turns a local context into a new active context.
extension JSONLDProcessor {
    static let maxRemoteContexts = 32

    /// Processes `local` on `active`, through the process-wide cache.
    func applyContext(_ active: ActiveContext, _ local: JSONValue, base: String?,
                      overrideProtected: Bool = false, propagate: Bool = true) throws -> ActiveContext {
        let flags = "\(overrideProtected ? 1 : 0)\(propagate ? 1 : 0)\(options.lenientRemoteContexts ? 1 : 0)|\(cacheScope)|"
        let key: String
        if case .string(let url) = local.kind {
            key = "s|\(active.id)|\(flags)\(IRI.resolve(url, against: base))"
        } else {
            key = "j|\(active.id)|\(flags)\(base ?? "")|" + JSONWriter.compact.string(local)
        }
        if let cached = ContextCache.shared.lookup(key) {
            for message in cached.warnings { options.warnings.add(message) }
            return cached
        }
        let result = try processContext(active, local, base: base, remoteContexts: [],
                                        overrideProtected: overrideProtected, propagate: propagate)
        ContextCache.shared.store(key, result)
        return result
    }

    func processContext(_ active: ActiveContext, _ local: JSONValue, base: String?, remoteContexts: [String],
                        overrideProtected: Bool = false, propagate propagateIn: Bool = true,
                        validateScoped: Bool = true) throws -> ActiveContext {
        var result = active.copy()
        var propagate = propagateIn
        if let object = local.objectValue, let value = object["@propagate"] {
            guard let flag = value.boolValue else { throw JSONLDError("invalid @propagate value", "", at: value.position) }
            propagate = flag
        }
        if !propagate && result.previousContext == nil { result.previousContext = active }
        var remoteContexts = remoteContexts
        for context in local.asListKeepingNull {
            switch context.kind {
            case .null:
                if !overrideProtected && result.hasProtectedTerms {
                    throw JSONLDError("invalid context nullification", "cannot nullify a context with protected terms", at: context.position)
                }
                let previous = result
                result = ActiveContext(base: active.originalBaseURL, processingMode: active.processingMode)
                result.warnings = previous.warnings
                if !propagate { result.previousContext = previous }
            case .string(let reference):
                result = try processRemoteContext(result, reference, at: context.position, base: base,
                                                  remoteContexts: &remoteContexts, overrideProtected: overrideProtected,
                                                  validateScoped: validateScoped)
            case .object(let object):
                try processContextObject(result, object, at: context.position, base: base,
                                         remoteContexts: remoteContexts, overrideProtected: overrideProtected)
            default:
                throw JSONLDError("invalid local context", "a context must be an object, a string or null", at: context.position)
            }
        }
        return result
    }

    private func processRemoteContext(_ result: ActiveContext, _ reference: String, at position: SourcePosition, base: String?,
                                      remoteContexts: inout [String], overrideProtected: Bool,
                                      validateScoped: Bool) throws -> ActiveContext {
        let url = IRI.resolve(reference, against: base)
        if !validateScoped && remoteContexts.contains(url) { return result }
        if remoteContexts.count > JSONLDProcessor.maxRemoteContexts {
            throw JSONLDError("context overflow", "too many nested remote contexts at \(url)", at: position)
        }
        remoteContexts.append(url)
        let document: RemoteDocument
        do {
            document = try options.documentLoader.loadDocument(url: url)
        } catch {
            if options.lenientRemoteContexts {
                warn("remote context \(url) could not be loaded (\(Self.reason(error))); terms it defines stay unexpanded", in: result)
                return result
            }
            throw JSONLDError("loading remote context failed", "\(url): \(Self.reason(error))", at: position)
        }
        guard let contextValue = document.document.objectValue?["@context"] else {
            throw JSONLDError("invalid remote context", "\(url) has no @context", at: position)
        }
        return try processContext(result, contextValue, base: document.documentURL, remoteContexts: remoteContexts,
                                  overrideProtected: overrideProtected, validateScoped: validateScoped)
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? JSONLDError { return error.message.isEmpty ? error.code : error.message }
        return "\(error)"
    }

    func warn(_ message: String, in context: ActiveContext?) {
        options.warnings.add(message)
        context?.warnings.append(message)
    }

    private func processContextObject(_ result: ActiveContext, _ objectIn: JSONObject, at position: SourcePosition,
                                      base: String?, remoteContexts: [String], overrideProtected: Bool) throws {
        var object = objectIn
        if let version = object["@version"] {
            guard version.numberValue?.double == 1.1 else {
                throw JSONLDError("invalid @version value", "@version must be 1.1", at: version.position)
            }
            if result.is10 { throw JSONLDError("processing mode conflict", "@version 1.1 in json-ld-1.0 mode", at: version.position) }
        }
        if let importValue = object["@import"] {
            object = try importContext(result, importValue, into: object, base: base)
        }
        if let baseValue = object["@base"], remoteContexts.isEmpty {
            try setBase(result, baseValue)
        }
        if let vocabValue = object["@vocab"] {
            switch vocabValue.kind {
            case .null: result.vocab = nil
            case .string(let vocab):
                guard IRI.isAbsolute(vocab) || IRI.isBlankNode(vocab) || !result.is10 else {
                    throw JSONLDError("invalid vocab mapping", vocab, at: vocabValue.position)
                }
                result.vocab = expandIRI(result, vocab, documentRelative: true, vocab: true)
            default: throw JSONLDError("invalid vocab mapping", "@vocab must be a string or null", at: vocabValue.position)
            }
        }
        if let language = object["@language"] {
            switch language.kind {
            case .null: result.defaultLanguage = nil
            case .string(let tag): result.defaultLanguage = tag.lowercased()
            default: throw JSONLDError("invalid default language", "@language must be a string or null", at: language.position)
            }
        }
        if let direction = object["@direction"] {
            if result.is10 { throw JSONLDError.invalidContextEntry("@direction in json-ld-1.0 mode", direction.position) }
            switch direction.kind {
            case .null: result.defaultDirection = nil
            case .string(let d) where d == "ltr" || d == "rtl": result.defaultDirection = d
            default: throw JSONLDError("invalid base direction", "@direction must be ltr, rtl or null", at: direction.position)
            }
        }
        if let propagate = object["@propagate"] {
            if result.is10 { throw JSONLDError.invalidContextEntry("@propagate in json-ld-1.0 mode", propagate.position) }
            guard propagate.boolValue != nil else { throw JSONLDError("invalid @propagate value", "", at: propagate.position) }
        }
        var protectedDefault = false
        if let protected = object["@protected"] {
            guard let flag = protected.boolValue else { throw JSONLDError("invalid @protected value", "", at: protected.position) }
            protectedDefault = flag
        }
        var builder = TermBuilder(local: object, base: base, protectedDefault: protectedDefault,
                                  overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        for member in object.members where !TermBuilder.contextKeywords.contains(member.key) {
            try createTermDefinition(result, member.key, &builder)
        }
    }

    private func setBase(_ result: ActiveContext, _ value: JSONValue) throws {
        switch value.kind {
        case .null: result.baseIRI = nil
        case .string(let iri):
            if IRI.isAbsolute(iri) { result.baseIRI = IRI.resolve(iri, against: nil) }
            else if let current = result.baseIRI { result.baseIRI = IRI.resolve(iri, against: current) }
            else { throw JSONLDError("invalid base IRI", "relative @base without a base IRI", at: value.position) }
        default: throw JSONLDError("invalid base IRI", "@base must be a string or null", at: value.position)
        }
    }

    private func importContext(_ result: ActiveContext, _ value: JSONValue, into object: JSONObject, base: String?) throws -> JSONObject {
        if result.is10 { throw JSONLDError.invalidContextEntry("@import in json-ld-1.0 mode", value.position) }
        guard let reference = value.stringValue else {
            throw JSONLDError("invalid @import value", "@import must be a string", at: value.position)
        }
        let url = IRI.resolve(reference, against: base)
        let document: RemoteDocument
        do {
            document = try options.documentLoader.loadDocument(url: url)
        } catch {
            throw JSONLDError("loading remote context failed", "\(url): \(Self.reason(error))", at: value.position)
        }
        guard let imported = document.document.objectValue?["@context"]?.objectValue else {
            throw JSONLDError("invalid remote context", "\(url) has no @context object", at: value.position)
        }
        if imported["@import"] != nil {
            throw JSONLDError.invalidContextEntry("an imported context must not itself use @import", value.position)
        }
        var merged = imported
        for member in object.members where member.key != "@import" { merged[member.key] = member.value }
        return merged
    }
}

/// The state of one context object's term creation (the spec's `defined` map and friends).
struct TermBuilder {
    static let contextKeywords: Set<String> = [
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    ]
    let local: JSONObject
    let base: String?
    let protectedDefault: Bool
    let overrideProtected: Bool
    let remoteContexts: [String]
    var defined: [String: Bool] = [:]

    init(local: JSONObject, base: String?, protectedDefault: Bool, overrideProtected: Bool, remoteContexts: [String]) {
        self.local = local
        self.base = base
        self.protectedDefault = protectedDefault
        self.overrideProtected = overrideProtected
        self.remoteContexts = remoteContexts
    }
}

extension JSONValue {
    /// Like `asList`, but a lone null stays one null element (a context may be null).
    var asListKeepingNull: [JSONValue] {
        switch kind {
        case .array(let values): return values
        default: return [self]
        }
    }
}
