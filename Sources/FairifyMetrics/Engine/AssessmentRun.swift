import FairifyFormats
import FairifyModel
import Foundation

/// Reads inputs and assesses every record they hold: the library side of `fairify assess`.
public struct AssessmentRun {
    public var engine: MetricEngine
    public var readerOptions: ReaderOptions

    public init(engine: MetricEngine, readerOptions: ReaderOptions = ReaderOptions()) {
        self.engine = engine
        self.readerOptions = readerOptions
    }

    /// Assesses one input's bytes (`name` is the path shown, `-` for stdin). Throws the reader's `Diagnostic`.
    public func assess(bytes: [UInt8], name: String) throws -> [RecordAssessment] {
        let digest = SHA256.hex(bytes)
        let result = try MetadataReader.read(bytes: bytes, name: name, options: readerOptions)
        return result.records.map { record in
            RecordAssessment(record: RecordSummary(record), inputSHA256: digest, packs: engine.assess(record))
        }
    }

    /// Reads a path (or `-` for standard input) and assesses it.
    public func assess(path: String) throws -> [RecordAssessment] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw Diagnostic.error("cannot read the file", at: SourceLocation(file: path))
            }
            data = contents
        }
        if data.count > readerOptions.maxInputBytes {
            throw Diagnostic.error("input is larger than \(readerOptions.maxInputBytes) bytes", at: SourceLocation(file: path))
        }
        return try assess(bytes: [UInt8](data), name: path)
    }
}
