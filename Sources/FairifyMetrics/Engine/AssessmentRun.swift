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
        // The loader's errors (no such file, a folder, too large) read the same as in inspect.
        try assess(bytes: InputLoader.load(path: path, maxBytes: readerOptions.maxInputBytes), name: path)
    }
}
