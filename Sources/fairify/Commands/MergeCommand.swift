import ArgumentParser
import FairifyModel

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the outputs of sharded runs into one summary."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify merge' is not implemented yet")
    }
}
