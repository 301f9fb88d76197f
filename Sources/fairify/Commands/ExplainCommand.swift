import ArgumentParser
import FairifyMetrics
import FairifyModel
import Foundation

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a metric or test: what it checks, where the fact lives per format, which recipe fixes it."
    )

    @Argument(help: "A metric or test id, e.g. FsF-R1.1-01M or FsF-F1-02D-1.")
    var id: String

    @Option(help: "Only look in these packs (comma-separated).")
    var pack: String?

    @Option(name: .customLong("pack-file"), help: "Also look in this metric pack file (repeatable).")
    var packFiles: [String] = []

    func run() async throws {
        var packs = try MetricPack.builtIn() + packFiles.map(MetricPack.load(file:))
        if let pack {
            let ids = AssessSettings.splitList(pack)
            packs = packs.filter { ids.contains($0.id) }
        }
        let found = Explainer.find(id, in: packs)
        guard !found.isEmpty else {
            throw Diagnostic.error("no metric or test '\(id)' in packs \(packs.map(\.id).joined(separator: ", ")) (see 'fairify metrics')")
        }
        let text = found.map { Explainer.explain($0.1, in: $0.0, focus: id) }.joined(separator: "\n")
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
