import Foundation

/// A JSON-LD 1.1 processor: expansion, compaction and RDF serialisation. Immutable and
/// safe to share between threads; processed contexts are cached per process.
public final class JSONLDProcessor: @unchecked Sendable {
    public let options: JSONLDOptions
    /// Distinguishes cache entries of processors that would process contexts differently.
    let cacheScope: String

    public init(options: JSONLDOptions = JSONLDOptions()) {
        self.options = options
        self.cacheScope = "\(options.processingMode.rawValue)|\(options.documentLoader.cacheKey)"
    }

    /// Warnings collected so far (shared with `options.warnings`).
    public var warnings: [String] { options.warnings.messages }

    func initialContext(base: String?) -> ActiveContext {
        ContextCache.shared.initial(base: base, mode: options.processingMode)
    }

    /// Expands a document; the result is always an array of node objects.
    public func expand(_ input: JSONValue, base: String? = nil, expandContext: JSONValue? = nil) throws -> JSONValue {
        let documentBase = base ?? options.base
        var active = initialContext(base: documentBase)
        if let expandContext {
            let local = expandContext.objectValue?["@context"] ?? expandContext
            active = try applyContext(active, local, base: documentBase)
        }
        guard var expanded = try expandElement(active, nil, input, baseURL: documentBase) else {
            return JSONValue(.array([]), position: input.position)
        }
        if let object = expanded.objectValue, object.count == 1, let graph = object["@graph"] {
            expanded = graph
        }
        if expanded.isNull { return JSONValue(.array([]), position: input.position) }
        if expanded.arrayValue == nil { expanded = JSONValue(.array([expanded]), position: expanded.position) }
        return expanded
    }
}
