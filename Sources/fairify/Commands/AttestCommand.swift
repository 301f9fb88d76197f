import ArgumentParser
import FairifyModel

struct AttestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attest",
        abstract: "Record a steward's answers for indicators that metadata cannot show."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify attest' is not implemented yet")
    }
}
