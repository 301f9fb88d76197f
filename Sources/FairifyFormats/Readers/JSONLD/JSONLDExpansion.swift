import FairifyModel

/// Expansion through the project's JSON-LD processor: offline loader built from the reader
/// options, lenient remote contexts. Processed contexts are cached process-wide by the processor.
enum JSONLDExpansion {
    struct Result {
        var expanded: JSONValue
        var warnings: [String]
        var notes: [Diagnostic]
    }

    static func expand(_ document: JSONValue, file: String, options: ReaderOptions, dialectHint: Dialect?) throws -> Result {
        let warnings = JSONLDWarnings()
        let processor = JSONLDProcessor(options: JSONLDOptions(
            documentLoader: OfflineDocumentLoader(options: options), lenientRemoteContexts: true, warnings: warnings))
        do {
            var expanded = try processor.expand(document)
            var notes: [Diagnostic] = []
            if warnings.messages.contains(where: { $0.ldContains("could not be loaded") }) {
                // Without its context a document's terms would vanish; read them through a fallback.
                expanded = try processor.expand(document, expandContext: LDFallbackContexts.context(for: dialectHint))
                notes.append(.warning(LDFallbackContexts.note(for: dialectHint), at: SourceLocation(file: file, position: document.position)))
            }
            return Result(expanded: expanded, warnings: warnings.messages, notes: notes)
        } catch let error as JSONLDError where error.code == "invalid typed value" {
            // Relative datatype IRIs are errors only for want of a base; read with a placeholder one.
            let expanded = try expandWithPlaceholderBase(document, processor: processor, file: file)
            let note = Diagnostic.warning("\(error.description); read against a placeholder base IRI", at: SourceLocation(file: file, position: error.position.isKnown ? error.position : document.position), code: error.code)
            return Result(expanded: expanded, warnings: warnings.messages, notes: [note])
        } catch let error as JSONLDError where error.code == "loading remote context failed" && ContextImports.contains(document) {
            // An `@import`ed context that cannot be loaded: read the document without its imports.
            let expanded = try expandWithPlaceholderBase(ContextImports.removed(from: document), processor: processor, file: file, base: nil)
            let note = Diagnostic.warning("\(error.description); read without the imported context", at: SourceLocation(file: file, position: error.position.isKnown ? error.position : document.position), code: error.code)
            return Result(expanded: expanded, warnings: warnings.messages, notes: [note])
        } catch let error as JSONLDError {
            let at = error.position.isKnown ? error.position : document.position
            throw Diagnostic.error(error.description, at: SourceLocation(file: file, position: at), code: error.code)
        }
    }

    /// Node identifiers under it are made relative again by `LDGraph`.
    static let placeholderBase = "https://placeholder.fairify.invalid/"

    private static func expandWithPlaceholderBase(_ document: JSONValue, processor: JSONLDProcessor, file: String,
                                                  base: String? = placeholderBase) throws -> JSONValue {
        do {
            return try processor.expand(document, base: base)
        } catch let error as JSONLDError {
            let at = error.position.isKnown ? error.position : document.position
            throw Diagnostic.error(error.description, at: SourceLocation(file: file, position: at), code: error.code)
        }
    }
}

/// `@import` entries of the contexts in a document.
enum ContextImports {
    static func contains(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .object(let object):
            return object.members.contains { ($0.key == "@import") || contains($0.value) }
        case .array(let values):
            return values.contains(where: contains)
        default:
            return false
        }
    }

    static func removed(from value: JSONValue) -> JSONValue {
        var copy = value
        switch value.kind {
        case .object(var object):
            object.members.removeAll { $0.key == "@import" }
            for index in object.members.indices { object.members[index].value = removed(from: object.members[index].value) }
            copy.kind = .object(object)
        case .array(let values):
            copy.kind = .array(values.map(removed(from:)))
        default:
            break
        }
        return copy
    }
}
