import ArgumentParser
import FairifyMetrics
import FairifyModel
import Foundation

struct MetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List the metric packs and their metrics."
    )

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    @Option(help: "Only these packs (comma-separated).")
    var pack: String?

    @Option(name: .customLong("pack-file"), help: "Also list this metric pack file (repeatable).")
    var packFiles: [String] = []

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        var packs = try MetricPack.builtIn() + packFiles.map(MetricPack.load(file:))
        if let pack {
            let ids = AssessSettings.splitList(pack)
            for id in ids where !packs.contains(where: { $0.id == id }) {
                throw Diagnostic.error("unknown metric pack '\(id)' (known: \(packs.map(\.id).joined(separator: ", ")))")
            }
            packs = packs.filter { ids.contains($0.id) }
        }
        let text = format == .json ? try MetricCatalog(packs).jsonString() : MetricCatalog(packs).table()
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
