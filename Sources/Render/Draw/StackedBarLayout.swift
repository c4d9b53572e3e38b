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
            title: chart.title, subtitle: chart.subtitle, legend: chart.series, source: chart.source, note: chart.note,
            size: size, style: style, measurer: measurer)
        marks = frame.marks
        let plot = frame.plot
        guard !chart.rows.isEmpty, !chart.series.isEmpty else {
            marks += ChartFrame.noData(chart.numberStyle.noDataText, in: plot, style: style, measurer: measurer)
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
        // Row totals keep a share's weight visible: "27 vs 7" next to a bar that looks like one of "1 vs 0".
        let totalLabels: [String?] = chart.rows.enumerated().map { i, row in
            if let label = row.totalLabel { return label }
            return !chart.normalized || chart.showsTotals ? chart.numberStyle.format(totals[i]) : nil
        }
        let totalsHeading = chart.totalsTitle.flatMap { $0.isEmpty ? nil : $0 }
        let headingStyle = style.tick.with(size: style.tick.size).with(color: Palette.secondaryInk)
        let headingHeight = totalsHeading == nil ? 0 : measurer.lineHeight(headingStyle) + 6 * ts
        let body = Rect(x: plot.x, y: plot.y + headingHeight, width: plot.width, height: max(1, plot.height - axisHeight - headingHeight))
        let slot = body.height / Double(chart.rows.count)
        let labelStyle = style.label.with(size: TextFit.fontSize(preferred: style.label.size, minimum: 12 * ts, rowHeight: slot * 0.92))
        let labelLines = TextFit.maxLines(rowHeight: slot * 0.95, lineHeight: measurer.lineHeight(labelStyle))
        let labelColumn = TextFit.columnWidth(
            for: chart.rows.map(\.label), style: labelStyle, limit: plot.width * 0.3, measurer: measurer)
        let gap = 14 * ts
        let x0 = plot.x + labelColumn + gap
        let totalStyle = style.valueLabel.with(size: min(style.valueLabel.size, max(11 * ts, slot * 0.8)))
        // Totals sit at the bar ends (unnormalised) or in a column right of the 100 % bars: keep room for the widest.
        let widestTotal = totalLabels.compactMap { $0 }.map { measurer.naturalWidth($0, totalStyle) }.max()
        let headingWidth = totalsHeading.map { measurer.naturalWidth($0, headingStyle) } ?? 0
        let totalRoom = widestTotal.map { max($0, chart.normalized ? min(headingWidth, plot.width * 0.25) : 0) + 14 * ts } ?? 0
        let x1 = max(x0 + 1, plot.maxX - totalRoom)
        if let totalsHeading, widestTotal != nil {
            let width = plot.maxX - x1 - 10 * ts
            let box = TextBox(text: totalsHeading, style: headingStyle, maxWidth: chart.normalized ? max(1, width) : plot.width * 0.4,
                              maxLines: 1, alignment: chart.normalized ? .leading : .trailing)
            let x = chart.normalized ? x1 + 10 * ts : plot.maxX - plot.width * 0.4
            marks.append(.text(box, Point(x: x, y: plot.y)))
        }
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
            var rowLabelStyle = labelStyle
            if row.isPooled {
                rowLabelStyle.italic = true
                rowLabelStyle.color = Palette.secondaryInk
                // A rule sets the pooled rows apart from the single items above them.
                if i > 0 && !chart.rows[i - 1].isPooled {
                    let y = body.y + slot * Double(i)
                    marks.append(.line(Point(x: plot.x, y: y), Point(x: plot.maxX, y: y), Palette.axis, lineWidth: style.gridWidth))
                }
            }
            let labelBox = TextBox(text: row.label, style: rowLabelStyle, maxWidth: labelColumn, maxLines: labelLines, alignment: .trailing)
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
            if let total = totalLabels[i] {
                let box = TextBox(text: total, style: totalStyle)
                let x = chart.normalized ? x1 + 10 * ts : scale.position(shownTotals[i]) + 8 * ts
                marks.append(.text(box, Point(x: x, y: centre - measurer.lineHeight(totalStyle) / 2)))
            }
        }
    }
}
