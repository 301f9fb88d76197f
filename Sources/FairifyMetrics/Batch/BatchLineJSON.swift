import FairifyModel

extension BatchLine {
    /// This line as `fairify assess --format jsonl` writes it: the bytes `JSONEncoder` gives with
    /// sorted keys and unescaped slashes, plus a newline, written directly (the encoder's
    /// intermediate tree and key sorting cost ~0.9 ms per record). BatchLineJSONTests compares both.
    public func jsonLine() -> [UInt8] {
        var out = JSONBytes()
        out.bytes.reserveCapacity(16_384)
        out.open()
        if let assessment { out.key("assessment"); out.write(assessment) }
        if let error { out.key("error"); out.write(error) }
        out.key("record"); out.int(record)
        out.key("unit"); out.int(unit)
        out.close()
        out.bytes.append(0x0A)
        return out.bytes
    }
}

extension AssessmentReport {
    /// The `--format json` bytes, as `JSONEncoder` writes them with sorted keys, pretty-printed,
    /// without escaped slashes, plus a newline (AssessmentReportJSONTests compares both).
    public func jsonBytes() -> [UInt8] {
        var out = JSONBytes()
        out.pretty = true
        out.bytes.reserveCapacity(assessments.count * 65_536 + 256)
        out.open()
        out.key("assessments"); out.array(assessments) { $0.write($1) }
        out.key("errors"); out.array(errors) { $0.write($1) }
        out.key("schemaVersion"); out.string(schemaVersion)
        if let timestamp { out.key("timestamp"); out.string(timestamp) }
        out.key("tool"); out.string(tool)
        out.key("toolVersion"); out.string(toolVersion)
        out.close()
        out.bytes.append(0x0A)
        return out.bytes
    }
}

// Members are written in the byte order of their keys, which is how `JSONEncoder` sorts them.
extension JSONBytes {
    mutating func write(_ a: RecordAssessment) {
        open()
        key("inputSHA256"); string(a.inputSHA256)
        key("packs"); array(a.packs) { $0.write($1) }
        key("record"); write(a.record)
        close()
    }

    mutating func write(_ r: RecordSummary) {
        open()
        key("dialect"); string(r.dialect.rawValue)
        key("file"); string(r.file)
        key("format"); string(r.format.rawValue)
        key("index"); int(r.index)
        key("label"); string(r.label)
        key("location"); write(r.location)
        if let title = r.title { key("title"); string(title) }
        close()
    }

    mutating func write(_ l: SourceLocation) {
        open()
        key("column"); int(l.column)
        key("file"); string(l.file)
        key("line"); int(l.line)
        if let path = l.path { key("path"); string(path) }
        close()
    }

