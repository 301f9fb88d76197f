import Foundation

/// Writes files so that a reader never sees half of one: write a temporary file beside
/// the target, then rename it over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).fairify-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
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
