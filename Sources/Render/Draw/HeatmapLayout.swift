import Foundation

/// Where everything of a `Heatmap` goes: row labels left, column labels under the grid, colour legend right.
struct HeatmapLayout {
    /// How column labels are written.
    enum ColumnLabelMode: Hashable {
        case horizontal, diagonal, vertical
    }

    var frame: ChartFrame
    var grid: Rect = Rect(x: 0, y: 0, width: 0, height: 0)
    var columnLabelMode: ColumnLabelMode = .horizontal
    /// Cells whose number is drawn inside, as (row, column).
    var labelledCells: Set<[Int]> = []
    var marks: [Mark] = []

    init(_ chart: Heatmap, size: Size, style: ChartStyle, measurer: some TextMeasurer) {
        frame = ChartFrame.layout(
            title: chart.title, subtitle: chart.subtitle, legend: [], source: chart.source, note: chart.note,
            size: size, style: style, measurer: measurer)
        marks = frame.marks
        let plot = frame.plot
        let rows = chart.rowLabels.count
        let columns = chart.columnLabels.count
        guard rows > 0, columns > 0 else {
            marks += ChartFrame.noData(chart.numberStyle.noDataText, in: plot, style: style, measurer: measurer)
            return
        }
        let ts = style.ts
        func value(_ r: Int, _ c: Int) -> Double {
            guard r < chart.values.count, c < chart.values[r].count, chart.values[r][c].isFinite else { return 0 }
            return chart.values[r][c]
        }
        let maximum = (0..<rows).flatMap { r in (0..<columns).map { value(r, $0) } }.max() ?? 0

        // Colour legend column on the right.
        let legendWidth = 150 * ts
        let gap = 14 * ts
        let gridRight = plot.maxX - legendWidth - 2 * gap

        // Row labels.
        let rowSlot = plot.height / Double(rows)
        let rowStyle = style.label.with(size: TextFit.fontSize(preferred: 19 * ts, minimum: 11 * ts, rowHeight: rowSlot * 0.9))
        let rowLines = TextFit.maxLines(rowHeight: rowSlot * 0.9, lineHeight: measurer.lineHeight(rowStyle))
        let rowColumn = TextFit.columnWidth(for: chart.rowLabels, style: rowStyle, limit: plot.width * 0.25, measurer: measurer)
        let gridLeft = plot.x + rowColumn + gap
        let cellWidth = min((gridRight - gridLeft) / Double(columns), 180 * ts)

        // Column labels: horizontal if they all fit on one line, or wrapped in up to three lines under wide
        // columns; else diagonal, else vertical with a smaller font.
        var columnStyle = style.tick.with(color: Palette.ink)
        var lineHeight = measurer.lineHeight(columnStyle)
        let naturalWidths = chart.columnLabels.map { measurer.naturalWidth($0, columnStyle) }
        let limitLength = min(280 * ts, plot.height * 0.3)
        let horizontalLines = (naturalWidths.max() ?? 0) <= cellWidth - 8 * ts ? 1 : 3
        if horizontalLines == 1 || cellWidth >= 110 * ts {
            columnLabelMode = .horizontal
        } else if cellWidth * 0.707 >= lineHeight * 1.1 {
            columnLabelMode = .diagonal
        } else {
            columnLabelMode = .vertical
            columnStyle = columnStyle.with(size: max(9 * ts, min(columnStyle.size, cellWidth * 0.85 / 1.2)))
            lineHeight = measurer.lineHeight(columnStyle)
        }
        let labelLength = min(limitLength, chart.columnLabels.map { measurer.naturalWidth($0, columnStyle) }.max() ?? 0)
        let columnLabelHeight: Double = switch columnLabelMode {
        case .horizontal:
            chart.columnLabels.map {
                measurer.measure(Self.columnBox($0, style: columnStyle, width: cellWidth - 8 * ts, lines: horizontalLines)).height
            }.max() ?? lineHeight
        case .diagonal: (labelLength + lineHeight) * 0.707
        case .vertical: labelLength
        }
        let gridHeightAvailable = plot.height - columnLabelHeight - 10 * ts
        let cellHeight = min(gridHeightAvailable / Double(rows), 90 * ts)
        grid = Rect(x: gridLeft, y: plot.y, width: cellWidth * Double(columns), height: cellHeight * Double(rows))

        // Cells over a light background, so empty (white) cells still show the grid.
        marks.append(.rect(grid, RGB(hex: 0xE6E6E6)))
        let numberStyle = style.tick.with(size: min(20 * ts, max(9 * ts, cellHeight * 0.45)))
        let numberHeight = measurer.lineHeight(numberStyle)
        let inset = max(0.5, 1 * ts)
        for r in 0..<rows {
            for c in 0..<columns {
                let v = value(r, c)
                let cell = Rect(x: gridLeft + Double(c) * cellWidth, y: plot.y + Double(r) * cellHeight, width: cellWidth, height: cellHeight)
                let color = v > 0 && maximum > 0 ? Palette.sequential(0.08 + 0.92 * v / maximum) : .white
                marks.append(.rect(cell.insetBy(inset), color))
                guard v != 0 else { continue }
                let text = chart.numberStyle.compact(v)
                let width = measurer.naturalWidth(text, numberStyle)
                guard width <= cellWidth - 6 * ts, numberHeight <= cellHeight - 2 * ts else { continue }
                var box = TextBox(text: text, style: numberStyle)
                box.style.color = color.prefersWhiteText ? .white : Palette.ink
                marks.append(.text(box, Point(x: cell.midX - width / 2, y: cell.midY - numberHeight / 2)))
                labelledCells.insert([r, c])
            }
        }

        // Row labels, right-aligned against the grid.
        let rowLabelStyle = rowStyle
        for (r, label) in chart.rowLabels.enumerated() {
            let box = TextBox(text: label, style: rowLabelStyle, maxWidth: rowColumn, maxLines: rowLines, alignment: .trailing)
            let h = measurer.measure(box).height
            marks.append(.text(box, Point(x: plot.x, y: plot.y + (Double(r) + 0.5) * cellHeight - h / 2)))
        }

        // Column labels under the grid.
        let top = grid.maxY + 8 * ts
        for (c, label) in chart.columnLabels.enumerated() {
            let centre = gridLeft + (Double(c) + 0.5) * cellWidth
            switch columnLabelMode {
            case .horizontal:
                let box = Self.columnBox(label, style: columnStyle, width: cellWidth - 8 * ts, lines: horizontalLines)
                marks.append(.text(box, Point(x: centre - cellWidth / 2 + 4 * ts, y: top)))
            case .diagonal:
                // Text ends at the column centre and runs down-left at 45°.
                let room = min(labelLength, (centre - 4 * ts) / 0.707 - lineHeight)
                let box = TextBox(text: label, style: columnStyle, maxWidth: max(10, room), maxLines: 1)
                let w = measurer.measure(box).width
                let angle = -Double.pi / 4
                let origin = Point(
                    x: centre - w * cos(angle) + lineHeight / 2 * sin(angle),
                    y: top - w * sin(angle) - lineHeight / 2 * cos(angle))
                marks.append(.text(box, origin, rotation: angle))
            case .vertical:
                let box = TextBox(text: label, style: columnStyle, maxWidth: max(10, labelLength), maxLines: 1)
                let w = measurer.measure(box).width
                marks.append(.text(box, Point(x: centre - lineHeight / 2, y: top + w), rotation: -Double.pi / 2))
            }
        }

        marks += colorLegend(
            title: chart.colorLegendTitle, maximum: maximum, style: style, numberStyle: chart.numberStyle,
            origin: Point(x: min(plot.maxX - legendWidth, grid.maxX + 3 * gap), y: plot.y), width: legendWidth,
            height: min(grid.height, 360 * ts), measurer: measurer)
    }

