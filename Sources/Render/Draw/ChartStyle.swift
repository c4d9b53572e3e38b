/// Sizes and colours shared by all charts, for a chart drawn at type scale `ts`
/// (1 = a 1600×1000 picture: 34 px bold title, 20 px labels).
struct ChartStyle: Sendable {
    var ts: Double
    /// Space around the chart; nil → 40 × ts (a picture needs more air than a chart inside a page's text column).
    var paddingOverride: Double? = nil

    var padding: Double { paddingOverride ?? 40 * ts }
    var title: TextStyle { TextStyle(size: 34 * ts, bold: true) }
    var subtitle: TextStyle { TextStyle(size: 22 * ts, color: Palette.secondaryInk) }
    var legend: TextStyle { TextStyle(size: 20 * ts) }
    var axisTitle: TextStyle { TextStyle(size: 20 * ts, color: Palette.secondaryInk) }
    var tick: TextStyle { TextStyle(size: 18 * ts, color: Palette.secondaryInk) }
    var label: TextStyle { TextStyle(size: 21 * ts) }
    var valueLabel: TextStyle { TextStyle(size: 20 * ts, bold: true) }
    var note: TextStyle { TextStyle(size: 17 * ts, color: Palette.faintInk) }
    var source: TextStyle { TextStyle(size: 17 * ts, color: Palette.faintInk) }
    var noData: TextStyle { TextStyle(size: 28 * ts, color: Palette.faintInk) }
    var gridWidth: Double { max(1, 1.5 * ts) }

    /// Type scale for a picture of `size`: 1 at 1600×1000, growing and shrinking gently with the area.
    static func forCanvas(_ size: Size) -> ChartStyle {
        let ratio = (size.width * size.height / (1600 * 1000)).squareRoot()
        return ChartStyle(ts: min(max(ratio, 0.5), 2))
    }
}

/// Title, subtitle, legend and source line around a chart; what is left is `plot`.
struct ChartFrame {
    var marks: [Mark]
    var plot: Rect

    static func layout(
        title: String, subtitle: String?, legend: [LegendItem], source: String, note: String? = nil,
        size: Size, style: ChartStyle, measurer: some TextMeasurer
    ) -> ChartFrame {
        let p = style.padding
        let width = max(1, size.width - 2 * p)
        var marks: [Mark] = []
        var y = p * 0.8

        let titleBox = TextBox(text: title, style: style.title, maxWidth: width, maxLines: 2)
        marks.append(.text(titleBox, Point(x: p, y: y)))
        y += measurer.measure(titleBox).height + 4 * style.ts

        if let subtitle, !subtitle.isEmpty {
            let box = TextBox(text: subtitle, style: style.subtitle, maxWidth: width, maxLines: 2)
            marks.append(.text(box, Point(x: p, y: y)))
            y += measurer.measure(box).height
        }

        if !legend.isEmpty {
            y += 14 * style.ts
            let (legendMarks, height) = legendRows(legend, origin: Point(x: p, y: y), width: width, style: style, measurer: measurer)
            marks += legendMarks
            y += height
        }
        y += 26 * style.ts

        let sourceBox = TextBox(text: source, style: style.source, maxWidth: width, maxLines: 2)
        let sourceHeight = source.isEmpty ? 0 : measurer.measure(sourceBox).height
        let sourceTop = size.height - p * 0.6 - sourceHeight
        if !source.isEmpty { marks.append(.text(sourceBox, Point(x: p, y: sourceTop))) }

        // A note ("Top 10 of 39", "5 undated articles not shown") sits just above the source line.
        var bottom = sourceTop
        if let note, !note.isEmpty {
            let noteStyle = style.source.with(color: Palette.secondaryInk)
            let box = TextBox(text: note, style: noteStyle, maxWidth: width, maxLines: 2)
            let height = measurer.measure(box).height
            bottom -= height + 4 * style.ts
            marks.append(.text(box, Point(x: p, y: bottom)))
        }

        let plot = Rect(x: p, y: y, width: width, height: max(1, bottom - 18 * style.ts - y))
        return ChartFrame(marks: marks, plot: plot)
    }

    /// Swatch + label pairs left to right, wrapping onto new rows; returns marks and total height.
    static func legendRows(
        _ items: [LegendItem], origin: Point, width: Double, style: ChartStyle, measurer: some TextMeasurer
    ) -> ([Mark], Double) {
        let swatch = 18 * style.ts
        let gap = 8 * style.ts
        let spacing = 30 * style.ts
        let rowHeight = max(swatch, measurer.lineHeight(style.legend)) + 6 * style.ts
        var marks: [Mark] = []
        var x = origin.x
        var y = origin.y
        for item in items {
            let maxLabel = max(40 * style.ts, width - swatch - gap)
            let box = TextBox(text: item.label, style: style.legend, maxWidth: maxLabel, maxLines: 1)
            let labelWidth = measurer.measure(box).width
            let itemWidth = swatch + gap + labelWidth
            if x > origin.x && x + itemWidth > origin.x + width {
                x = origin.x
                y += rowHeight
            }
            let lineHeight = measurer.lineHeight(style.legend)
            marks.append(.rect(Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch), item.color))
            marks.append(.text(box, Point(x: x + swatch + gap, y: y)))
            x += itemWidth + spacing
        }
        return (marks, y - origin.y + rowHeight)
    }

    /// A centred message ("No data", "Tidak ada data") for charts with nothing to show.
    static func noData(_ text: String, in plot: Rect, style: ChartStyle, measurer: some TextMeasurer) -> [Mark] {
        let box = TextBox(text: text, style: style.noData, maxWidth: plot.width, maxLines: 1, alignment: .center)
        let h = measurer.measure(box).height
        return [
            .frame(plot.insetBy(style.ts), Palette.grid, lineWidth: style.gridWidth),
            .text(box, Point(x: plot.x, y: plot.midY - h / 2)),
        ]
    }
}
