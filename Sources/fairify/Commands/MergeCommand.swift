import ArgumentParser
import FairifyMetrics
import FairifyModel
import Foundation

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the outputs of sharded runs into one summary.",
        discussion: """
        Each input is the output of `fairify assess --shard K/N --format jsonl`. The merged \
        summary is exactly the one an unsharded run gives.

        Example:
          fairify assess data/ --shard 1/4 --format jsonl -o shard-1.jsonl   # ... 4/4
          fairify merge shard-*.jsonl
        """
    )

    @Argument(help: "Shard outputs (JSON Lines).")
    var inputs: [String]

    @Option(help: "Output: text or json.")
    var format: SummaryFormat = .text

    @Option(name: .shortAndLong, help: "Write the summary to this file instead of standard output.")
    var output: String?

    func run() async throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one shard output") }
        let summary = try BatchMerge.summary(of: inputs)
        let text = format == .json ? try SummaryRendering.json(summary) : SummaryRendering.text(summary)
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

