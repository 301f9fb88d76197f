import Foundation

/// The report's charts, each a standalone inline SVG string.
enum Charts {
    /// F, A, I and R on four axes, 0 at the centre and 100% at the tip.
    static func radar(_ areas: [(key: String, score: Double?)], title: String) -> String {
        let width = 320.0, height = 250.0, centreX = 160.0, centreY = 125.0, radius = 78.0
        var svg = SVG(width: width, height: height, title: title)
        let angles = areas.indices.map { -Double.pi / 2 + 2 * Double.pi * Double($0) / Double(max(areas.count, 1)) }
        func point(_ index: Int, _ share: Double) -> (Double, Double) {
            (centreX + cos(angles[index]) * radius * share, centreY + sin(angles[index]) * radius * share)
        }
        for ring in [0.25, 0.5, 0.75, 1.0] {
            svg.polygon(areas.indices.map { point($0, ring) }, fill: "none", stroke: "#BBBBBB", strokeWidth: ring == 1 ? 1.2 : 0.6)
        }
        for index in areas.indices {
            let tip = point(index, 1)
            svg.line(x1: centreX, y1: centreY, x2: tip.0, y2: tip.1, stroke: "#BBBBBB", width: 0.6)
        }
        svg.polygon(areas.indices.map { point($0, areas[$0].score ?? 0) }, fill: Palette.blue, stroke: Palette.blue, fillOpacity: 0.3, strokeWidth: 2)
        for (index, area) in areas.enumerated() {
            let dot = point(index, area.score ?? 0)
            svg.circle(cx: dot.0, cy: dot.1, r: 3.5, fill: Palette.blue)
            let label = point(index, 1.1)
            let value = area.score.map(percent) ?? "n/a"
            let side = cos(angles[index])
            let anchor: SVG.Anchor = side > 0.3 ? .start : side < -0.3 ? .end : .middle
            let lift = sin(angles[index]) < -0.3 ? -4.0 : sin(angles[index]) > 0.3 ? 14.0 : 5.0
            svg.text("\(area.key) \(value)", x: label.0 + (anchor == .start ? 4 : anchor == .end ? -4 : 0), y: label.1 + lift, anchor: anchor, size: 13, bold: true)
        }
        return svg.render()
    }

    /// One horizontal bar per principle; principles with nothing assessable say so instead.
    static func principleBars(_ rows: [(key: String, score: Double?, detail: String)], title: String) -> String {
        let rowHeight = 22.0, labelWidth = 52.0, barWidth = 260.0
        var svg = SVG(width: labelWidth + barWidth + 150, height: Double(rows.count) * rowHeight + 6, title: title)
        for (index, row) in rows.enumerated() {
            let y = 4 + Double(index) * rowHeight
            svg.text(row.key, x: 0, y: y + 13, size: 12, bold: true)
            svg.rect(x: labelWidth, y: y, width: barWidth, height: 15, fill: Palette.track, radius: 2)
            if let score = row.score {
                svg.rect(x: labelWidth, y: y, width: barWidth * score, height: 15, fill: Palette.score(score), radius: 2, tooltip: "\(row.key): \(row.detail)")
                svg.text("\(percent(score))  \(row.detail)", x: labelWidth + barWidth + 6, y: y + 12, size: 11)
            } else {
                svg.text("not assessed here", x: labelWidth + barWidth + 6, y: y + 12, size: 11, fill: "#555")
            }
        }
        return svg.render()
    }

    /// How many records fall in each tenth of the score range.
    static func histogram(_ scores: [Double], title: String) -> String {
        var bins = [Int](repeating: 0, count: 10)
        for score in scores { bins[min(max(Int((score * 10).rounded(.down)), 0), 9)] += 1 }
        let peak = Double(max(bins.max() ?? 1, 1))
        let left = 30.0, bottom = 170.0, plotHeight = 140.0, barWidth = 40.0
        var svg = SVG(width: left + barWidth * 10 + 10, height: 205, title: title)
        svg.line(x1: left, y1: bottom, x2: left + barWidth * 10, y2: bottom, stroke: Palette.ink)
        for (index, count) in bins.enumerated() {
            let x = left + Double(index) * barWidth
            let height = plotHeight * Double(count) / peak
            let share = (Double(index) + 0.5) / 10
            svg.rect(x: x + 3, y: bottom - height, width: barWidth - 6, height: height, fill: Palette.score(share),
                     tooltip: "\(count) record\(count == 1 ? "" : "s") scored \(index * 10)–\(index * 10 + 10)%")
            if count > 0 { svg.text(String(count), x: x + barWidth / 2, y: bottom - height - 4, anchor: .middle, size: 11, bold: true) }
            svg.text("\(index * 10)", x: x, y: bottom + 14, anchor: .middle, size: 10)
        }
        svg.text("100", x: left + barWidth * 10, y: bottom + 14, anchor: .middle, size: 10)
        svg.text("score (%)", x: left + barWidth * 5, y: bottom + 30, anchor: .middle, size: 11)
        svg.text("records", x: 0, y: 12, size: 10)
        return svg.render()
    }

    /// Before and after side by side for each key (principle or area).
    static func pairedBars(_ rows: [(key: String, before: Double?, after: Double?)], title: String) -> String {
        let rowHeight = 34.0, labelWidth = 52.0, barWidth = 260.0, gap = 14.0
        // Areas (F, A, I, R) come first; a rule separates them from the principles.
        let firstPrinciple = rows.firstIndex { $0.key.count > 1 }
        let extra = firstPrinciple.map { $0 > 0 ? gap : 0 } ?? 0
        var svg = SVG(width: labelWidth + barWidth + 110, height: Double(rows.count) * rowHeight + 30 + extra, title: title)
        svg.rect(x: labelWidth, y: 2, width: 12, height: 10, fill: Palette.sky)
        svg.text("before", x: labelWidth + 16, y: 11, size: 11)
        svg.rect(x: labelWidth + 80, y: 2, width: 12, height: 10, fill: Palette.blue)
        svg.text("after", x: labelWidth + 96, y: 11, size: 11)
        for (index, row) in rows.enumerated() {
            let shifted = firstPrinciple.map { index >= $0 && $0 > 0 } ?? false
            let y = 22 + Double(index) * rowHeight + (shifted ? gap : 0)
            if shifted && index == firstPrinciple {
                svg.line(x1: 0, y1: y - gap / 2 - 3, x2: labelWidth + barWidth, y2: y - gap / 2 - 3, stroke: "#BBBBBB", dashed: true)
            }
            svg.text(row.key, x: 0, y: y + 18, size: 12, bold: true)
            for (offset, value, colour) in [(0.0, row.before, Palette.sky), (14.0, row.after, Palette.blue)] {
                svg.rect(x: labelWidth, y: y + offset, width: barWidth, height: 12, fill: Palette.track)
                svg.rect(x: labelWidth, y: y + offset, width: barWidth * (value ?? 0), height: 12, fill: colour)
                svg.text(value.map(percent) ?? "n/a", x: labelWidth + barWidth + 6, y: y + offset + 10, size: 11)
            }
        }
        return svg.render()
    }
}
