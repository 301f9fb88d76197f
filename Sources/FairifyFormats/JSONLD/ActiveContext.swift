import Foundation

/// Container mappings as a bit set; `key` is the sorted concatenation the inverse context uses.
struct ContainerSet: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let graph = ContainerSet(rawValue: 1)
    static let id = ContainerSet(rawValue: 2)
    static let index = ContainerSet(rawValue: 4)
    static let language = ContainerSet(rawValue: 8)
    static let list = ContainerSet(rawValue: 16)
    static let set = ContainerSet(rawValue: 32)
    static let type = ContainerSet(rawValue: 64)

    static let ordered: [(String, ContainerSet)] = [
        ("@graph", .graph), ("@id", .id), ("@index", .index), ("@language", .language),
        ("@list", .list), ("@set", .set), ("@type", .type),
    ]

    static func named(_ name: String) -> ContainerSet? {
        ordered.first { $0.0 == name }?.1
    }

    var key: String {
        if isEmpty { return "@none" }
        var out = ""
        for (name, bit) in ContainerSet.ordered where contains(bit) { out += name }
        return out
    }
}

/// A term definition; `iri == nil` is a term explicitly mapped to null. A class so that
/// copying active contexts and looking terms up costs one reference count, not a dozen.
final class TermDefinition: @unchecked Sendable {
    var iri: String?
    var isPrefix = false
    var isProtected = false
    var isReverse = false
    var typeMapping: String?
    var hasLanguage = false
    var language: String?
    var hasDirection = false
    var direction: String?
    var container: ContainerSet = []
    var context: JSONValue?
    var hasContext = false
    var baseURL: String?
    var nest: String?
    var index: String?

    init() {}

    /// Equality ignoring `isProtected`, as protected-term redefinition requires.
    func sameDefinition(as other: TermDefinition) -> Bool {
        iri == other.iri && isPrefix == other.isPrefix && isReverse == other.isReverse
            && typeMapping == other.typeMapping && hasLanguage == other.hasLanguage && language == other.language
            && hasDirection == other.hasDirection && direction == other.direction && container == other.container
            && nest == other.nest && index == other.index && hasContext == other.hasContext
            && (context ?? .null) == (other.context ?? .null)
    }
}

/// The active context. Treated as immutable once built (it is shared between threads
/// through the context cache); processing copies it before changing anything.
final class ActiveContext: @unchecked Sendable {
    private static let counterLock = NSLock()
    nonisolated(unsafe) private static var counter = 0

    /// Identity used in cache keys.
    let id: Int
    var terms: [String: TermDefinition] = [:]
    var baseIRI: String?
    var originalBaseURL: String?
    var vocab: String?
    var defaultLanguage: String?
    var defaultDirection: String?
    var previousContext: ActiveContext?
    var processingMode: JSONLDOptions.ProcessingMode = .jsonLD11
    var hasProtectedTerms = false
    /// Warnings raised while building this context, replayed when it comes from the cache.
    var warnings: [String] = []

    private let inverseLock = NSLock()
    private var cachedInverse: InverseContext?

    init(base: String?, processingMode: JSONLDOptions.ProcessingMode) {
        id = ActiveContext.nextID()
        baseIRI = base
        originalBaseURL = base
        self.processingMode = processingMode
    }

    private static func nextID() -> Int {
        counterLock.lock(); defer { counterLock.unlock() }
        counter += 1
        return counter
    }

    func copy() -> ActiveContext {
        let result = ActiveContext(base: baseIRI, processingMode: processingMode)
        result.terms = terms
        result.originalBaseURL = originalBaseURL
        result.vocab = vocab
        result.defaultLanguage = defaultLanguage
        result.defaultDirection = defaultDirection
        result.previousContext = previousContext
        result.hasProtectedTerms = hasProtectedTerms
        result.warnings = warnings
        return result
    }

    var is10: Bool { processingMode == .jsonLD10 }

    var inverse: InverseContext {
        inverseLock.lock(); defer { inverseLock.unlock() }
        if let cachedInverse { return cachedInverse }
        let built = InverseContext(self)
        cachedInverse = built
        return built
    }
}
