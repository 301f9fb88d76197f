import FairifyModel
import Foundation

/// Compares distribution files lying next to the metadata (relative paths) with what the metadata
/// declares about them: existence, size, media type, checksum.
struct LocalFileInspector {
    let recordFile: String
    /// Worked out only when a relative file name is looked up: most records have none.
    var directory: String { (recordFile as NSString).deletingLastPathComponent }

    /// Nil for standard input: there is no folder to look in.
    init?(recordFile: String) {
        guard recordFile != "-", !recordFile.isEmpty else { return nil }
        self.recordFile = recordFile
    }

    func check(_ properties: [LocalFileProperty], distributions: [Fact]) -> CheckOutcome {
        var folder: String?
        let files = distributions.compactMap { fact in localPath(fact, in: &folder).map { (fact, $0) } }
        guard !files.isEmpty else { return .notAssessed("no distribution file next to the metadata") }
        var problems: [Evidence] = [], confirmed: [Evidence] = []
        for (fact, path) in files {
            for property in properties {
                switch verify(property, fact: fact, path: path) {
                case .some(true): confirmed.append(Evidence("\(property.rawValue) matches the file", value: path, location: fact.location))
                case .some(false): problems.append(Evidence(mismatch(property, fact: fact, path: path), value: path, location: fact.location))
                case .none: break
                }
            }
        }
        if !problems.isEmpty { return .fail(problems.map(\.message).joined(separator: "; "), problems) }
        if confirmed.isEmpty { return .notAssessed("the distribution files declare nothing that can be compared") }
        return .pass("the local distribution files match their \(properties.map(\.rawValue).joined(separator: ", "))", confirmed)
    }

    /// The file a distribution names, when it is a relative path that exists. `folder` is the
    /// record's folder, worked out on first need (most distributions are web links).
    func localPath(_ fact: Fact, in folder: inout String?) -> String? {
        for raw in [fact[FactAttribute.url], fact[FactAttribute.name], Optional(fact.value)] {
            guard var candidate = raw else { continue }
            if candidate.hasPrefix("file://") { candidate = String(candidate.dropFirst(7)) }
            else if Self.isLink(candidate) || candidate.hasPrefix("/") || candidate.isEmpty { continue }
            if folder == nil { folder = directory }
            let directory = folder ?? ""
            let path = candidate.hasPrefix("/") || directory.isEmpty ? candidate : directory + "/" + candidate
            // A plain stat: FileManager.fileExists costs several times more, once per distribution.
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { return path }
        }
        return nil
    }

    /// Contains "://" (a byte search: Foundation's `contains` bridges the string).
    static func isLink(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            switch (run, b) {
            case (0, 0x3A), (1, 0x2F): run += 1
            case (2, 0x2F): return true
            case (_, 0x3A): run = 1
            default: run = 0
            }
        }
        return false
    }

    /// true: matches, false: contradicts, nil: nothing declared or nothing comparable.
    private func verify(_ property: LocalFileProperty, fact: Fact, path: String) -> Bool? {
        switch property {
        case .exists: return true
        case .size:
            guard let declared = fact[FactAttribute.size].flatMap(Self.bytes) else { return nil }
            return fileSize(path) == declared
        case .type:
            guard let declared = (fact[FactAttribute.mediaType] ?? fact[FactAttribute.format])?.lowercased(),
                  let actual = MediaTypes.byExtension[(path as NSString).pathExtension.lowercased()] else { return nil }
            return actual.contains { declared == $0 || declared.hasPrefix($0 + ";") }
        case .checksum:
            guard let declared = fact[FactAttribute.checksum]?.lowercased(), isSHA256(declared, fact[FactAttribute.checksumAlgorithm]),
                  let data = FileManager.default.contents(atPath: path) else { return nil }
            return SHA256.hex(data) == declared.replacingOccurrences(of: "sha256:", with: "")
        }
    }

    private func mismatch(_ property: LocalFileProperty, fact: Fact, path: String) -> String {
        switch property {
        case .exists: return "missing file"
        case .size: return "declared size \(fact[FactAttribute.size] ?? "") but the file has \(fileSize(path).map(String.init) ?? "?") bytes"
        case .type: return "declared type \(fact[FactAttribute.mediaType] ?? fact[FactAttribute.format] ?? "") does not fit the file's extension"
        case .checksum: return "declared SHA-256 checksum differs from the file's"
        }
    }

    private func isSHA256(_ checksum: String, _ algorithm: String?) -> Bool {
        if let algorithm { return algorithm.lowercased().replacingOccurrences(of: "-", with: "").contains("sha256") }
        let bare = checksum.replacingOccurrences(of: "sha256:", with: "")
        return bare.count == 64 && bare.allSatisfy(\.isHexDigit)
    }

    private func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    /// "1234", "1234 B" or "1234 bytes"; units like "1.2 MB" are too vague to compare.
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let number = trimmed.replacingOccurrences(of: "bytes", with: "").replacingOccurrences(of: "b", with: "").trimmingCharacters(in: .whitespaces)
        return Int(number)
    }
}

enum MediaTypes {
    static let byExtension: [String: [String]] = [
        "csv": ["text/csv", "csv"], "tsv": ["text/tab-separated-values", "tsv"], "txt": ["text/plain", "txt"],
        "json": ["application/json", "json"], "jsonld": ["application/ld+json", "json-ld"], "xml": ["application/xml", "text/xml", "xml"],
        "nc": ["application/x-netcdf", "application/netcdf", "netcdf"], "h5": ["application/x-hdf5", "application/x-hdf", "hdf5"],
        "hdf5": ["application/x-hdf5", "application/x-hdf", "hdf5"], "zip": ["application/zip", "zip"], "pdf": ["application/pdf", "pdf"],
        "parquet": ["application/vnd.apache.parquet", "application/x-parquet", "parquet"], "tif": ["image/tiff", "tiff"],
        "tiff": ["image/tiff", "tiff"], "png": ["image/png", "png"], "jpg": ["image/jpeg", "jpeg", "jpg"], "jpeg": ["image/jpeg", "jpeg", "jpg"],
        "gz": ["application/gzip", "application/x-gzip", "gzip"], "ttl": ["text/turtle", "turtle"], "md": ["text/markdown", "markdown"],
        "xlsx": ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"], "fits": ["application/fits", "image/fits", "fits"],
    ]
}
