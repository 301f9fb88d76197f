/// The question-and-answer walk of `fairify attest`, kept apart from the terminal so it can be
/// tested with scripted lines: for each open indicator it asks a status, a justification and
/// an optional evidence URL, keeping earlier answers as defaults.
public struct AttestationInterview {
    /// An indicator the metadata could not show.
    public struct Question: Sendable {
        public var id: String
        public var name: String
        public var detail: String
        public init(id: String, name: String, detail: String) {
            self.id = id
            self.name = name
            self.detail = detail
        }
    }

    var readLine: () -> String?
    var write: (String) -> Void

    public init(readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.readLine = readLine
        self.write = write
    }

    /// Asks every question; returns the answers merged over `previous`. Stops early on `q`
    /// or end of input, keeping what was answered so far.
    public func run(_ questions: [Question], previous: AttestationSet, by: String?, date: String) -> AttestationSet {
        var answers = previous
        write("\(questions.count) indicator(s) need a steward's answer. Enter s to skip one, q to stop and save.\n")
        for (index, question) in questions.enumerated() {
            write("\n[\(index + 1)/\(questions.count)] \(question.id): \(question.name)\n")
            if !question.detail.isEmpty { write("  \(question.detail)\n") }
            let earlier = previous[question.id]
            guard let status = askStatus(default: earlier?.status) else { break }
            guard let status else { continue }
            guard let justification = askText("  justification", default: earlier?.justification, required: true) else { break }
            guard let evidence = askText("  evidence URL (optional)", default: earlier?.evidenceURL, required: false) else { break }
            answers.entries[question.id] = Attestation(status: status, justification: justification ?? "",
                                                       evidenceURL: evidence, by: by, date: date)
        }
        return answers
    }

    /// nil: stop; .some(nil): skip; .some(status): answered.
    private func askStatus(default earlier: ResultStatus?) -> ResultStatus?? {
        let hint = earlier.map { " [\($0.rawValue)]" } ?? ""
        while true {
            write("  status: (p)ass, (a) partial, (f)ail, (s)kip, (q)uit\(hint) > ")
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
            switch line {
            case "": if let earlier { return .some(earlier) }
            case "p", "pass": return .some(.pass)
            case "a", "partial": return .some(.partial)
            case "f", "fail": return .some(.fail)
            case "s", "skip": return .some(nil)
            case "q", "quit": return nil
            default: break
            }
            write("  please answer p, a, f, s or q\n")
        }
    }

    /// nil: stop (end of input); .some(nil): left empty (optional only).
    private func askText(_ prompt: String, default earlier: String?, required: Bool) -> String?? {
        let hint = earlier.map { " [\($0)]" } ?? ""
        while true {
            write("\(prompt)\(hint) > ")
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
            if !line.isEmpty { return .some(line) }
            if let earlier { return .some(earlier) }
            if !required { return .some(nil) }
            write("  a justification is required\n")
        }
    }
}
