extension JSONLDProcessor {
    public func toRDF(_ input: JSONValue, base: String? = nil) throws -> [RDFQuad] {
        throw JSONLDError("not implemented")
    }
}
enum HTMLScriptExtractor {
    static func document(bytes: [UInt8], url: String, extractAll: Bool) throws -> JSONValue {
        throw JSONLDError("not implemented")
    }
}
