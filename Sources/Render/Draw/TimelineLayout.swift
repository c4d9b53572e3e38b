/// Where everything of a `Timeline` goes: lanes top to bottom, a day axis at the bottom,
/// event labels placed above their dots (stacked) or beside them, skipped when no place is free.
struct TimelineLayout {
    struct PlacedLabel: Hashable {
        var box: TextBox
        var rect: Rect
        var event: Int
        /// The line from the label down to its dot, as a thin box (nil when the label sits by the dot).
        var leader: Rect? = nil
    }

    var frame: ChartFrame
    var labels: [PlacedLabel] = []
    /// Events whose label found no free place.
    var hiddenLabels: [Int] = []
    var marks: [Mark] = []

    init(_ chart: Timeline, size: Size, style: ChartStyle, measurer: some TextMeasurer) {
        frame = ChartFrame.layout(
            title: chart.title, subtitle: chart.subtitle, legend: [], source: chart.source, note: chart.note,
            size: size, style: style, measurer: measurer)
        marks = frame.marks
        let plot = frame.plot
        var lanes = chart.lanes
        if lanes.isEmpty {
            for e in chart.events where !lanes.contains(e.lane) { lanes.append(e.lane) }
        }
        let events = chart.events.enumerated()
            .filter { lanes.contains($0.element.lane) }
            .sorted { ($0.element.day, $0.element.label, $0.offset) < ($1.element.day, $1.element.label, $1.offset) }
        guard !events.isEmpty else {
            marks += ChartFrame.noData(chart.numberStyle.noDataText, in: plot, style: style, measurer: measurer)
            return
        }
        let ts = style.ts

        // Time axis (two-line tick labels: month, and the year where it changes).
        let tickLineHeight = measurer.lineHeight(style.tick)
        let axisHeight = 2 * tickLineHeight + 14 * ts
        let body = Rect(x: plot.x, y: plot.y, width: plot.width, height: max(1, plot.height - axisHeight))
        let laneHeight = body.height / Double(lanes.count)
        let laneStyle = style.label.with(size: TextFit.fontSize(preferred: 19 * ts, minimum: 11 * ts, rowHeight: laneHeight * 0.9))
        let laneLines = TextFit.maxLines(rowHeight: laneHeight * 0.9, lineHeight: measurer.lineHeight(laneStyle))
        let laneColumn = TextFit.columnWidth(for: lanes, style: laneStyle, limit: plot.width * 0.22, measurer: measurer)
        let gap = 16 * ts
        let x0 = plot.x + laneColumn + gap
        let x1 = plot.maxX - 10 * ts

        let days = events.map(\.element.day)
        let first = days.min()!
        let last = days.max()!
        let pad = max(2, (last - first) / 25)
        let domainStart = first - (last == first ? 15 : pad)
        let domainEnd = last + (last == first ? 15 : pad)
        func x(_ day: Int) -> Double {
            x0 + (x1 - x0) * Double(day - domainStart) / Double(max(1, domainEnd - domainStart))
        }

        // Dots near the bottom of each lane (labels stack above them), or in the middle of a low lane.
        let radius = min(8 * ts, laneHeight * 0.2)
        let labelStyle = style.note.with(color: Palette.ink).with(size: min(17 * ts, max(10 * ts, laneHeight * 0.45)))
        let labelHeight = measurer.lineHeight(labelStyle)
        func dotY(_ lane: String) -> Double {
            let index = lanes.firstIndex(of: lane)!
            let top = body.y + Double(index) * laneHeight
            let levels = Int((laneHeight - 4 * radius) / labelHeight)
            return levels >= 1 ? top + laneHeight - 2 * radius : top + laneHeight / 2
        }

        // Lane backgrounds (zebra) and names, level with the lane's row of dots.
        for (i, lane) in lanes.enumerated() {
            let y = body.y + Double(i) * laneHeight
            if i % 2 == 0 { marks.append(.rect(Rect(x: x0, y: y, width: x1 - x0, height: laneHeight), RGB(hex: 0xF6F7F9))) }
            let box = TextBox(text: lane, style: laneStyle, maxWidth: laneColumn, maxLines: laneLines, alignment: .trailing)
            let h = measurer.measure(box).height
            let top = min(max(dotY(lane) - h / 2, y), y + laneHeight - h)
            marks.append(.text(box, Point(x: plot.x, y: top)))
        }

        // Ticks and gridlines.
        let widestTick = measurer.naturalWidth("30 Sep", style.tick) + 24 * ts
        let ticks = TimeTicks.ticks(
            from: domainStart, to: domainEnd, maxCount: Int((x1 - x0) / widestTick), monthNames: chart.monthNames)
        for tick in ticks {
            let tx = x(tick.day)
            marks.append(.line(Point(x: tx, y: body.y), Point(x: tx, y: body.maxY + 5 * ts), Palette.grid, lineWidth: style.gridWidth))
            let box = TextBox(text: tick.label, style: style.tick, maxWidth: widestTick, maxLines: 0, alignment: .center)
            marks.append(.text(box, Point(x: tx - widestTick / 2, y: body.maxY + 8 * ts)))
        }
        marks.append(.line(Point(x: x0, y: body.maxY), Point(x: x1, y: body.maxY), Palette.axis, lineWidth: style.gridWidth * 1.5))

        // Labels try levels above the dot, then the right side, then the left.
        let maxLabelWidth = min(300 * ts, (x1 - x0) * 0.4)
        var dotRects: [String: [Rect]] = [:]
        var dotMarks: [Mark] = []
        var leaderMarks: [Mark] = []
        var labelMarks: [Mark] = []
        for (_, event) in events {
            let p = Point(x: x(event.day), y: dotY(event.lane))
            dotRects[event.lane, default: []].append(Rect(x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius))
            dotMarks.append(.dot(p, radius: radius, event.color, outline: .white))
        }
        var placedByLane: [String: [Rect]] = [:]
        /// Leader lines already drawn, as thin boxes: no label may sit on one.
        var leadersByLane: [String: [Rect]] = [:]
        /// The leader from a label above the dot down to the dot, if the label is far enough up to need one.
        func leader(_ rect: Rect, _ p: Point) -> (Point, Point)? {
            guard rect.maxY < p.y - radius - 6 * ts else { return nil }
            let lx = min(max(p.x, rect.x + 2 * ts), rect.maxX - 2 * ts)
            return (Point(x: lx, y: rect.maxY), Point(x: p.x, y: p.y - radius))
        }
        func leaderBox(_ line: (Point, Point)) -> Rect {
            Rect(x: min(line.0.x, line.1.x) - 1 * ts, y: line.0.y + 1 * ts,
                 width: abs(line.0.x - line.1.x) + 2 * ts, height: max(0, line.1.y - line.0.y - 1 * ts))
        }
        // Labels keep a word space apart sideways, so two dates never read as one.
        func padded(_ r: Rect) -> Rect {
            Rect(x: r.x - 10 * ts, y: r.y - 2 * ts, width: r.width + 20 * ts, height: r.height + 4 * ts)
        }
        // Latest first: earlier events stack higher, so their leader lines pass left of later labels.
        for (index, event) in events.reversed() {
            let laneIndex = lanes.firstIndex(of: event.lane)!
            let laneTop = body.y + Double(laneIndex) * laneHeight
            let p = Point(x: x(event.day), y: dotY(event.lane))
            let box = TextBox(text: event.label, style: labelStyle, maxWidth: maxLabelWidth, maxLines: 1)
            let width = measurer.measure(box).width
            var candidates: [Rect] = []
            var level = 0
            while true {
                let y = p.y - radius - 4 * ts - Double(level + 1) * labelHeight
                guard y >= laneTop + 1 * ts else { break }
                var left = level == 0 ? p.x - 4 * ts : p.x + 3 * ts
                if left + width > plot.maxX { left = p.x - width - (level == 0 ? -4 : 3) * ts }
                candidates.append(Rect(x: max(x0, left), y: y, width: width, height: labelHeight))
                level += 1
            }
            // Beside the dot, to the right, then to the left.
            candidates.append(Rect(x: p.x + radius + 5 * ts, y: p.y - labelHeight / 2, width: width, height: labelHeight))
            candidates.append(Rect(x: p.x - radius - 5 * ts - width, y: p.y - labelHeight / 2, width: width, height: labelHeight))
            let laneRect = Rect(x: x0, y: laneTop, width: plot.maxX - x0, height: laneHeight)
            let placed = placedByLane[event.lane] ?? []
            let obstacles = placed.map(padded) + (dotRects[event.lane] ?? []).map { $0.insetBy(-2 * ts) }
                + (leadersByLane[event.lane] ?? [])
            let free = candidates.first { c in
                guard laneRect.contains(c, tolerance: 1), !obstacles.contains(where: { $0.intersects(c) }) else { return false }
                // Its own leader must not run through another label.
                guard let line = leader(c, p) else { return true }
                let path = leaderBox(line)
                return !placed.contains { $0.intersects(path) }
            }
            guard let rect = free else {
                hiddenLabels.append(index)
                continue
            }
            placedByLane[event.lane, default: []].append(rect)
            let line = leader(rect, p)
            labels.append(PlacedLabel(box: box, rect: rect, event: index, leader: line.map(leaderBox)))
            labelMarks.append(.text(box, Point(x: rect.x, y: rect.y)))
            if let line {
                leadersByLane[event.lane, default: []].append(leaderBox(line))
                leaderMarks.append(.line(line.0, line.1, Palette.axis, lineWidth: max(1, ts)))
            }
        }
        marks += leaderMarks + dotMarks + labelMarks
    }
}
