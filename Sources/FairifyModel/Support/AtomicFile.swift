import Foundation

/// Writes files so that a reader never sees half of one: write a temporary file beside
/// the target, then rename it over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            // /dev/stdout, a pipe, a terminal: nothing to replace (and renaming over the
            // link would destroy it), so write straight through.
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw Diagnostic.error("cannot write \(path)", code: "io")
            }
            handle.write(data)
            handle.closeFile()
            return
        }
        // Through a symbolic link the file it points to is replaced, keeping its permissions.
        let target = exists ? (realpath(path, nil).map { pointer in defer { free(pointer) }; return String(cString: pointer) } ?? path) : path
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).fairify-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary)
            if exists { chmod(temporary.path, info.st_mode & 0o7777) }
            if rename(temporary.path, target) != 0 {
                throw Diagnostic.error("cannot replace \(path): \(String(cString: strerror(errno)))", code: "io")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let diagnostic = error as? Diagnostic { throw diagnostic }
            throw Diagnostic.error("cannot write \(path): \(error.localizedDescription)", code: "io")
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
