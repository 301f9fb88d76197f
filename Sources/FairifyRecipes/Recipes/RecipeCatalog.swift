import FairifyModel

/// The recipes compiled into fairify (Recipes/*.yaml), loaded once per process.
public enum RecipeCatalog {
    public static let loaded: Result<[Recipe], Diagnostic> = {
        do {
            let recipes = try EmbeddedFiles.files(under: "Recipes/").filter { $0.path.hasSuffix(".yaml") }.map { file in
                try RecipeLoader.load(yaml: String(decoding: file.data, as: UTF8.self), file: file.path)
            }
            return .success(recipes.sorted { $0.id < $1.id })
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(.error("cannot load recipes: \(error)"))
        }
    }()

    public static func all() throws -> [Recipe] { try loaded.get() }

    /// The fact kinds each recipe adds or sets, for `MetricEngine.recipeAdditions`.
    public static let additions: [String: Set<FactKind>] = {
        let recipes = (try? loaded.get()) ?? []
        return Dictionary(uniqueKeysWithValues: recipes.map { recipe in
            (recipe.id, Set(recipe.operations.filter { $0.kind == .add || $0.kind == .set }.map(\.fact)))
        })
    }()

    public static func recipe(_ id: String) throws -> Recipe {
        let recipes = try all()
        guard let recipe = recipes.first(where: { $0.id == id }) else {
            let near = recipes.map(\.id).filter { $0.contains(id) || id.contains($0) }
            let hint = near.isEmpty ? "; `fairify recipes` lists them" : "; did you mean \(near.joined(separator: ", "))?"
            throw Diagnostic.error("unknown recipe '\(id)'\(hint)", code: "usage")
        }
        return recipe
    }

    /// Recipes whose writer exists for a document kind.
    public static func supports(_ recipe: Recipe, _ kind: DocumentKind) -> Bool {
        switch kind {
        case .jsonLD, .yamlLD, .html: return TreeActions.all[recipe.id] != nil
        case .jsonLines: return TreeActions.all[recipe.id] != nil || PlainDialect.allCases.contains { $0.actions[recipe.id] != nil }
        case .dataCiteXML: return DataCiteActions.all[recipe.id] != nil
        case .xml: return XMLDialect.allCases.contains { $0.actions[recipe.id] != nil }
        case .turtle: return TurtleActions.all[recipe.id] != nil
        }
    }
}