    mutating func write(_ p: PackAssessment) {
        open()
        key("areas"); array(p.areas) { $0.write($1) }
        key("levels"); open()
        for name in p.levels.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            key(name); int(p.levels[name]!)
        }
        close()
        key("metrics"); array(p.metrics) { $0.write($1) }
        key("packID"); string(p.packID)
        key("packName"); string(p.packName)
        key("packVersion"); string(p.packVersion)
        key("principles"); array(p.principles) { $0.write($1) }
        key("total"); write(p.total)
        close()
    }

    mutating func write(_ s: ScoreSummary) {
        open()
        key("assessableTotal"); double(s.assessableTotal)
        key("earned"); double(s.earned)
        key("key"); string(s.key)
        if let maturity = s.maturity { key("maturity"); int(maturity) }
        if let score = s.maturityScore { key("maturityScore"); double(score) }
        key("total"); double(s.total)
        close()
    }

    mutating func write(_ m: MetricResult) {
        open()
        if let assessable = m.assessableTotal { key("assessableTotal"); double(assessable) }
        key("earned"); double(m.earned)
        key("id"); string(m.id)
        if let ignored = m.ignored { key("ignored"); string(ignored) }
        key("maturity"); int(m.maturity)
        key("name"); string(m.name)
        key("principle"); string(m.principle)
        if let priority = m.priority { key("priority"); string(priority) }
        key("recipes"); array(m.recipes) { $0.string($1) }
        key("status"); string(m.status.rawValue)
        key("target"); string(m.target)
        key("tests"); array(m.tests) { $0.write($1) }
        key("total"); double(m.total)
        close()
    }

    mutating func write(_ t: TestResult) {
        let (reason, evidence) = t.explained
        open()
        if let attestation = t.attestation { key("attestation"); write(attestation) }
        key("earned"); double(t.earned)
        key("evidence"); array(evidence) { $0.write($1) }
        key("id"); string(t.id)
        if let maturity = t.maturity { key("maturity"); int(maturity) }
        key("name"); string(t.name)
        key("reason"); string(reason)
        key("recipes"); array(t.recipes) { $0.string($1) }
        key("status"); string(t.status.rawValue)
        key("total"); double(t.total)
        close()
    }

    mutating func write(_ e: Evidence) {
        open()
        if let location = e.location { key("location"); write(location) }
        key("message"); string(e.message)
        if let value = e.value { key("value"); string(value) }
        close()
    }

    mutating func write(_ a: Attestation) {
        open()
        if let by = a.by { key("by"); string(by) }
        if let date = a.date { key("date"); string(date) }
        if let url = a.evidenceURL { key("evidenceURL"); string(url) }
        key("justification"); string(a.justification)
        key("status"); string(a.status.rawValue)
        close()
    }

    mutating func write(_ d: Diagnostic) {
        open()
        if let code = d.code { key("code"); string(code) }
        if let location = d.location { key("location"); write(location) }
        key("message"); string(d.message)
        key("severity"); string(d.severity.rawValue)
        close()
    }
}

/// JSON appended to a byte buffer, compact or pretty-printed the way `JSONEncoder`'s
/// `.prettyPrinted` writes it (two-space indent, `"key" : value`, empty containers as an
/// open bracket, a blank line and the closing bracket).
struct JSONBytes {
    var bytes: [UInt8] = []
    var pretty = false
    private var level = 0
    private var empty = true

    mutating func open() { openContainer(UInt8(ascii: "{")) }
    mutating func close() { closeContainer(UInt8(ascii: "}")) }

    mutating func key(_ name: String) {
        member()
        string(name)
        if pretty { bytes += [0x20, UInt8(ascii: ":"), 0x20] } else { bytes.append(UInt8(ascii: ":")) }
    }

    mutating func array<T>(_ items: [T], _ element: (inout JSONBytes, T) -> Void) {
        openContainer(UInt8(ascii: "["))
        for item in items {
            member()
            element(&self, item)
        }
        closeContainer(UInt8(ascii: "]"))
    }

    private mutating func openContainer(_ bracket: UInt8) {
        bytes.append(bracket)
        level += 1
        empty = true
    }

    private mutating func closeContainer(_ bracket: UInt8) {
        level -= 1
        if pretty {
            if empty { bytes.append(0x0A) }
            newline()
        }
        bytes.append(bracket)
        empty = false
    }

    /// Before each member or element: the comma, then in pretty mode a new indented line.
    private mutating func member() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
    }

    mutating func int(_ value: Int) {
        guard value >= 0 else { bytes.append(contentsOf: String(value).utf8); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value, start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: buffer[start...])
        }
    }

    /// `JSONEncoder`'s form: Swift's shortest round-trip digits, without a trailing ".0".
    mutating func double(_ value: Double) {
        // Whole numbers (most points) print as integers; -0 keeps its sign, as in the description.
        if value == value.rounded(), abs(value) < 1e15, !(value == 0 && value.sign == .minus) {
            int(Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            if utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { escaped(utf8) } else { bytes.append(contentsOf: utf8) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex = Array("0123456789abcdef".utf8)
        for b in utf8 {
            switch b {
            case 0x22, 0x5C: bytes += [0x5C, b]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case ..<0x20: bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: bytes.append(b)
            }
        }
    }
}
