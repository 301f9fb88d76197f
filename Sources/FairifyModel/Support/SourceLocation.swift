/// A point in a source text. Lines and columns count from 1; `offset` is the UTF-8 byte
/// offset from the start of the file (0-based), so writers can patch bytes in place.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Used for values built in memory rather than read from a file.
    public static let unknown = SourcePosition(line: 0, column: 0, offset: -1)
    public var isKnown: Bool { line > 0 }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }
}

/// Where a fact or a problem lives: the file, the position, and a path inside the
/// document (a JSON pointer such as `/author/0/name`, or an XPath such as `/resource/titles/title[1]`).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var path: String?

    public init(file: String, line: Int = 0, column: Int = 0, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    public init(file: String, position: SourcePosition, path: String? = nil) {
        self.init(file: file, line: max(position.line, 0), column: max(position.column, 0), path: path)
    }

    /// `file:line:column`, dropping the parts that are not known.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
