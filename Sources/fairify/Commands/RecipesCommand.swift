import ArgumentParser
import FairifyModel
import FairifyRecipes
import Foundation

struct RecipesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recipes",
        abstract: "List the FAIRification recipes, what they fix and how safe they are."
    )

    @Option(name: .long, help: "Only recipes that improve this metric or test id (e.g. FsF-R1.1-01M).")
    var indicator: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    func run() async throws {
        guard ["text", "json"].contains(format) else {
            throw ValidationError("--format must be text or json")
        }
        var recipes = try RecipeCatalog.all()
        if let indicator { recipes = recipes.filter { $0.improves(indicator) } }
        if format == "json" {
            print(RecipeListing.json(recipes))
            return
        }
        if recipes.isEmpty {
            print("no recipe improves \(indicator ?? "that indicator")")
            return
        }
        print(RecipeListing.table(recipes))
    }
}

enum RecipeListing {
    static func table(_ recipes: [Recipe]) -> String {
        let idWidth = recipes.map(\.id.count).max() ?? 10
        var out = pad("RECIPE", idWidth) + "  " + pad("SAFETY", 11) + "  " + pad("COOKBOOK", 15) + "  TITLE\n"
        for recipe in recipes {
            let cookbook = recipe.cookbook.isEmpty ? "-" : recipe.cookbook.joined(separator: ",")
            out += pad(recipe.id, idWidth) + "  " + pad(recipe.safety.rawValue, 11) + "  " + pad(cookbook, 15) + "  " + recipe.title + "\n"
            out += String(repeating: " ", count: idWidth + 2) + "improves: " + recipe.indicators.joined(separator: ", ") + "\n"
            let params = recipe.parameters.map { $0.required ? "\($0.name)=…" : "[\($0.name)=…]" }
            if !params.isEmpty { out += String(repeating: " ", count: idWidth + 2) + "parameters: " + params.joined(separator: " ") + "\n" }
        }
        out += "\n\(recipes.count) recipes. `fairify plan FILE` shows which apply to a record; `fairify fix FILE --recipe ID` applies one."
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }

    static func json(_ recipes: [Recipe]) -> String {
        let items: [JSONValue] = recipes.map { r in
            .object([
                ("id", .string(r.id)), ("title", .string(r.title)), ("summary", .string(r.summary)),
                ("safety", .string(r.safety.rawValue)), ("cookbook", .array(r.cookbook.map(JSONValue.string))),
                ("indicators", .array(r.indicators.map(JSONValue.string))),
                ("parameters", .array(r.parameters.map { p in
                    .object([("name", .string(p.name)), ("type", .string(p.type.rawValue)), ("required", .bool(p.required)),
                             ("default", p.defaultValue.map(JSONValue.string) ?? .null), ("help", .string(p.help))])
                })),
                ("operations", .array(r.operations.map { .object([("op", .string($0.kind.rawValue)), ("fact", .string($0.fact.rawValue))]) })),
                ("formats", .array(DocumentKind.allCases.filter { RecipeCatalog.supports(r, $0) }.map { .string($0.rawValue) })),
            ])
        }
        return JSONWriter.pretty.string(.object([("recipes", .array(items))]))
    }
}
