import Foundation

/// A one-line progress display on stderr (records done, records/s, ETA), drawn only on a
/// terminal; on anything else it prints nothing, so logs and pipes stay clean.
final class ProgressBar {
    private let totalBytes: Int
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var records = 0

    init(totalBytes: Int, enabled: Bool = Console.stderrIsTerminal) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    func recordsDone(_ count: Int) { records += count }

    func update(bytes: Int, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(records) / elapsed
        var line = "\r\u{1B}[K\(records) records  \(Int(rate)) records/s"
        if totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            line += "  [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            line += String(format: " %3.0f%%", fraction * 100)
            if fraction > 0.01, fraction < 1 {
                line += "  ETA " + Self.duration(elapsed * (1 - fraction) / fraction)
            }
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled, lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