    /// A vertical colour ramp from 0 (bottom) to `maximum` (top) with tick labels and a title.
    private func colorLegend(
        title: String, maximum: Double, style: ChartStyle, numberStyle: NumberStyle, origin: Point,
        width: Double, height: Double, measurer: some TextMeasurer
    ) -> [Mark] {
        let ts = style.ts
        var marks: [Mark] = []
        let titleBox = TextBox(text: title, style: style.axisTitle, maxWidth: width, maxLines: 2)
        marks.append(.text(titleBox, origin))
        let titleHeight = title.isEmpty ? 0 : measurer.measure(titleBox).height + 10 * ts
        let rampTop = origin.y + titleHeight + 6 * ts
        let rampHeight = max(60 * ts, height - titleHeight - 12 * ts)
        let rampWidth = 24 * ts
        let steps = 64
        for i in 0..<steps {
            let t = Double(i) / Double(steps - 1)
            let y = rampTop + rampHeight * (1 - Double(i + 1) / Double(steps))
            let color = i == 0 ? RGB.white : Palette.sequential(0.08 + 0.92 * t)
            marks.append(.rect(Rect(x: origin.x, y: y, width: rampWidth, height: rampHeight / Double(steps) + 0.5), color))
        }
        marks.append(.frame(Rect(x: origin.x, y: rampTop, width: rampWidth, height: rampHeight), Palette.axis, lineWidth: max(1, ts)))
        let top = max(maximum, 1)
        // Nice ticks up to the maximum, plus the maximum itself; drop nice ticks too close to it.
        let tickHeight = measurer.lineHeight(style.tick)
        let pixelsPerUnit = rampHeight / top
        var ticks = Ticks.nice(0, top, target: 4).filter {
            $0 < top - 1e-9 && (top - $0) * pixelsPerUnit >= tickHeight * 1.1
        }
        ticks.append(top)
        for tick in ticks {
            let y = rampTop + rampHeight * (1 - tick / top)
            marks.append(.line(Point(x: origin.x + rampWidth, y: y), Point(x: origin.x + rampWidth + 6 * ts, y: y), Palette.axis, lineWidth: max(1, ts)))
            let box = TextBox(text: numberStyle.compact(tick), style: style.tick)
            marks.append(.text(box, Point(x: origin.x + rampWidth + 10 * ts, y: y - tickHeight / 2)))
        }
        return marks
    }

    /// A horizontal column label: titles wrap over `lines`; a single word (a file id like "001_cc8fbd53423904ef")
    /// stays on one line, cut in the middle, so ids never break into pieces.
    static func columnBox(_ label: String, style: TextStyle, width: Double, lines: Int) -> TextBox {
        var box = TextBox(text: label, style: style, maxWidth: width, maxLines: lines, alignment: .center)
        if !label.contains(" ") { box.ellipsis = .middle }
        return box
    }
}
