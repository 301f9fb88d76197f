import ArgumentParser
import FairifyModel

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report for records, a portfolio, or a before/after comparison."
    )

    func run() async throws {
        throw Diagnostic.error("'fairify report' is not implemented yet")
    }
}
