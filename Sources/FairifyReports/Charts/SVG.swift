import Foundation

/// A tiny SVG writer: enough shapes for the report's charts, every value escaped, numbers fixed
/// to one decimal so the same data always gives the same bytes.
struct SVG {
    let width: Double
    let height: Double
    let title: String
    private var parts: [String] = []

    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, radius: Double = 0, tooltip: String? = nil) {
        var attributes = [("x", n(x)), ("y", n(y)), ("width", n(max(width, 0))), ("height", n(max(height, 0))), ("fill", fill)]
        if let stroke { attributes.append(("stroke", stroke)) }
        if radius > 0 { attributes.append(("rx", n(radius))) }
        add("rect", attributes, tooltip: tooltip)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) {
        var attributes = [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke), ("stroke-width", n(width))]
        if dashed { attributes.append(("stroke-dasharray", "3 3")) }
        add("line", attributes)
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, fillOpacity: Double = 1, strokeWidth: Double = 1) {
        let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        add("polygon", [("points", list), ("fill", fill), ("fill-opacity", n(fillOpacity)), ("stroke", stroke), ("stroke-width", n(strokeWidth))])
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String) {
        add("circle", [("cx", n(cx)), ("cy", n(cy)), ("r", n(r)), ("fill", fill)])
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12, bold: Bool = false, fill: String = "#222") {
        var attributes = [("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("fill", fill)]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        parts.append("<text\(render(attributes))>\(XMLText.escape(content))</text>")
    }

    func render() -> String {
        let header = [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
                      ("width", n(width)), ("height", n(height)), ("role", "img"), ("class", "chart")]
        return "<svg\(render(header))><title>\(XMLText.escape(title))</title>" + parts.joined() + "</svg>"
    }

    private mutating func add(_ name: String, _ attributes: [(String, String)], tooltip: String? = nil) {
        if let tooltip {
            parts.append("<\(name)\(render(attributes))><title>\(XMLText.escape(tooltip))</title></\(name)>")
        } else {
            parts.append("<\(name)\(render(attributes))/>")
        }
    }

    private func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLText.attribute($0.1))\"" }.joined()
    }

    private func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}

/// Colours from the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies.
enum Palette {
    static let blue = "#0072B2"
    static let orange = "#E69F00"
    static let vermillion = "#D55E00"
    static let sky = "#56B4E9"
    static let purple = "#CC79A7"
    static let grey = "#8C8C8C"
    static let track = "#E6E6E6"
    static let ink = "#222222"

    /// Low scores vermillion, middling orange, good blue; always shown with the number as well.
    static func score(_ share: Double) -> String {
        share >= 0.75 ? blue : share >= 0.4 ? orange : vermillion
    }
}
