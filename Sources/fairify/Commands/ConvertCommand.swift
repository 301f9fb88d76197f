import ArgumentParser
import FairifyFormats
import FairifyModel
import FairifyRecipes
import Foundation

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Crosswalk a record into another metadata format.",
        discussion: """
        Reads any format fairify reads, maps it onto facts and writes the facts in the target format. Facts the target has no place for are listed on standard error. With several records in the input, --record N picks one (default 1).

        Example:
          fairify convert record.xml --to schemaorg-jsonld -o record.jsonld
        """
    )

    @Argument(help: "The metadata file (`-` for standard input).")
    var input: String

    @Option(name: .long, help: "Target: \(ConvertTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: String

    @Option(name: .shortAndLong, help: "Write to this path instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Which record of the input to convert, from 1.")
    var record: Int = 1

    @OptionGroup var inputSize: InputSizeOption

    func run() async throws {
        guard let target = ConvertTarget(rawValue: to) else {
            throw ValidationError("--to must be one of \(ConvertTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let bytes = try FixSupport.readBytes(input)
        let result = try MetadataReader.read(bytes: bytes, name: input, options: inputSize.readerOptions())
        guard result.records.indices.contains(record - 1) else {
            throw Diagnostic.error("the input has \(result.records.count) record(s); --record \(record) does not exist", at: SourceLocation(file: input), code: "usage")
        }
        if result.records.count > 1 { Console.error("note: \(input) has \(result.records.count) records; converting record \(record)") }
        let conversion = try Crosswalk.convert(result.records[record - 1], to: target)
        for (kind, count) in conversion.dropped.sorted(by: { $0.key < $1.key }) {
            if kind.hasPrefix("missing mandatory ") {
                Console.error("note: \(target.rawValue): the record has no \(kind.dropFirst("missing mandatory ".count)), which is mandatory; written as (:unav): fill it in before registering")
            } else {
                Console.error("note: \(target.rawValue) cannot hold \(kind) (\(count) fact\(count == 1 ? "" : "s") left out)")
            }
        }
        if let output {
            try AtomicFile.write(conversion.text, to: output)
            Console.error("wrote \(output)")
        } else {
            print(conversion.text, terminator: "")
        }
    }
}
