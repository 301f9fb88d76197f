import Foundation
import PackagePlugin

/// Compiles data files into the target that uses it, so the built `fairify` is one
/// self-contained file. A target `FairifyX` gets:
///   - every file under the package's top-level `X/` folder (Metrics/, Recipes/), and
///   - every file under its own `Bundled/` folder,
/// readable at run time through the generated `EmbeddedFiles` enum.
@main
struct EmbedBundledFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let fm = FileManager.default
        let packageDir = context.package.directoryURL
        var roots: [(base: URL, folder: String)] = []
        if target.name.hasPrefix("Fairify") {
            let layer = String(target.name.dropFirst("Fairify".count))
            if fm.fileExists(atPath: packageDir.appendingPathComponent(layer).path) {
                roots.append((packageDir, layer))
            }
        }
        if fm.fileExists(atPath: target.directoryURL.appendingPathComponent("Bundled").path) {
            roots.append((target.directoryURL, "Bundled"))
        }
        var inputs: [URL] = []
        for root in roots {
            let dir = root.base.appendingPathComponent(root.folder)
            if let walker = fm.enumerator(at: dir, includingPropertiesForKeys: nil) {
                for case let url as URL in walker where !url.hasDirectoryPath {
                    inputs.append(url)
                }
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        var arguments = [output.path]
        for root in roots { arguments += [root.base.path, root.folder] }
        return [
            .buildCommand(
                displayName: "Embedding data files into \(target.name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
