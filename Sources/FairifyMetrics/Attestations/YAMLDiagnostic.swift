import Yams

/// Turns a Yams parse error into the one-line diagnostic users get for bad input.
enum YAMLDiagnostic {
    static func from(_ error: Error, file: String) -> Diagnostic {
        guard let yaml = error as? YamlError else {
            return Diagnostic.error("cannot parse YAML: \(error)", at: SourceLocation(file: file))
        }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic.error("invalid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic.error("invalid YAML: \(yaml)", at: SourceLocation(file: file))
        }
    }
}
