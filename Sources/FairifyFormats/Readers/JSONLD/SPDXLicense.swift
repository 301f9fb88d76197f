import Foundation

/// Recognises SPDX licence identifiers in licence IRIs and texts (`http://spdx.org/licenses/MIT`,
/// `https://creativecommons.org/licenses/by/4.0/`, `CC-BY-4.0`, `CC BY 4.0`).
enum SPDXLicense {
    static let common: [String] = [
        "CC0-1.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-2.0", "CC-BY-SA-3.0",
        "CC-BY-SA-4.0", "CC-BY-NC-3.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-4.0",
        "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-4.0", "CC-PDDC", "ODbL-1.0", "ODC-By-1.0", "PDDL-1.0", "MIT", "Apache-2.0",
        "BSD-2-Clause", "BSD-3-Clause", "ISC", "MPL-2.0", "EPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only",
        "GPL-3.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
        "AGPL-3.0-only", "AGPL-3.0-or-later", "GPL-2.0", "GPL-3.0", "LGPL-3.0", "AGPL-3.0", "Unlicense", "Artistic-2.0",
        "EUPL-1.2", "OGL-UK-3.0", "etalab-2.0", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "NLOD-2.0", "CECILL-2.1", "Zlib", "BSL-1.0",
    ]
    private static let byKey: [String: String] = Dictionary(common.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })

    /// Catalogues repeat a handful of licences over and over: each text is identified once.
    private static let known = LDStringMemo<String?>()

    static func identify(_ raw: String) -> String? {
        known.value(for: raw, identified)
    }

    private static func identified(_ raw: String) -> String? {
        let text = raw.ldTrimmed()
        let lower = text.lowercased()
        if let range = lower.ldRange(of: "spdx.org/licenses/") {
            var id = String(text[range.upperBound...])
            for suffix in [".html", ".json", "/"] where id.hasSuffix(suffix) { id.removeLast(suffix.count) }
            return id.isEmpty ? nil : id
        }
        if lower.ldContains("creativecommons.org/") { return creativeCommons(lower) }
        if lower.ldContains("opendatacommons.org/licenses/") {
            if lower.ldContains("/odbl") { return "ODbL-1.0" }
            if lower.ldContains("/pddl") { return "PDDL-1.0" }
            if lower.ldContains("/by") { return "ODC-By-1.0" }
            return nil
        }
        if lower.ldContains("apache.org/licenses/license-2.0") { return "Apache-2.0" }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            let last = lower.split(separator: "/").last.map(String.init) ?? ""
            return lower.ldContains("opensource.org/licenses/") ? byKey[key(last.replacingSuffix(".php"))] : nil
        }
        return byKey[key(text)]
    }

    private static func creativeCommons(_ lower: String) -> String? {
        let parts = lower.split(separator: "/").map(String.init)
        if let zero = parts.firstIndex(of: "zero"), parts.indices.contains(zero + 1) { return "CC0-" + parts[zero + 1] }
        guard let licenses = parts.firstIndex(of: "licenses"), parts.indices.contains(licenses + 2) else { return nil }
        // Ported licences (a jurisdiction after the version) are mostly not SPDX identifiers.
        guard parts.count == licenses + 3 || parts[licenses + 3].hasPrefix("legalcode") || parts[licenses + 3].hasPrefix("deed") else { return nil }
        return byKey[key("cc-" + parts[licenses + 1] + "-" + parts[licenses + 2])]
    }

    /// Case, spaces and underscores don't matter: `cc by 4.0` and `CC-BY-4.0` are one key.
    private static func key(_ s: String) -> String {
        String(s.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
    }
}

private extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}

/// A process-wide, thread-safe memo of a pure function of a string, bounded in size.
final class LDStringMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let limit: Int

    init(limit: Int = 4_096) { self.limit = limit }

    func value(for key: String, _ compute: (String) -> Value) -> Value {
        lock.lock()
        if let value = values[key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = compute(key)
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }
}
