import ArgumentParser
import FairifyModel

struct JSONLDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonld",
        abstract: "Run the JSON-LD 1.1 processor: expand, compact or to-rdf, for debugging contexts."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify jsonld' is not implemented yet")
    }
}
