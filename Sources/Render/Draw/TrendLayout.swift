/// Where everything of a `TrendChart` goes: value ticks and horizontal gridlines on the left, one slot per
/// period along the bottom (labels thinned to fit, the year under the first label and where it changes),
/// lines joining the dots of each series, broken where a value is missing.
struct TrendLayout {
    struct PeriodLabel: Hashable {
        var period: Int
        var box: TextBox
        var origin: Point
    }

    var frame: ChartFrame
    /// Dot centres per series and period; nil where the value is missing.
    var points: [[Point?]] = []
    var periodLabels: [PeriodLabel] = []
    var scale: ValueScale?
    var marks: [Mark] = []

    init(_ chart: TrendChart, size: Size, style: ChartStyle, measurer: some TextMeasurer) {
        frame = ChartFrame.layout(
            title: chart.title, subtitle: chart.subtitle, legend: chart.series.map { LegendItem($0.name, $0.color) },
            source: chart.source, note: chart.note, size: size, style: style, measurer: measurer)
        marks = frame.marks
        let plot = frame.plot
        let count = chart.periodStarts.count
        func value(_ series: TrendChart.Series, _ i: Int) -> Double? {
            i < series.values.count && series.values[i].isFinite ? series.values[i] : nil
        }
        let values = chart.series.flatMap { s in (0..<count).compactMap { value(s, $0) } }
        guard count > 0, !values.isEmpty else {
            marks += ChartFrame.noData(chart.numberStyle.noDataText, in: plot, style: style, measurer: measurer)
            return
        }
        let ts = style.ts

        // Axis title above the tick column; period labels take two lines (period, year).
        let titleHeight = chart.valueAxisTitle.isEmpty ? 0 : measurer.lineHeight(style.axisTitle) + 18 * ts
        let tickLineHeight = measurer.lineHeight(style.tick)
        let body = Rect(x: plot.x, y: plot.y + titleHeight, width: plot.width,
                        height: max(1, plot.height - titleHeight - 2 * tickLineHeight - 12 * ts))
        if !chart.valueAxisTitle.isEmpty {
            let box = TextBox(text: chart.valueAxisTitle, style: style.axisTitle, maxWidth: plot.width, maxLines: 1)
            marks.append(.text(box, Point(x: plot.x, y: plot.y)))
        }

        // Value axis: ticks read from the bottom up, labels right-aligned in a column left of the plot.
        let valueScale = ValueScale(kind: .linear, values: values, range: body.y...body.maxY)
        scale = valueScale
        func y(_ v: Double) -> Double { body.maxY + body.y - valueScale.position(v) }
        let tickLabels = valueScale.tickLabels(style: chart.numberStyle)
        let tickColumn = (tickLabels.map { measurer.naturalWidth($0, style.tick) }.max() ?? 0)
        let x0 = plot.x + tickColumn + 12 * ts
        let x1 = plot.maxX
        for (tick, label) in zip(valueScale.ticks, tickLabels) {
            let ty = y(tick)
            marks.append(.line(Point(x: x0, y: ty), Point(x: x1, y: ty), tick == 0 ? Palette.axis : Palette.grid,
                               lineWidth: tick == 0 ? style.gridWidth * 1.5 : style.gridWidth))
            let box = TextBox(text: label, style: style.tick, maxWidth: tickColumn, maxLines: 1, alignment: .trailing)
            marks.append(.text(box, Point(x: plot.x, y: ty - tickLineHeight / 2)))
        }

        // One slot per period; a label under every k-th slot so that labels never touch.
        let slot = (x1 - x0) / Double(count)
        func x(_ i: Int) -> Double { x0 + slot * (Double(i) + 0.5) }
        let names = chart.monthNames.count == 12 ? chart.monthNames : Timeline.englishMonths
        func periodText(_ day: CalendarDay) -> String {
            switch chart.period {
            case .month: names[day.month - 1]
            case .week: "\(day.day) \(names[day.month - 1])"
            }
        }
        let widest = chart.periodStarts.map { measurer.naturalWidth(periodText($0), style.tick) }.max() ?? 0
        let labelWidth = max(widest, measurer.naturalWidth("0000", style.tick)) + 4 * ts
        // Label steps a reader counts in: months by 1, 2, 3, 6, 12…, aligned to January; weeks by 1, 2, 4, 13….
        let needed = max(1, Int(((labelWidth + 10 * ts) / max(1, slot)).rounded(.up)))
        let steps = chart.period == .month ? [1, 2, 3, 6, 12, 24, 60, 120] : [1, 2, 4, 8, 13, 26, 52, 104]
        let every = steps.first { $0 >= needed } ?? needed
        let labelled: [Int] = (0..<count).filter { i in
            guard chart.period == .month else { return i % every == 0 }
            let day = chart.periodStarts[i]
            let index = day.year * 12 + day.month - 1
            return index % every == 0
        }
        var previousYear: Int?
        for i in labelled {
            let day = chart.periodStarts[i]
            var text = periodText(day)
            if chart.period == .month && every >= 12 {
                text = "\(day.year)"          // every label is a January: the year says it all
            } else if previousYear != day.year {
                text += "\n\(day.year)"
            }
            previousYear = day.year
            let box = TextBox(text: text, style: style.tick, maxWidth: labelWidth, maxLines: 0, alignment: .center)
            let origin = Point(x: min(max(x(i) - labelWidth / 2, plot.x), plot.maxX - labelWidth), y: body.maxY + 8 * ts)
            periodLabels.append(PeriodLabel(period: i, box: box, origin: origin))
            marks.append(.line(Point(x: x(i), y: body.maxY), Point(x: x(i), y: body.maxY + 5 * ts), Palette.axis, lineWidth: style.gridWidth))
            marks.append(.text(box, origin))
        }

        // Lines first, then dots on top, series in order.
        let radius = max(2 * ts, min(6 * ts, slot * 0.3))
        let lineWidth = max(1.5, min(3.5 * ts, slot * 0.15))
        points = chart.series.map { s in (0..<count).map { i in value(s, i).map { Point(x: x(i), y: y($0)) } } }
        for (s, series) in chart.series.enumerated() {
            for i in 1..<max(1, count) {
                if let a = points[s][i - 1], let b = points[s][i] {
                    marks.append(.line(a, b, series.color, lineWidth: lineWidth))
                }
            }
        }
        // With many periods dots would merge into a bead string: only lines then, plus dots for values
        // that have no neighbour to join (they would be invisible otherwise).
        let dotsEverywhere = slot >= 28 * ts
        for (s, series) in chart.series.enumerated() {
            for (i, point) in points[s].enumerated() {
                guard let p = point else { continue }
                let joined = (i > 0 && points[s][i - 1] != nil) || (i + 1 < count && points[s][i + 1] != nil)
                if dotsEverywhere || !joined {
                    marks.append(.dot(p, radius: radius, series.color, outline: .white))
                }
            }
        }
    }
}
