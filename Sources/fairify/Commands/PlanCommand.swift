import ArgumentParser
import FairifyFormats
import FairifyModel
import FairifyRecipes
import Foundation

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the recipes that would raise a record's score, best first, with the command for each.",
        discussion: """
        Safe recipes are tried on a copy of the record and listed with the points they gain; recipes that need values only you know (a licence, an ORCID) follow, ordered by the points at stake, with the parameters to give. Nothing is written.

        Example:
          fairify plan Examples/schemaorg-poor.json
        """
    )

    @Argument(help: "The metadata file.")
    var input: String

    @Option(name: .long, parsing: .singleValue, help: "Metric pack(s) to score with (default: fsf-0.5).")
    var pack: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @OptionGroup var inputSize: InputSizeOption

    func run() async throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
        let bytes = try FixSupport.readInput(input, options: inputSize.readerOptions())
        try MetricScoring.checkPacks(pack)
        let steps = try Planner(input: input, bytes: bytes, scorer: FixSupport.scorer(packs: pack),
                                perRecord: MetricScoring.recordsScorer(packs: pack).flatMap { try? $0(bytes, input) }).plan()
        if format == "json" {
            print(JSONWriter.pretty.string(.object([("input", .string(input)), ("steps", .array(steps.map(\.json)))])))
            return
        }
        guard !steps.isEmpty else {
            print("\(input): no recipe applies; the record already has what fairify's recipes add")
            return
        }
        if RecipeRunner.patchRefusal(bytes, file: input) != nil {
            // The commands below would be refused as they stand; say how to get a patchable copy.
            print("fix cannot patch this format in place; convert a copy, then run the commands below on record.jsonld:")
            print("   fairify convert \(Planner.quote(input)) --to schemaorg-jsonld -o record.jsonld\n")
        }
        for (n, step) in steps.enumerated() {
            let gain = step.gain.map { String(format: "  %+.1f points", $0) } ?? ""
            print("\(n + 1). \(step.recipe.id) [\(step.recipe.safety.rawValue)]\(gain)")
            print("   \(step.recipe.title); \(step.reason)")
            print("   \(step.command)")
        }
        if steps.contains(where: \.safe) {
            print("\nAll safe recipes at once: fairify fix \(Planner.quote(input)) --all-safe   (add --write to apply)")
        }
    }
}

struct PlanStep {
    var recipe: Recipe
    var safe: Bool
    var gain: Double?
    var reason: String
    var command: String

    var json: JSONValue {
        .object([("recipe", .string(recipe.id)), ("safety", .string(recipe.safety.rawValue)), ("gain", gain.map { .double($0) } ?? .null),
                 ("reason", .string(reason)), ("command", .string(command))])
    }
}

struct Planner {
    let input: String
    let bytes: [UInt8]
    let scorer: RecordScorer?
    /// Each record's scores, for documents that hold several.
    var perRecord: [(label: String, scores: [PackScore])]? = nil

    func plan() throws -> [PlanStep] {
        let kind = DocumentKind.detect(bytes)
        let recipes = try RecipeCatalog.all().filter { RecipeRunner.applicable($0, to: bytes) }
        let baseline = scorer.flatMap { try? $0(bytes, input) }
        // Facts decide which needs-input recipes to suggest when no metric engine scores the record.
        let facts = (try? MetadataReader.read(bytes: bytes, name: input))?.records.first?.facts ?? []
        let present = Set(facts.map(\.kind))
        let directory = URL(fileURLWithPath: input).deletingLastPathComponent()
        var safeSteps: [PlanStep] = [], inputSteps: [(PlanStep, Double)] = [], unsafeSteps: [PlanStep] = []
        for recipe in recipes {
            if recipe.safety == .unsafe {
                // Listed only where there is something to replace, and never run by --all-safe.
                let replaced = recipe.operations.filter { $0.kind == .set }.map(\.fact).filter(present.contains)
                guard !replaced.isEmpty else { continue }
                unsafeSteps.append(PlanStep(recipe: recipe, safe: false, gain: nil,
                                            reason: "UNSAFE: changes what the record says (its \(replaced.map(\.rawValue).joined(separator: ", "))); only run it if you mean it",
                                            command: recipe.fixCommand(file: input)))
            } else if recipe.safety == .safe {
                let request = RecipeRequest(recipe: recipe, params: RecipeParameterValues())
                guard let outcome = try? RecipeRunner.apply([request], to: bytes, file: input, directory: directory), outcome.changed else { continue }
                let gain = baseline.flatMap { before in (try? scorer?(outcome.bytes, input)).map { after in Self.gain(before, after) } }
                safeSteps.append(PlanStep(recipe: recipe, safe: true, gain: gain, reason: "tried on a copy: it changes the record",
                                          command: recipe.fixCommand(file: input)))
            } else {
                let stake = baseline?.map { $0.suggested[recipe.id] ?? 0 }.reduce(0, +) ?? 0
                let adds = recipe.operations.filter { $0.kind == .add }.map(\.fact)
                let missing = !facts.isEmpty && adds.first.map { !present.contains($0) } ?? false
                let missingTerms = facts.isEmpty ? RecipeHints.missingTerms(recipe, bytes: bytes, kind: kind) : []
                guard stake > 0 || (baseline == nil && (missing || !missingTerms.isEmpty)) else { continue }
                let reason = stake > 0 ? "failed tests name it (\(Self.points(stake)) \(stake == 1 ? "point" : "points") at stake)"
                    : missingTerms.isEmpty ? "the record has no \(adds.first?.rawValue ?? "such fact")" : "the record has no \(missingTerms.joined(separator: ", "))"
                let (scope, command) = recordHint(recipe)
                inputSteps.append((PlanStep(recipe: recipe, safe: false, gain: nil, reason: reason + scope, command: command), stake))
            }
        }
        safeSteps.sort { ($0.gain ?? 0, $1.recipe.id) > ($1.gain ?? 0, $0.recipe.id) }
        inputSteps.sort { ($0.1, $1.0.recipe.id) > ($1.1, $0.0.recipe.id) }
        return safeSteps + inputSteps.map(\.0) + unsafeSteps.sorted { $0.recipe.id < $1.recipe.id }
    }

    /// In a multi-record document, which records a needs-input recipe would help; the command
    /// names `--record N` when only one does.
    func recordHint(_ recipe: Recipe) -> (String, String) {
        let command = recipe.fixCommand(file: input)
        guard let perRecord, perRecord.count > 1 else { return ("", command) }
        let wanting = perRecord.indices.filter { n in perRecord[n].scores.contains { ($0.suggested[recipe.id] ?? 0) > 0 } }
        guard !wanting.isEmpty, wanting.count < perRecord.count else { return ("", command) }
        let names = wanting.map { "\($0 + 1)" }.joined(separator: ", ")
        return ("; record\(wanting.count == 1 ? "" : "s") \(names) only", wanting.count == 1 ? command + " --record \(wanting[0] + 1)" : command)
    }

    /// Points gained, summed over packs.
    static func gain(_ before: [PackScore], _ after: [PackScore]) -> Double {
        zip(before, after).map { $1.earned - $0.earned }.reduce(0, +)
    }

    static func points(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x) }

    static func quote(_ path: String) -> String { ShellWord.quoted(path) }
}
