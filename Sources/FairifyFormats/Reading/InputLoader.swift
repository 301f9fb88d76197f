import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads the bytes of one input with the checks every reader relies on: a regular file,
/// readable, not larger than the limit (refused before reading), `-` for standard input.
public enum InputLoader {
    public static func load(path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" { return try readAll(descriptor: STDIN_FILENO, name: path, maxBytes: maxBytes) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure(errno, path) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Diagnostic.error("is a directory; expected a metadata file (folders are expanded only as command-line inputs)", at: SourceLocation(file: path), code: "input")
        }
        if Int(info.st_size) > maxBytes {
            throw tooLarge(path, maxBytes)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(errno, path) }
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor, name: path, maxBytes: maxBytes)
    }

    private static func readAll(descriptor: Int32, name: String, maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno, name)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            // Standard input and special files have no size up front: stop as soon as the limit is passed.
            if bytes.count > maxBytes { throw tooLarge(name, maxBytes) }
        }
    }

    private static func tooLarge(_ name: String, _ maxBytes: Int) -> Diagnostic {
        .error("the input is larger than the limit of \(maxBytes) bytes (see --max-input-size); refused", at: SourceLocation(file: name), code: "too-large")
    }

    private static func failure(_ code: Int32, _ path: String) -> Diagnostic {
        let reason: String
        switch code {
        case ENOENT: reason = "no such file"
        case EACCES, EPERM: reason = "permission denied"
        case EISDIR: reason = "is a directory; expected a metadata file"
        case ENOTDIR: reason = "a part of the path is not a directory"
        default: reason = String(cString: strerror(code))
        }
        return .error(reason, at: SourceLocation(file: path), code: "input")
    }
}
