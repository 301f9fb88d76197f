import ArgumentParser
import FairifyModel

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Crosswalk a record into another metadata format."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify convert' is not implemented yet")
    }
}
