import ArgumentParser
import FairifyModel

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the recipes that would raise a record's score, best first, with the command for each."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify plan' is not implemented yet")
    }
}
