import FairifyModel

extension Recipe {
    /// The `fairify fix` command that applies this recipe to `file`, with a `--set name=<type>`
    /// placeholder for each parameter the user must supply, so a copied command never fails
    /// for a missing value.
    public func fixCommand(file: String) -> String {
        var words = ["fairify fix", ShellWord.quoted(file), "--recipe", id]
        if safety != .safe {
            let required = parameters.filter(\.required)
            words += (required.isEmpty ? parameters : required).map { "--set \($0.name)=<\($0.type.rawValue)>" }
        }
        return words.joined(separator: " ")
    }

    /// The command for a recipe id from the built-in catalogue; unknown ids get the bare form.
    public static func fixCommand(file: String, recipe id: String) -> String {
        (try? RecipeCatalog.recipe(id))?.fixCommand(file: file)
            ?? "fairify fix \(ShellWord.quoted(file)) --recipe \(ShellWord.quoted(id))"
    }
}

/// Quoting for words shown in copyable shell commands.
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@,+%")
        if !word.isEmpty, word.allSatisfy({ safe.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
