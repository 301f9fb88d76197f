@_exported import FairifyModel

/// Embedded data files of this layer (bundled JSON-LD contexts...), see EmbedBundledFiles.
public enum FormatsBundle {
    public static var paths: [String] { EmbeddedFiles.paths }
}
