import FairifyModel
import Foundation

/// The smallest piece of input that is read on its own: a whole file, or one line of a
/// JSON Lines file. Units are numbered across all inputs in input order; the number is
/// what sharding and merging key on, so it must not depend on the shard.
public struct WorkUnit: Sendable {
    public enum Content: Sendable {
        case file(path: String)
        case line(path: String, lineNumber: Int, bytes: [UInt8])
    }

    public var index: Int
    public var content: Content
    /// Input bytes this unit stands for (for progress and ETA).
    public var byteCount: Int

    public var path: String {
        switch content {
        case .file(let path), .line(let path, _, _): return path
        }
    }
}

/// `--shard K/N`: this run takes the units whose index modulo N is K-1.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var number: Int
    public var count: Int

    public init(number: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(number) else {
            throw Diagnostic.error("--shard takes K/N with 1 <= K <= N, got \(number)/\(count)", code: "usage")
        }
        self.number = number
        self.count = count
    }

    /// Parses "K/N".
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw Diagnostic.error("--shard takes K/N such as 2/8, got '\(text)'", code: "usage")
        }
        try self.init(number: k, count: n)
    }

    public func owns(_ unitIndex: Int) -> Bool { unitIndex % count == number - 1 }
    public var description: String { "\(number)/\(count)" }
}

/// Turns input paths into work units lazily, so a JSON Lines file of any size is streamed
/// rather than loaded. Paths ending in .jsonl or .ndjson are split into lines.
public struct WorkUnitSource: Sequence, IteratorProtocol {
    private var paths: [String]
    private var pathIndex = 0
    private var lines: LineReader?
    private var currentLinesPath = ""
    private var nextIndex = 0
    private let shard: Shard?
    /// Whether file units carry their size (a stat per file): only a progress bar needs it.
    public var measuresFiles = true
    /// Inputs that could not be opened; reported by the caller.
    public private(set) var errors: [Diagnostic] = []

    public init(paths: [String], shard: Shard? = nil) {
        self.paths = paths
        self.shard = shard
    }

    public static func isJSONLines(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
    }

    public mutating func next() -> WorkUnit? {
        while true {
            guard let unit = nextUnit() else { return nil }
            if shard?.owns(unit.index) ?? true { return unit }
        }
    }

    private mutating func nextUnit() -> WorkUnit? {
        while true {
            if var reader = lines {
                if let (lineNumber, bytes) = reader.next() {
                    lines = reader
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    defer { nextIndex += 1 }
                    return WorkUnit(index: nextIndex, content: .line(path: currentLinesPath, lineNumber: lineNumber, bytes: bytes), byteCount: bytes.count + 1)
                }
                lines = nil
            }
            guard pathIndex < paths.count else { return nil }
            let path = paths[pathIndex]
            pathIndex += 1
            if WorkUnitSource.isJSONLines(path) {
                do {
                    lines = try LineReader(path: path)
                    currentLinesPath = path
                } catch let diagnostic as Diagnostic {
                    errors.append(diagnostic)
                } catch {
                    errors.append(.error("cannot open: \(error.localizedDescription)", at: SourceLocation(file: path)))
                }
                continue
            }
            var info = stat()
            let size = measuresFiles && path != "-" && stat(path, &info) == 0 ? Int(info.st_size) : 0
            defer { nextIndex += 1 }
            return WorkUnit(index: nextIndex, content: .file(path: path), byteCount: size)
        }
    }
}

/// Reads a file line by line in fixed-size chunks, so memory does not grow with the file.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var lineNumber = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(path: String) throws {
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw Diagnostic.error("cannot open the file", at: SourceLocation(file: path), code: "io")
            }
            self.handle = handle
        }
    }

    mutating func next() -> (Int, [UInt8])? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                lineNumber += 1
                return (lineNumber, line)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return (lineNumber, line)
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = handle.readData(ofLength: LineReader.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
