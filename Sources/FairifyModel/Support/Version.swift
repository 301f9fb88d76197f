/// The version printed by `fairify --version` and written into every report.
public enum FairifyVersion {
    public static let current = "0.1.0"
}
