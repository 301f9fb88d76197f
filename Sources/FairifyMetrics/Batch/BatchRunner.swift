import FairifyFormats
import FairifyModel
import Foundation

/// One result of a batch run: an assessed record or an input that could not be read.
/// `unit` and `record` place it in the input order of an unsharded run.
public struct BatchLine: Sendable, Codable {
    public var unit: Int
    public var record: Int
    public var assessment: RecordAssessment?
    public var error: Diagnostic?

    public init(unit: Int, record: Int, assessment: RecordAssessment? = nil, error: Diagnostic? = nil) {
        self.unit = unit
        self.record = record
        self.assessment = assessment
        self.error = error
    }

    public static func inOrder(_ a: BatchLine, _ b: BatchLine) -> Bool {
        (a.unit, a.record) < (b.unit, b.record)
    }
}

/// Reads, assesses and emits records concurrently, in input order, with memory bounded
/// by the batch size whatever the input size.
public struct BatchRunner {
    public var jobs: Int
    public var batchSize: Int
    public var readerOptions: ReaderOptions
    /// When set, the reader options for an input path (its nearest `.fairify.yml` may map contexts).
    public var readerOptionsForPath: (@Sendable (String) -> ReaderOptions)?
    /// Assesses one record; called concurrently from several threads.
    public var assess: @Sendable (Record, _ inputSHA256: String) -> RecordAssessment
    /// False when no output shows `inputSHA256` (`--quiet` lines): hashing costs about as
    /// much as assessing, so it is skipped and the field left empty.
    public var hashesInputs = true
    /// When set, each line is also serialised on the worker threads, so output encoding
    /// does not become the one-core bottleneck of a parallel run.
    public var encode: (@Sendable (BatchLine) -> Data)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 512,
                readerOptions: ReaderOptions, assess: @escaping @Sendable (Record, String) -> RecordAssessment) {
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.readerOptions = readerOptions
        self.assess = assess
    }

    /// Runs over `source`, calling `emit` for every line in input order and `progress`
    /// after every batch. Stops between batches once `shouldStop` returns true.
    /// Returns false when it stopped early.
    @discardableResult
    public func run(
        _ source: inout WorkUnitSource,
        shouldStop: () -> Bool = { false },
        progress: (_ units: Int, _ bytes: Int) -> Void = { _, _ in },
        emit: (BatchLine, Data?) -> Void
    ) -> Bool {
        var batch: [WorkUnit] = []
        batch.reserveCapacity(batchSize)
        var units = 0, bytes = 0
        func flush() {
            let results = OrderedParallelMap.map(batch, jobs: jobs) { unit in
                process(unit).map { line in (line, encode?(line)) }
            }
            for lines in results {
                for (line, data) in lines { emit(line, data) }
            }
            units += batch.count
            bytes += batch.reduce(0) { $0 + $1.byteCount }
            batch.removeAll(keepingCapacity: true)
            progress(units, bytes)
        }
        while let unit = source.next() {
            batch.append(unit)
            if batch.count == batchSize {
                flush()
                if shouldStop() { return false }
            }
        }
        if !batch.isEmpty { flush() }
        return true
    }

    /// Reads one unit and assesses its records; never throws: failures become error lines.
    public func process(_ unit: WorkUnit) -> [BatchLine] {
        do {
            let (result, hash) = try read(unit)
            return result.records.enumerated().map { offset, record in
                BatchLine(unit: unit.index, record: offset, assessment: assess(record, hash))
            }
        } catch let diagnostic as Diagnostic {
            return [BatchLine(unit: unit.index, record: 0, error: diagnostic)]
        } catch {
            return [BatchLine(unit: unit.index, record: 0, error: .error("\(error)", at: SourceLocation(file: unit.path)))]
        }
    }

    private func read(_ unit: WorkUnit) throws -> (ReadResult, String) {
        let readerOptions = readerOptionsForPath?(unit.path) ?? readerOptions
        switch unit.content {
        case .file(let path) where path == "-":
            let bytes = try InputLoader.load(path: path, maxBytes: readerOptions.maxInputBytes)
            return (try MetadataReader.read(bytes: bytes, name: path, options: readerOptions), hash(bytes))
        case .file(let path):
            // Read the bytes once for both parsing and hashing; anything unusual (a folder,
            // an oversized or unreadable file) goes through the reader for its exact error.
            guard unit.byteCount <= readerOptions.maxInputBytes, let bytes = RegularFile.bytes(path, maxBytes: readerOptions.maxInputBytes) else {
                let result = try MetadataReader.read(path: path, options: readerOptions)
                return (result, "")
            }
            return (try MetadataReader.read(bytes: bytes, name: path, options: readerOptions), hash(bytes))
        case .line(let path, let lineNumber, let bytes):
            var result = try MetadataReader.read(bytes: bytes, name: path, options: readerOptions)
            result.records = result.records.map { $0.shiftedToLine(lineNumber) }
            return (result, hash(bytes))
        }
    }

    private func hash(_ bytes: [UInt8]) -> String { hashesInputs ? SHA256.hex(bytes) : "" }
}

enum RegularFile {
    /// A regular file's bytes in one read of its size (no URL, no Data, no copy); nil for
    /// anything else, which the reader then reports with its exact error.
    static func bytes(_ path: String, maxBytes: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= maxBytes else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                count += got
            }
            complete = count == size
        }
        // A file that shrank while being read goes through the reader, which rereads it.
        return complete ? bytes : nil
    }
}

extension Record {
    /// A record read from one line of a JSON Lines file: its locations point at that line,
    /// and its index within the file follows the line, so records of one file stay distinct.
    func shiftedToLine(_ line: Int) -> Record {
        var copy = self
        copy.index = line - 1 + index
        copy.location.line = line
        copy.facts = facts.map { fact in
            var fact = fact
            if fact.location.line > 0 { fact.location.line += line - 1 }
            return fact
        }
        return copy
    }
}
