/// Where everything of a `BarChart` goes, decided without drawing.
struct BarChartLayout {
    /// One placed bar.
    struct PlacedBar: Hashable {
        var bar: Rect
        var label: TextBox
        var labelOrigin: Point
        var valueLabel: TextBox
        var valueOrigin: Point
        /// The value label sits inside the bar end (white or dark text) because there is no room outside.
        var valueInside: Bool
        var note: TextBox?
        var noteOrigin: Point?
        /// The light, outlined part of a vague bar: `low…high` of a range, or the whole bar when approximate.
        var vague: Rect? = nil
        /// Where the stated value sits inside a range, as a short vertical line's x.
        var valueTick: Double? = nil
    }

    var frame: ChartFrame
    var bars: [PlacedBar] = []
    var labelColumnWidth: Double = 0
    var labelLines: Int = 1
    var labelFontSize: Double = 0
    var scale: ValueScale?
    var marks: [Mark] = []

    init(_ chart: BarChart, size: Size, style: ChartStyle, measurer: some TextMeasurer) {
        frame = ChartFrame.layout(
            title: chart.title, subtitle: chart.subtitle, legend: chart.legend, source: chart.source, note: chart.note,
            size: size, style: style, measurer: measurer)
        marks = frame.marks
        let plot = frame.plot
        guard !chart.bars.isEmpty else {
            marks += ChartFrame.noData(chart.numberStyle.noDataText, in: plot, style: style, measurer: measurer)
            return
        }
        let ts = style.ts
        let axisHeight = ValueAxis.height(title: chart.valueAxisTitle, style: style, measurer: measurer)
        let body = Rect(x: plot.x, y: plot.y, width: plot.width, height: max(1, plot.height - axisHeight))
        let slot = body.height / Double(chart.bars.count)

        // Category labels: shrink the font for many bars, two lines when the slot allows, at most 30 % of the width.
        labelFontSize = TextFit.fontSize(preferred: style.label.size, minimum: 12 * ts, rowHeight: slot * 0.92)
        let labelStyle = style.label.with(size: labelFontSize)
        let lineHeight = measurer.lineHeight(labelStyle)
        labelLines = TextFit.maxLines(rowHeight: slot * 0.95, lineHeight: lineHeight)
        labelColumnWidth = TextFit.columnWidth(
            for: chart.bars.map(\.label), style: labelStyle, limit: plot.width * 0.3, measurer: measurer)
        let gap = 14 * ts
        let x0 = plot.x + labelColumnWidth + gap
        let x1 = plot.maxX

        // Value labels (bold) and notes (small grey) at the bar ends.
        let valueStyle = style.valueLabel.with(size: min(style.valueLabel.size, max(11 * ts, slot * 0.8)))
        let noteStyle = style.note.with(size: min(style.note.size, max(10 * ts, slot * 0.7)))
        let valueWidths = chart.bars.map { measurer.naturalWidth($0.shownValueLabel, valueStyle) }
        let noteWidths = chart.bars.map { bar in bar.note.map { measurer.naturalWidth($0, noteStyle) + 6 * ts } ?? 0 }
        let outsideGap = 8 * ts

        // A range reaches to its high end; the scale must hold both ends.
        func reach(_ bar: BarChart.Bar) -> Double {
            guard let range = bar.range, bar.value >= 0 else { return bar.value }
            return max(bar.value, range.upperBound)
        }
        // Shrink the value range so the longest bars keep room for their labels outside: on the right for
        // positive bars, on the left (clear of the category labels) for negative ones; down to 65 % in all.
        let values = chart.bars.flatMap { bar in [bar.value, reach(bar)] + (bar.range.map { [$0.lowerBound] } ?? []) }
        let full = x1 - x0
        let unit = ValueScale(kind: chart.scale, values: values, range: 0...1)
        let reserve = Self.reservedMargins(
            fractions: chart.bars.map { unit.position(reach($0)) }, baseline: unit.baseline,
            labelWidths: chart.bars.indices.map { outsideGap + valueWidths[$0] + noteWidths[$0] },
            full: full, maxShrink: 0.35)
        let valueScale = ValueScale(kind: chart.scale, values: values, range: x0 + reserve.left...x1 - reserve.right)
        scale = valueScale

        marks += ValueAxis.marks(
            scale: valueScale,
            labels: valueScale.tickLabels(style: chart.numberStyle, prefix: chart.tickPrefix, suffix: chart.tickSuffix),
            top: body.y, bottom: body.maxY, title: chart.valueAxisTitle,
            bounds: x0 - gap...plot.maxX, style: style, measurer: measurer)

        let thickness = min(slot * 0.72, 58 * ts)
        for (i, bar) in chart.bars.enumerated() {
            let centre = body.y + slot * (Double(i) + 0.5)
            let start = valueScale.baseline
            let end = valueScale.position(reach(bar))
            var rect = Rect(x: min(start, end), y: centre - thickness / 2, width: abs(end - start), height: thickness)
            var vague: Rect?
            var valueTick: Double?
            if let range = bar.range, bar.value >= 0 {
                // Solid up to what is certain, light from there to the upper bound.
                let low = valueScale.position(max(0, range.lowerBound))
                vague = Rect(x: low, y: rect.y, width: max(0, end - low), height: thickness)
                rect.width = max(0, low - rect.x)
                let v = valueScale.position(bar.value)
                if bar.value > range.lowerBound && bar.value < range.upperBound { valueTick = v }
            } else if bar.isApproximate {
                vague = rect
                rect.width = 0
            }

            let labelBox = TextBox(
                text: bar.label, style: labelStyle, maxWidth: labelColumnWidth, maxLines: labelLines, alignment: .trailing)
            let labelHeight = measurer.measure(labelBox).height
            let labelOrigin = Point(x: plot.x, y: centre - labelHeight / 2)

            let valueBox = TextBox(text: bar.shownValueLabel, style: valueStyle)
            let valueHeight = measurer.lineHeight(valueStyle)
            let totalLabelWidth = valueWidths[i] + noteWidths[i]
            let pointsLeft = end < start
            let fitsOutside = pointsLeft
                ? end - outsideGap - totalLabelWidth >= x0
                : end + outsideGap + totalLabelWidth <= plot.maxX
            let fitsInside = vague == nil && rect.width >= valueWidths[i] + 2 * outsideGap
            let inside = !fitsOutside && fitsInside
            // Left of a negative bar the value sits next to the bar end and the note further out,
            // so reading outward from the bar always meets the value first.
            var valueX: Double
            if inside {
                valueX = pointsLeft ? end + outsideGap : end - outsideGap - valueWidths[i]
            } else {
                valueX = pointsLeft ? end - outsideGap - valueWidths[i] : end + outsideGap
            }
            valueX = pointsLeft ? max(valueX, x0 + noteWidths[i]) : min(valueX, plot.maxX - totalLabelWidth)
            var valueBoxStyled = valueBox
            if inside { valueBoxStyled.style.color = bar.color.prefersWhiteText ? .white : Palette.ink }
            let valueOrigin = Point(x: valueX, y: centre - valueHeight / 2)

            var noteBox: TextBox?
            var noteOrigin: Point?
            if let note = bar.note, !note.isEmpty {
                let box = TextBox(text: note, style: noteStyle)
                let noteHeight = measurer.lineHeight(noteStyle)
                let noteWidth = noteWidths[i] - 6 * ts
                let x: Double = switch (pointsLeft, inside) {
                case (false, true): end + outsideGap
                case (false, false): min(valueX + valueWidths[i] + 6 * ts, plot.maxX - noteWidth)
                case (true, true): max(x0, end - outsideGap - noteWidth)
                case (true, false): max(x0, valueX - 6 * ts - noteWidth)
                }
                noteBox = box
                // Align baselines roughly: centre the smaller text on the value label's centre line.
                noteOrigin = Point(x: x, y: centre - noteHeight / 2 + 1 * ts)
            }
            bars.append(PlacedBar(
                bar: rect, label: labelBox, labelOrigin: labelOrigin, valueLabel: valueBoxStyled,
                valueOrigin: valueOrigin, valueInside: inside, note: noteBox, noteOrigin: noteOrigin,
                vague: vague, valueTick: valueTick))
        }
        for (placed, bar) in zip(bars, chart.bars) {
            if placed.bar.width > 0 { marks.append(.rect(placed.bar, bar.color)) }
            if let vague = placed.vague, vague.width > 0 {
                marks.append(.rect(vague, bar.color.mixed(with: .white, 0.65)))
                marks.append(.frame(vague.insetBy(style.gridWidth / 2), bar.color, lineWidth: style.gridWidth))
            }
            if let x = placed.valueTick {
                marks.append(.line(Point(x: x, y: placed.bar.y - 3 * ts), Point(x: x, y: placed.bar.maxY + 3 * ts), bar.color, lineWidth: 3 * ts))
            }
            marks.append(.text(placed.label, placed.labelOrigin))
            marks.append(.text(placed.valueLabel, placed.valueOrigin))
            if let note = placed.note, let origin = placed.noteOrigin { marks.append(.text(note, origin)) }
        }
    }

