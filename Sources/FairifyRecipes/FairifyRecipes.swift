@_exported import FairifyModel

/// Embedded recipe definitions (Recipes/*.yaml) and bundled vocabularies.
public enum RecipesBundle {
    public static var paths: [String] { EmbeddedFiles.paths }
}
