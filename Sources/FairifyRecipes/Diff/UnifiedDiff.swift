/// A line diff (Myers' O(ND) algorithm) printed in unified format, as `diff -u` does.
public enum UnifiedDiff {
    enum Line: Equatable {
        case same(String), removed(String), added(String)
    }

    /// The unified diff of two texts, or "" when they are equal.
    public static func diff(_ old: String, _ new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = split(old), b = split(new)
        let script = edits(a, b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(script, context: context) { out += hunk }
        return out
    }

    static func split(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The shortest edit script from a to b.
    static func edits(_ a: [String], _ b: [String]) -> [Line] {
        let n = a.count, m = b.count
        let max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[max + k] = x
                if x >= n, y >= m { trace.append(v); break outer }
            }
        }
        // Walk the trace back from the end to recover the path.
        var script: [Line] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let prevK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let prevX = v[max + prevK], prevY = prevX - prevK
            while x > prevX, y > prevY { x -= 1; y -= 1; script.append(.same(a[x])) }
            if d > 0 {
                if x == prevX { y -= 1; script.append(.added(b[y])) } else { x -= 1; script.append(.removed(a[x])) }
            }
        }
        return script.reversed()
    }

    static func hunks(_ script: [Line], context: Int) -> [String] {
        let changed = script.indices.filter { if case .same = script[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        var groups: [(Int, Int)] = []
        for index in changed {
            let lo = Swift.max(0, index - context), hi = Swift.min(script.count - 1, index + context)
            if let last = groups.last, lo <= last.1 + 1 { groups[groups.count - 1].1 = hi } else { groups.append((lo, hi)) }
        }
        // Line numbers at each script position.
        var oldLine = [Int](repeating: 0, count: script.count + 1), newLine = oldLine
        for (i, line) in script.enumerated() {
            oldLine[i + 1] = oldLine[i] + (line == .added(lineText(line)) ? 0 : 1)
            newLine[i + 1] = newLine[i] + (line == .removed(lineText(line)) ? 0 : 1)
        }
        return groups.map { lo, hi in
            let body = script[lo...hi]
            let oldCount = body.filter { if case .added = $0 { return false } else { return true } }.count
            let newCount = body.filter { if case .removed = $0 { return false } else { return true } }.count
            var out = "@@ -\(range(oldLine[lo], oldCount)) +\(range(newLine[lo], newCount)) @@\n"
            for line in body {
                switch line {
                case .same(let s): out += " \(s)\n"
                case .removed(let s): out += "-\(s)\n"
                case .added(let s): out += "+\(s)\n"
                }
            }
            return out
        }
    }

    private static func lineText(_ line: Line) -> String {
        switch line { case .same(let s), .removed(let s), .added(let s): return s }
    }

    private static func range(_ before: Int, _ count: Int) -> String {
        let start = count == 0 ? before : before + 1
        return count == 1 ? "\(start)" : "\(start),\(count)"
    }
}
