extension JSONLDProcessor {
}
enum HTMLScriptExtractor {
    static func document(bytes: [UInt8], url: String, extractAll: Bool) throws -> JSONValue {
        throw JSONLDError("not implemented")
    }
}
