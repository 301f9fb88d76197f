import Foundation

/// Finds the nearest `.fairify.yml` for many inputs, asking the file system once per folder:
/// every folder walked through remembers the answer, so a catalogue of a million files in
/// a thousand folders costs a thousand lookups.
public struct ConfigFinder {
    private var byFolder: [String: String?] = [:]

    public init() {}

    /// The nearest configuration above a file (`-`: above the current folder).
    public mutating func nearest(toFile path: String) -> String? {
        nearest(inFolder: Self.folder(of: path))
    }

    /// The nearest configuration in `folder` or above it.
    public mutating func nearest(inFolder folder: String) -> String? {
        if let known = byFolder[folder] { return known }
        var walked: [String] = []
        var current = Self.absolute(folder)
        var found: String?
        while true {
            if let known = byFolder[current] { found = known; break }
            walked.append(current)
            let candidate = (current as NSString).appendingPathComponent(FairifyConfig.fileName)
            if FileManager.default.fileExists(atPath: candidate) { found = candidate; break }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        for visited in walked { byFolder[visited] = found }
        byFolder[folder] = found
        return found
    }

    /// The folder holding a file, as written (`.` for a bare name; the current folder for `-`).
    public static func folder(of path: String) -> String {
        if path == "-" { return FileManager.default.currentDirectoryPath }
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let cwd = FileManager.default.currentDirectoryPath
        return path == "." ? cwd : (cwd as NSString).appendingPathComponent(path)
    }
}
