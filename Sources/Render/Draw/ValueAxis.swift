/// A horizontal value axis under a plot: vertical gridlines, tick labels, axis title.
enum ValueAxis {
    /// Height the axis needs under the plot body.
    static func height(title: String, style: ChartStyle, measurer: some TextMeasurer) -> Double {
        let ticks = measurer.lineHeight(style.tick) + 10 * style.ts
        let title = title.isEmpty ? 0 : measurer.lineHeight(style.axisTitle) + 8 * style.ts
        return ticks + title
    }

    /// Gridlines from `top` to `bottom` at each tick, labels under `bottom`, title under the labels.
    /// Labels are kept inside `bounds` horizontally; labels that would collide are thinned out.
    static func marks(
        scale: ValueScale, labels: [String], top: Double, bottom: Double, title: String,
        bounds: ClosedRange<Double>, style: ChartStyle, measurer: some TextMeasurer
    ) -> [Mark] {
        var marks: [Mark] = []
        let baseline = scale.kind == .linear ? scale.position(0) : scale.range.lowerBound
        for tick in scale.ticks {
            let x = scale.position(tick)
            marks.append(.line(Point(x: x, y: top), Point(x: x, y: bottom), Palette.grid, lineWidth: style.gridWidth))
        }
        marks.append(.line(Point(x: baseline, y: top), Point(x: baseline, y: bottom), Palette.axis, lineWidth: style.gridWidth * 1.5))

        // Place labels centred under their tick, clamped to the bounds, skipping ones that would touch the previous.
        let labelY = bottom + 6 * style.ts
        var lastRight = -Double.infinity
        let minGap = 12 * style.ts
        let widths = labels.map { measurer.naturalWidth($0, style.tick) }
        let widest = widths.max() ?? 0
        let spacing = scale.ticks.count > 1 ? abs(scale.position(scale.ticks[1]) - scale.position(scale.ticks[0])) : .infinity
        let every = spacing >= widest + minGap ? 1 : Int(((widest + minGap) / max(1, spacing)).rounded(.up))
        for (i, (tick, label)) in zip(scale.ticks, labels).enumerated() where i % every == 0 {
            let w = widths[i]
            var x = scale.position(tick) - w / 2
            x = min(max(x, bounds.lowerBound), bounds.upperBound - w)
            guard x >= lastRight + minGap / 2 else { continue }
            marks.append(.text(TextBox(text: label, style: style.tick), Point(x: x, y: labelY)))
            lastRight = x + w
        }
        if !title.isEmpty {
            let titleY = labelY + measurer.lineHeight(style.tick) + 8 * style.ts
            let width = scale.range.upperBound - scale.range.lowerBound
            let box = TextBox(text: title, style: style.axisTitle, maxWidth: max(width, 1), maxLines: 1, alignment: .center)
            marks.append(.text(box, Point(x: scale.range.lowerBound, y: titleY)))
        }
        return marks
    }
}
