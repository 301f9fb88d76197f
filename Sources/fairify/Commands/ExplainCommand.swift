import ArgumentParser
import FairifyModel

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a metric or test: what it checks, where the fact lives per format, which recipe fixes it."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify explain' is not implemented yet")
    }
}
