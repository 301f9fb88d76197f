import ArgumentParser
import FairifyModel

struct RecipesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recipes",
        abstract: "List the FAIRification recipes, what they fix and how safe they are."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify recipes' is not implemented yet")
    }
}
