import ArgumentParser
import FairifyModel

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the detected format, the records found and their facts with source locations."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify inspect' is not implemented yet")
    }
}
