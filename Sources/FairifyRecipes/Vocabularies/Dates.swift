import Foundation

/// Rewrites common date notations as ISO 8601 (`2021-03-04`, `2021-03`, `2021`).
public enum ISODates {
    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    public static func isISO(_ s: String) -> Bool {
        s.range(of: #"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"#, options: .regularExpression) != nil
            && !s.contains(" ")
    }

    /// The ISO form, or nil when the text is already ISO or not recognised as a date.
    public static func normalise(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if isISO(s) { return nil }
        if s.range(of: #"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$"#, options: .regularExpression) != nil {
            return s.replacingOccurrences(of: " ", with: "T")
        }
        let tokens = s.lowercased().split(whereSeparator: { " ,./-".contains($0) }).map(String.init)
        if tokens.count == 3, let a = Int(tokens[0]), let b = Int(tokens[1]), let c = Int(tokens[2]) {
            if tokens[0].count == 4 { return format(a, b, c) }                 // 2021/03/04
            if tokens[2].count == 4, a > 12 { return format(c, b, a) }           // 24.03.2021 (day first)
            if tokens[2].count == 4, s.contains(".") { return format(c, b, a) }  // 04.03.2021, European
            return nil                                                           // 03/04/2021 is ambiguous
        }
        if tokens.count == 3, tokens[2].count == 4, let year = Int(tokens[2]) {
            if let m = month(tokens[1]), let d = Int(tokens[0]) { return format(year, m, d) }   // 4 March 2021
            if let m = month(tokens[0]), let d = Int(tokens[1]) { return format(year, m, d) }   // March 4, 2021
        }
        if tokens.count == 2, let year = Int(tokens[1]), tokens[1].count == 4, let m = month(tokens[0]) {
            return String(format: "%04d-%02d", year, m)                                         // March 2021
        }
        return nil
    }

    private static func month(_ token: String) -> Int? { months[String(token.prefix(3))] }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), (1...31).contains(d), y > 999 else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
