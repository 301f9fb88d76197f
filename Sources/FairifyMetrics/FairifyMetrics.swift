@_exported import FairifyModel

/// Embedded metric packs (Metrics/*.yaml).
public enum MetricsBundle {
    public static var paths: [String] { EmbeddedFiles.paths }
}
