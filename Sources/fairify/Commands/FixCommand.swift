import ArgumentParser
import FairifyModel

struct FixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply recipes to a record, as a diff by default or in place with --write."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify fix' is not implemented yet")
    }
}
