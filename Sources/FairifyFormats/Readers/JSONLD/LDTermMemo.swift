import Foundation

/// An expanded IRI with what the reader derives from it, computed once per process.
final class LDTermInfo: @unchecked Sendable {
    let iri: String
    let canonical: String
    let namespace: String?
    /// The term definition a member key was expanded through, if any.
    let definition: TermDefinition?

    init(iri: String, definition: TermDefinition?) {
        self.iri = iri
        self.canonical = LDIRI.canonical(iri)
        self.namespace = LDIRI.namespace(iri)
        self.definition = definition
    }
}

/// Member keys and type names already expanded against one active context. Active contexts
/// are immutable and cached per process, so are these results: a document takes a copy of
/// the memo once (one lock), reads it without locking, and hands back what it added.
struct LDTermMemo {
    enum Key {
        case id, type, value, list, language, graph, ignored, unsupported
        case property(LDTermInfo)
    }

    var keys: [String: Key] = [:]
    var types: [String: LDTermInfo] = [:]
    private(set) var grew = false

    /// Documents with ever new keys or contexts should not grow memory without bound
    /// (at most ~64 x 4,096 x 2 small entries).
    private static let limit = 4_096

    mutating func remember(key: String, _ value: Key) {
        guard keys.count < Self.limit else { return }
        keys[key] = value
        grew = true
    }

    mutating func remember(type: String, _ info: LDTermInfo) {
        guard types.count < Self.limit else { return }
        types[type] = info
        grew = true
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var byContext: [Int: LDTermMemo] = [:]

    static func memo(for context: ActiveContext) -> LDTermMemo {
        lock.lock(); defer { lock.unlock() }
        return byContext[context.id] ?? LDTermMemo()
    }

    static func store(_ memo: LDTermMemo, for context: ActiveContext) {
        guard memo.grew else { return }
        var stored = memo
        stored.grew = false
        lock.lock(); defer { lock.unlock() }
        if byContext.count >= 64, byContext[context.id] == nil { byContext.removeAll() }
        byContext[context.id] = stored
    }
}
