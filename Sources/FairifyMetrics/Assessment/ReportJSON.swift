import Foundation

extension AssessmentReport {
    /// The `--format json` bytes: sorted keys, pretty-printed, so the same input gives the same bytes.
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    public static func decode(json data: Data) throws -> AssessmentReport {
        try JSONDecoder().decode(AssessmentReport.self, from: data)
    }
}