    /// Pixels to keep free left and right of the value range so every bar's outside label fits:
    /// `fractions` are the bar ends and `baseline` the zero line as fractions of the range (they do not
    /// depend on its pixel size), `labelWidths` the gap + value + note widths, `full` the plot width.
    /// Solved by fixed-point iteration: each side's margin only grows, and the sum stays ≤ `maxShrink` × full.
    static func reservedMargins(
        fractions: [Double], baseline: Double, labelWidths: [Double], full: Double, maxShrink: Double
    ) -> (left: Double, right: Double) {
        var left = 0.0, right = 0.0
        for _ in 0..<12 {
            var newLeft = left, newRight = right
            for (t, width) in zip(fractions, labelWidths) {
                if t < baseline - 1e-9, t < 1 - 1e-9 {
                    // left + t·(full − left − right) ≥ width
                    newLeft = max(newLeft, (width - t * (full - right)) / (1 - t))
                } else if t > baseline + 1e-9, t > 1e-9 {
                    // left + t·(full − left − right) + width ≤ full: the label may use the reserved margin.
                    newRight = max(newRight, full - left - (full - left - width) / t)
                }
            }
            let total = newLeft + newRight
            if total > maxShrink * full {
                let k = maxShrink * full / total
                newLeft *= k
                newRight *= k
            }
            if abs(newLeft - left) < 0.01 && abs(newRight - right) < 0.01 { return (newLeft, newRight) }
            left = newLeft
            right = newRight
        }
        return (left, right)
    }
}
