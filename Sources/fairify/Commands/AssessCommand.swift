import ArgumentParser
import FairifyModel

struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score metadata records against FAIR metric packs, explain every point, and gate CI."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify assess' is not implemented yet")
    }
}
