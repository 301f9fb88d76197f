import Foundation

/// Expands command-line inputs: files stay, folders are walked recursively (sorted, hidden
/// files skipped), `-` means standard input. In folders only metadata files are taken (by
/// extension, so a README or a CSV beside the records is not an error); `include` globs
/// (`*`, `?`, `**`, matched against the path relative to the folder or the file name)
/// replace that choice, `exclude` globs remove files.
public enum InputExpander {
    /// File extensions (lower case) read when walking a folder.
    public static let metadataExtensions: Set<String> = [
        "json", "jsonld", "jsonl", "ndjson", "xml", "rdf", "html", "htm", "xhtml", "yaml", "yml", "yamlld", "cff",
    ]

    public static func expand(_ inputs: [String], include: [String] = [], exclude: [String] = []) -> (paths: [String], errors: [Diagnostic]) {
        var paths: [String] = [], errors: [Diagnostic] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                // Files (even missing ones) stay: the reader reports why they cannot be read.
                paths.append(input)
                continue
            }
            let found = walk(input, errors: &errors).filter { selected(relative(of: $0, under: input), include: include, exclude: exclude) }
            if found.isEmpty {
                errors.append(.error("the folder holds no metadata files to read", at: SourceLocation(file: input), code: "input"))
            }
            paths += found
        }
        return (paths, errors)
    }

    private static func walk(_ folder: String, errors: inout [Diagnostic]) -> [String] {
        let manager = FileManager.default
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: base).sorted()
        } catch {
            errors.append(.error("cannot list the folder (permission denied?)", at: SourceLocation(file: folder), code: "input"))
            return []
        }
        var files: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = base + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                // Symbolic links to folders are not followed, so a cycle cannot loop forever.
                let attributes = try? manager.attributesOfItem(atPath: path)
                if attributes?[.type] as? FileAttributeType == .typeSymbolicLink { continue }
                files += walk(path, errors: &errors)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func relative(of path: String, under folder: String) -> String {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    static func selected(_ relativePath: String, include: [String], exclude: [String]) -> Bool {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        func matches(_ pattern: String) -> Bool {
            Glob.matches(pattern, relativePath) || (!pattern.contains("/") && Glob.matches(pattern, name))
        }
        if include.isEmpty {
            let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map { $0.lowercased() } : nil
            guard let ext, metadataExtensions.contains(ext) else { return false }
        } else if !include.contains(where: matches) {
            return false
        }
        return !exclude.contains(where: matches)
    }
}

/// Shell-style globs: `*` within a path segment, `**` across segments, `?` one character.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        match(Array(pattern), 0, Array(text), 0)
    }

    private static func match(_ p: [Character], _ i: Int, _ t: [Character], _ j: Int) -> Bool {
        if i == p.count { return j == t.count }
        if p[i] == "*" {
            let crossesSlash = i + 1 < p.count && p[i + 1] == "*"
            var next = crossesSlash ? i + 2 : i + 1
            if crossesSlash, next < p.count, p[next] == "/" { next += 1 }
            var k = j
            while true {
                if match(p, next, t, k) { return true }
                guard k < t.count, crossesSlash || t[k] != "/" else { return false }
                k += 1
            }
        }
        guard j < t.count else { return false }
        if p[i] == "?" ? t[j] != "/" : p[i] == t[j] { return match(p, i + 1, t, j + 1) }
        return false
    }
}
