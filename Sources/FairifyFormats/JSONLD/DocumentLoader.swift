import Foundation

/// A document fetched for the processor: a remote context or an input document.
public struct RemoteDocument: Sendable {
    public var documentURL: String
    public var document: JSONValue
    public var contextURL: String?
    public var contentType: String?

    public init(documentURL: String, document: JSONValue, contextURL: String? = nil, contentType: String? = nil) {
        self.documentURL = documentURL
        self.document = document
        self.contextURL = contextURL
        self.contentType = contentType
    }
}

/// Loads remote documents (mostly contexts). Implementations must be thread-safe.
public protocol JSONLDDocumentLoader: Sendable {
    func loadDocument(url: String) throws -> RemoteDocument
    /// A stable name for what this loader serves, part of the processed-context cache key:
    /// two loaders with the same key must return the same documents.
    var cacheKey: String { get }
}

extension JSONLDDocumentLoader {
    public var cacheKey: String { String(describing: type(of: self)) }
}

/// Serves bundled contexts, `--context-map` entries and, only when allowed, the network.
public struct OfflineDocumentLoader: JSONLDDocumentLoader {
    public var contextMap: [(prefix: String, path: String)]
    public var allowNetwork: Bool

    public init(contextMap: [(prefix: String, path: String)] = [], allowNetwork: Bool = false) {
        self.contextMap = contextMap
        self.allowNetwork = allowNetwork
    }

    public init(options: ReaderOptions) {
        self.init(contextMap: options.contextMap, allowNetwork: options.allowNetwork)
    }

    public var cacheKey: String {
        "offline|\(allowNetwork)|" + contextMap.map { "\($0.prefix)=\($0.path)" }.joined(separator: "|")
    }

    public func loadDocument(url: String) throws -> RemoteDocument {
        if let path = mappedPath(for: url) {
            return RemoteDocument(documentURL: url, document: try ParsedDocumentCache.shared.file(path, url: url))
        }
        if let bundled = BundledContexts.document(for: url) {
            return RemoteDocument(documentURL: url, document: bundled)
        }
        if allowNetwork {
            return RemoteDocument(documentURL: url, document: try NetworkFetcher.fetchJSON(url))
        }
        throw JSONLDError("loading document failed", "\(url) is neither bundled nor mapped with --context-map (network disabled)")
    }

    /// `URL=FILE` maps one URL; `PREFIX/=DIR/` maps every URL under PREFIX into DIR.
    func mappedPath(for url: String) -> String? {
        for entry in contextMap where entry.prefix == url { return entry.path }
        for entry in contextMap where entry.prefix.hasSuffix("/") && url.hasPrefix(entry.prefix) {
            let rest = url.dropFirst(entry.prefix.count)
            let folder = entry.path.hasSuffix("/") ? entry.path : entry.path + "/"
            return folder + rest
        }
        return nil
    }

    /// Parses the `--context-map` argument forms `URL=FILE` and `PREFIX/=DIR/`.
    public static func parseContextMap(_ entries: [String]) throws -> [(prefix: String, path: String)] {
        try entries.map { entry in
            guard let eq = entry.firstIndex(of: "="), eq != entry.startIndex, entry.index(after: eq) != entry.endIndex else {
                throw Diagnostic.error("invalid --context-map entry '\(entry)': expected URL=FILE or PREFIX/=DIR/")
            }
            return (String(entry[..<eq]), String(entry[entry.index(after: eq)...]))
        }
    }
}

/// Local files parsed once per process.
final class ParsedDocumentCache: @unchecked Sendable {
    static let shared = ParsedDocumentCache()
    private let lock = NSLock()
    private var files: [String: JSONValue] = [:]

    func file(_ path: String, url: String) throws -> JSONValue {
        lock.lock()
        if let cached = files[path] { lock.unlock(); return cached }
        lock.unlock()
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JSONLDError("loading document failed", "cannot read \(path) (mapped from \(url))")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: [UInt8](data), file: path).value
        } catch {
            throw JSONLDError("loading document failed", "\(path): \(error)")
        }
        lock.lock(); files[path] = value; lock.unlock()
        return value
    }
}

enum NetworkFetcher {
    static func fetchJSON(_ url: String) throws -> JSONValue {
        guard let target = URL(string: url), target.scheme == "http" || target.scheme == "https",
              let data = try? Data(contentsOf: target) else {
            throw JSONLDError("loading document failed", "could not fetch \(url)")
        }
        do {
            return try JSONParser.parse(bytes: [UInt8](data), file: url).value
        } catch {
            throw JSONLDError("loading document failed", "\(url) is not JSON: \(error)")
        }
    }
}
