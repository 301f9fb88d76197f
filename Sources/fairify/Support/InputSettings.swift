import FairifyMetrics
import FairifyRecipes
import Foundation

/// The settings each input is assessed with: flags over its nearest `.fairify.yml` (looked
/// up once per folder), so inputs from different projects keep their own packs, gates and
/// ignores in one run. `--config FILE` gives every input that file, `--no-config` none.
struct InputSettings: Sendable {
    /// One entry per configuration in use, in order of first use.
    let groups: [AssessSettings]
    let engines: [MetricEngine]
    private let groupByFolder: [String: Int]

    private init(groups: [AssessSettings], groupByFolder: [String: Int]) {
        self.groups = groups
        self.groupByFolder = groupByFolder
        engines = groups.map { MetricEngine(packs: $0.packs, ignored: $0.ignored, attestations: $0.attestations, recipeAdditions: RecipeCatalog.additions) }
    }

    static func resolve(_ command: AssessCommand, paths: [String]) throws -> InputSettings {
        if command.noConfig || command.config != nil || paths.isEmpty {
            let config = command.noConfig ? nil : (command.config ?? command.inputs.first.flatMap(FairifyConfig.discover))
            return InputSettings(groups: [try AssessSettings.resolve(command, configPath: config)], groupByFolder: [:])
        }
        var finder = ConfigFinder()
        var groups: [AssessSettings] = [], configs: [String?] = []
        var groupByFolder: [String: Int] = [:]
        for path in paths {
            let folder = ConfigFinder.folder(of: path)
            guard groupByFolder[folder] == nil else { continue }
            let config = finder.nearest(inFolder: folder)
            if let known = configs.firstIndex(of: config) {
                groupByFolder[folder] = known
                continue
            }
            groups.append(try AssessSettings.resolve(command, configPath: config))
            configs.append(config)
            groupByFolder[folder] = groups.count - 1
        }
        return InputSettings(groups: groups, groupByFolder: groupByFolder)
    }

    /// The group of the input a record was read from.
    func group(ofFile path: String) -> Int {
        groups.count == 1 ? 0 : groupByFolder[ConfigFinder.folder(of: path)] ?? 0
    }

    func settings(ofFile path: String) -> AssessSettings { groups[group(ofFile: path)] }
    func engine(ofFile path: String) -> MetricEngine { engines[group(ofFile: path)] }

    /// Every pack in use, each once (for the shard fingerprint).
    var packs: [MetricPack] {
        var seen = Set<String>()
        return groups.flatMap(\.packs).filter { seen.insert("\($0.id)@\($0.version)").inserted }
    }
}
