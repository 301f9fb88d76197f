import Foundation

/// Process-wide cache of processed contexts, so a context is processed once per process,
/// not once per record. Keys name the parent context by identity plus what was applied.
/// Warnings raised while processing live in the context (`warnings`) and are replayed on hits.
final class ContextCache: @unchecked Sendable {
    static let shared = ContextCache()
    private let lock = NSLock()
    private var entries: [String: ActiveContext] = [:]
    private var initialContexts: [String: ActiveContext] = [:]
    private let limit = 20_000

    func lookup(_ key: String) -> ActiveContext? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func store(_ key: String, _ context: ActiveContext) {
        lock.lock(); defer { lock.unlock() }
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = context
    }

    /// The shared initial context for a base and mode, so cache keys built on it are stable.
    func initial(base: String?, mode: JSONLDOptions.ProcessingMode) -> ActiveContext {
        let key = "\(mode.rawValue)|\(base ?? "")"
        lock.lock(); defer { lock.unlock() }
        if let existing = initialContexts[key] { return existing }
        if initialContexts.count >= limit { initialContexts.removeAll() }
        let context = ActiveContext(base: base, processingMode: mode)
        initialContexts[key] = context
        return context
    }
}

