import ArgumentParser
import FairifyModel
import Foundation

@main
struct Fairify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairify",
        abstract: "Assess dataset metadata against FAIR maturity indicators, offline, and fix what fails.",
        discussion: """
        Exit codes: 0 ok, 1 a quality gate failed (score below threshold), 2 usage or input error.
        """,
        version: FairifyVersion.current,
        subcommands: [
            InspectCommand.self, AssessCommand.self, ExplainCommand.self, MetricsCommand.self,
            RecipesCommand.self, PlanCommand.self, FixCommand.self, ConvertCommand.self,
            ReportCommand.self, AttestCommand.self, MergeCommand.self, JSONLDCommand.self,
        ]
    )

    /// Maps every failure onto the documented exit codes: usage errors are 2 (ArgumentParser
    /// would say 64), gate failures 1, and anything unexpected is one line on stderr, never a trace.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let diagnostic as Diagnostic {
            Console.error(diagnostic.description)
            Foundation.exit(ExitStatus.inputError)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // Exit code 1 is reserved for gate failures, which arrive as ExitCode above;
            // anything else that fails is a usage or input error.
            Console.error(oneLine(message(for: error)))
            Foundation.exit(ExitStatus.inputError)
        }
    }

    /// ArgumentParser lists the allowed values of an option on separate lines; errors are one line.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = lines.first, lines.count > 1 else { return message }
        let rest = lines.dropFirst().map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        return first + " " + rest.joined(separator: ", ")
    }
}
