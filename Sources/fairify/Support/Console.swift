import Foundation

/// Output helpers shared by the commands: stderr lines and whether to use colour.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// `auto` colours only a terminal and honours NO_COLOR (https://no-color.org).
    static func useColor(_ choice: ColorChoice, terminal: Bool = stdoutIsTerminal) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
            if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
            return terminal
        }
    }
}

enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}
