/// Where everything of a `StackedBarChart` goes: one bar per row, one segment per series.
struct StackedBarLayout {
    struct Segment: Hashable {
        var rect: Rect
        var color: RGB
        var label: TextBox?
        var labelOrigin: Point?
    }

    var frame: ChartFrame
    var segments: [[Segment]] = []
    var marks: [Mark] = []

    init(_ chart: StackedBarChart, size: Size, style: ChartStyle, measurer: some TextMeasurer) {
        frame = ChartFrame.layout(
            title: chart.title, subtitle: chart.subtitle, legend: chart.series, source: chart.source,
            size: size, style: style, measurer: measurer)
        marks = frame.marks
        let plot = frame.plot
        guard !chart.rows.isEmpty, !chart.series.isEmpty else {
            marks += ChartFrame.noData(in: plot, style: style, measurer: measurer)
            return
        }
        let ts = style.ts
        let seriesCount = chart.series.count
        // Negative or missing parts count as zero: a stacked bar shows composition.
        let parts: [[Double]] = chart.rows.map { row in
            (0..<seriesCount).map { j in j < row.values.count && row.values[j].isFinite ? max(0, row.values[j]) : 0 }
        }
        let totals = parts.map { $0.reduce(0, +) }
        let shown: [[Double]] = chart.normalized
            ? zip(parts, totals).map { p, t in t > 0 ? p.map { $0 / t * 100 } : p.map { _ in 0 } }
            : parts
        let shownTotals = shown.map { $0.reduce(0, +) }

        let axisHeight = ValueAxis.height(title: chart.valueAxisTitle, style: style, measurer: measurer)
        let body = Rect(x: plot.x, y: plot.y, width: plot.width, height: max(1, plot.height - axisHeight))
        let slot = body.height / Double(chart.rows.count)
        let labelStyle = style.label.with(size: TextFit.fontSize(preferred: style.label.size, minimum: 12 * ts, rowHeight: slot * 0.92))
        let labelLines = TextFit.maxLines(rowHeight: slot * 0.95, lineHeight: measurer.lineHeight(labelStyle))
        let labelColumn = TextFit.columnWidth(
            for: chart.rows.map(\.label), style: labelStyle, limit: plot.width * 0.3, measurer: measurer)
        let gap = 14 * ts
        let x0 = plot.x + labelColumn + gap
        let totalStyle = style.valueLabel.with(size: min(style.valueLabel.size, max(11 * ts, slot * 0.8)))
        // Unnormalised bars show their total at the end: keep room for the widest.
        let totalLabels = shownTotals.map { chart.numberStyle.format($0) }
        let totalRoom = chart.normalized ? 0 : (totalLabels.map { measurer.naturalWidth($0, totalStyle) }.max() ?? 0) + 10 * ts
        let x1 = max(x0 + 1, plot.maxX - totalRoom)
        let scale = ValueScale(kind: .linear, values: chart.normalized ? [100] : shownTotals, range: x0...x1)
        let tickLabels = scale.tickLabels(style: chart.numberStyle, suffix: chart.normalized ? "%" : "")
        marks += ValueAxis.marks(
            scale: scale, labels: tickLabels, top: body.y, bottom: body.maxY, title: chart.valueAxisTitle,
            bounds: x0 - gap...plot.maxX, style: style, measurer: measurer)

        let thickness = min(slot * 0.72, 58 * ts)
        let segmentStyle = style.valueLabel.with(size: min(18 * ts, max(10 * ts, thickness * 0.6)))
        let segmentLineHeight = measurer.lineHeight(segmentStyle)
        for (i, row) in chart.rows.enumerated() {
            let centre = body.y + slot * (Double(i) + 0.5)
            let labelBox = TextBox(text: row.label, style: labelStyle, maxWidth: labelColumn, maxLines: labelLines, alignment: .trailing)
            marks.append(.text(labelBox, Point(x: plot.x, y: centre - measurer.measure(labelBox).height / 2)))
            var running = 0.0
            var rowSegments: [Segment] = []
            for (j, value) in shown[i].enumerated() {
                let start = scale.position(running)
                running += value
                let end = scale.position(running)
                let rect = Rect(x: start, y: centre - thickness / 2, width: end - start, height: thickness)
                let color = chart.series[j].color
                var segment = Segment(rect: rect, color: color)
                if value > 0 {
                    let text = chart.normalized
                        ? chart.numberStyle.format(value, maxFractionDigits: 0) + "%"
                        : chart.numberStyle.compact(value)
                    let width = measurer.naturalWidth(text, segmentStyle)
                    if width + 8 * ts <= rect.width && segmentLineHeight <= thickness {
                        var box = TextBox(text: text, style: segmentStyle)
                        box.style.color = color.prefersWhiteText ? .white : Palette.ink
                        segment.label = box
                        segment.labelOrigin = Point(x: rect.midX - width / 2, y: centre - segmentLineHeight / 2)
                    }
                }
                rowSegments.append(segment)
            }
            segments.append(rowSegments)
            for s in rowSegments where s.rect.width > 0 { marks.append(.rect(s.rect, s.color)) }
            // Thin white separators keep adjacent segments of similar colours apart.
            for s in rowSegments.dropFirst() where s.rect.width > 0 {
                marks.append(.line(Point(x: s.rect.x, y: s.rect.y), Point(x: s.rect.x, y: s.rect.maxY), .white, lineWidth: max(1, 1.5 * ts)))
            }
            for s in rowSegments {
                if let box = s.label, let origin = s.labelOrigin { marks.append(.text(box, origin)) }
            }
            if !chart.normalized {
                let box = TextBox(text: totalLabels[i], style: totalStyle)
                let end = scale.position(shownTotals[i])
                marks.append(.text(box, Point(x: end + 8 * ts, y: centre - measurer.lineHeight(totalStyle) / 2)))
            }
        }
    }
}
