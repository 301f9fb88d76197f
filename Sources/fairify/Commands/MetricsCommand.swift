import ArgumentParser
import FairifyModel

struct MetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List the metric packs and their metrics."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify metrics' is not implemented yet")
    }
}
