import Foundation

/// How readers behave; shared by every command that reads metadata.
public struct ReaderOptions: Sendable {
    /// `URL=FILE` maps one remote context to a local file; `PREFIX/=DIR/` maps every URL under
    /// PREFIX to files under DIR (see `--context-map`).
    public var contextMap: [(prefix: String, path: String)] = []
    /// Remote contexts and documents may be fetched only when this is set (`--allow-network`).
    public var allowNetwork = false
    /// Inputs larger than this are refused, so memory stays bounded.
    public var maxInputBytes = 256 * 1024 * 1024
    /// Force a dialect instead of detecting it.
    public var dialect: Dialect?

    public init() {}
}

/// Reads one input (a file path, or `-` for standard input) into records.
/// Detects the format from content, not only from the name; throws a `Diagnostic`
/// (`file:line:col: error: ...`) for input that cannot be read.
public enum MetadataReader {
    public static func read(path: String, options: ReaderOptions = ReaderOptions()) throws -> ReadResult {
        throw Diagnostic.error("reading is not implemented yet", at: SourceLocation(file: path))
    }

    public static func read(bytes: [UInt8], name: String, options: ReaderOptions = ReaderOptions()) throws -> ReadResult {
        throw Diagnostic.error("reading is not implemented yet", at: SourceLocation(file: name))
    }
}

/// Expands command-line inputs: files stay, folders are walked recursively (sorted, hidden
/// files skipped), `-` means standard input.
public enum InputExpander {
    public static func expand(_ inputs: [String], include: [String] = [], exclude: [String] = []) -> (paths: [String], errors: [Diagnostic]) {
        (inputs, [])
    }
}
