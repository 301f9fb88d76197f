extension JSONLDProcessor {
    public func compact(_ input: JSONValue, context: JSONValue, base: String? = nil) throws -> JSONValue {
        throw JSONLDError("not implemented")
    }
    public func toRDF(_ input: JSONValue, base: String? = nil) throws -> [RDFQuad] {
        throw JSONLDError("not implemented")
    }
}
enum HTMLScriptExtractor {
    static func document(bytes: [UInt8], url: String, extractAll: Bool) throws -> JSONValue {
        throw JSONLDError("not implemented")
    }
}
