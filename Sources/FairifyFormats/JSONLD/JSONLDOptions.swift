import Foundation

/// Settings of one `JSONLDProcessor`.
public struct JSONLDOptions: @unchecked Sendable {
    public enum ProcessingMode: String, Sendable { case jsonLD10 = "json-ld-1.0", jsonLD11 = "json-ld-1.1" }
    /// How `@direction` reaches RDF: dropped (nil), `i18n-datatype` or `compound-literal`.
    public enum RDFDirection: String, Sendable { case i18nDatatype = "i18n-datatype", compoundLiteral = "compound-literal" }

    public var base: String?
    public var processingMode: ProcessingMode = .jsonLD11
    public var documentLoader: JSONLDDocumentLoader
    /// When a remote context cannot be loaded, record a warning in `warnings` and go on
    /// without it instead of failing with `loading remote context failed`.
    public var lenientRemoteContexts = false
    public var compactArrays = true
    public var compactToRelative = true
    public var produceGeneralizedRDF = false
    public var rdfDirection: RDFDirection?
    /// Collects warnings (unloadable contexts, ignored keyword-like terms); shareable.
    public var warnings: JSONLDWarnings

    public init(documentLoader: JSONLDDocumentLoader = OfflineDocumentLoader(), lenientRemoteContexts: Bool = false,
                base: String? = nil, warnings: JSONLDWarnings = JSONLDWarnings()) {
        self.documentLoader = documentLoader
        self.lenientRemoteContexts = lenientRemoteContexts
        self.base = base
        self.warnings = warnings
    }
}

/// A thread-safe list of warning messages, deduplicated, in the order first seen.
public final class JSONLDWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var seen = Set<String>()
    private var list: [String] = []

    public init() {}

    public func add(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        if seen.insert(message).inserted { list.append(message) }
    }

    public var messages: [String] {
        lock.lock(); defer { lock.unlock() }
        return list
    }

    public func removeAll() {
        lock.lock(); defer { lock.unlock() }
        seen.removeAll(); list.removeAll()
    }
}
