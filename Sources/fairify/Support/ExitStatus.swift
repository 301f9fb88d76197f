import ArgumentParser

/// The exit codes every command uses.
enum ExitStatus {
    static let ok: Int32 = 0
    /// A quality gate failed: a score under its threshold, a required indicator not passed.
    static let gateFailed: Int32 = 1
    /// Bad usage or an input that could not be read.
    static let inputError: Int32 = 2
}

extension ExitCode {
    static let gateFailed = ExitCode(ExitStatus.gateFailed)
    static let inputError = ExitCode(ExitStatus.inputError)
}
