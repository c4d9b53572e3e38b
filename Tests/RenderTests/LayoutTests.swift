import Testing
@testable import Render

@Suite("Layout without cairo") struct LayoutTests {
    let measurer = FakeMeasurer()
    let canvas = Size(width: 1600, height: 1000)
    let style = ChartStyle(ts: 1)

    @Test func niceTicksUse125Steps() {
        #expect(Ticks.nice(0, 173) == [0, 50, 100, 150, 200])
        #expect(Ticks.nice(0, 100) == [0, 20, 40, 60, 80, 100])
        #expect(Ticks.nice(0, 0.73) == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(Ticks.nice(-30, 45) == [-40, -20, 0, 20, 40, 60])
        #expect(Ticks.nice(0, 0) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(Ticks.niceStep(34.6) == 50)
        #expect(Ticks.niceStep(1.5e11) == 2e11)
    }

    @Test func wholeNumbersGetWholeNumberTicks() {
        #expect(ValueScale(kind: .linear, values: [2], range: 0...100).ticks == [0, 1, 2])
        #expect(ValueScale(kind: .linear, values: [3, 1], range: 0...100).ticks == [0, 1, 2, 3])
        #expect(ValueScale(kind: .linear, values: [0.7], range: 0...100).ticks == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(ValueScale(kind: .linear, values: [173], range: 0...100).ticks == [0, 50, 100, 150, 200])
    }

    @Test func logTicksArePowersOfTen() {
        #expect(Ticks.log(1, 1000) == [1, 10, 100, 1000])
        let wide = Ticks.log(79, 150_000_000)
        #expect(wide.count <= 8)
        #expect(wide.first! <= 79 && wide.last! >= 150_000_000)
        for t in wide {
            let exponent = t.squareRoot() > 0 ? (t.magnitude).significandWidth : 0
            _ = exponent
            #expect(Double(String(format: "%.0e", t))! == t)
        }
        let scale = ValueScale(kind: .log10, values: [5_500_000, 1_000], range: 0...1000)
        #expect(scale.tickLabels(style: .english, prefix: "$") == ["$100", "$1K", "$10K", "$100K", "$1M", "$10M"])
        #expect(scale.position(100) == 0)
        #expect(scale.position(1_000) > 0, "the smallest value keeps a visible bar")
        #expect(abs(scale.position(100_000) - 600) < 1e-9)
        #expect(scale.position(0) == 0, "zero has no place on a log axis: it sits at the start")
    }

    @Test func numberFormattingInBothStyles() {
        #expect(NumberStyle.english.format(1677) == "1,677")
        #expect(NumberStyle.indonesian.format(1677) == "1.677")
        #expect(NumberStyle.english.format(1677.25, maxFractionDigits: 2) == "1,677.25")
        #expect(NumberStyle.indonesian.format(5.5) == "5,5")
        #expect(NumberStyle.english.format(-3) == "−3")
        #expect(NumberStyle.english.format(1_234_567_890) == "1,234,567,890")
        #expect(NumberStyle.english.format(0.04) == "0")
        #expect(NumberStyle.english.compact(5_500_000) == "5.5M")
        #expect(NumberStyle.indonesian.compact(5_500_000) == "5,5 jt")
        #expect(NumberStyle.english.compact(1e9) == "1B")
        #expect(NumberStyle.indonesian.compact(1e9) == "1 M")
        #expect(NumberStyle.english.compact(1e12) == "1T")
        #expect(NumberStyle.indonesian.compact(150_000_000) == "150 jt")
        #expect(NumberStyle.english.compact(999_999) == "1M")
        #expect(NumberStyle.english.compact(950) == "950")
        #expect(NumberStyle.english.compact(1_500) == "1.5K")
        #expect(NumberStyle.indonesian.compact(1_500) == "1,5 rb")
        #expect(NumberStyle.english.compact(0) == "0")
    }

    @Test func labelColumnIsCappedAndLabelsWrapWhenThereIsRoom() {
        let labels = ["Baidu", "Institut Informasi Ilmiah dan Teknis Tiongkok"]
        let labelStyle = TextStyle(size: 20)
        #expect(TextFit.columnWidth(for: ["Baidu"], style: labelStyle, limit: 400, measurer: measurer) == 60)
        #expect(TextFit.columnWidth(for: labels, style: labelStyle, limit: 400, measurer: measurer) == 400)
        #expect(TextFit.maxLines(rowHeight: 100, lineHeight: 24) == 2)
        #expect(TextFit.maxLines(rowHeight: 30, lineHeight: 24) == 1)
        #expect(TextFit.fontSize(preferred: 21, minimum: 12, rowHeight: 20) == 16)
        #expect(TextFit.fontSize(preferred: 21, minimum: 12, rowHeight: 5) == 12)

        // Few bars: the long label gets two lines; many bars: one line, ellipsized.
        let three = BarChartLayout(Samples.tokenBars, size: canvas, style: style, measurer: measurer)
        #expect(three.labelLines == 2)
        #expect(three.labelColumnWidth <= three.frame.plot.width * 0.3 + 1e-9)
        let many = BarChartLayout(Samples.manyBars, size: canvas, style: style, measurer: measurer)
        #expect(many.labelLines == 1)
        let long = many.bars.first { $0.label.text.hasPrefix("Institut") }!
        #expect(measurer.measure(long.label).isTruncated)
    }

    @Test(arguments: Samples.allCharts.map(\.0))
    func chartTextNeverOverlapsOrLeavesTheCanvas(name: String) {
        let chart = Samples.allCharts.first { $0.0 == name }!.1
        let marks = ChartDrawing.marks(chart, size: canvas, style: style, measurer: measurer)
        let rects = textRects(marks, measurer: measurer)
        #expect(!rects.isEmpty)
        #expect(overlaps(rects).isEmpty, "overlapping text in \(name): \(overlaps(rects))")
        let bounds = Rect(x: 0, y: 0, width: canvas.width, height: canvas.height)
        for (text, rect) in rects {
            #expect(bounds.contains(rect), "“\(text)” leaves the canvas: \(rect)")
        }
    }

    @Test func barsSitWhereTheirValuesSay() throws {
        let layout = BarChartLayout(Samples.threeBars, size: canvas, style: style, measurer: measurer)
        let scale = try #require(layout.scale)
        #expect(scale.ticks == [0, 50, 100, 150, 200])
        let china = layout.bars[0].bar, us = layout.bars[1].bar, europe = layout.bars[2].bar
        #expect(china.x == us.x)
        #expect(abs(us.width / china.width - 120.0 / 173.0) < 1e-9)
        #expect(europe.width == 0)
        #expect(china.maxX <= layout.frame.plot.maxX)
        #expect(china.maxX > layout.frame.plot.x + layout.frame.plot.width * 0.6)
    }

    @Test func timelineLabelsAvoidEachOther() {
        let layout = TimelineLayout(Samples.timeline, size: canvas, style: style, measurer: measurer)
        let rects = layout.labels.map { ($0.box.text, $0.rect) }
        #expect(overlaps(rects).isEmpty)
        #expect(layout.labels.count + layout.hiddenLabels.count == Samples.timeline.events.count)
        #expect(layout.labels.count >= 6)

        // Crowded: 120 events in one week on one lane → some labels are skipped, none overlap.
        let crowded = Timeline(
            title: "Crowded", lanes: ["One"],
            events: (0..<120).map { .init(day: 20_000 + $0 % 7, label: "Event number \($0)", lane: "One", color: Palette.neutral) },
            source: "")
        let tight = TimelineLayout(crowded, size: Size(width: 1600, height: 500), style: style, measurer: measurer)
        #expect(!tight.hiddenLabels.isEmpty)
        #expect(overlaps(tight.labels.map { ($0.box.text, $0.rect) }).isEmpty)
    }

    @Test func timelineLeadersNeverCrossLabels() {
        // A corpus-like pile: one early outlier, then a dense run of days at the right end, where
        // labels stack up and shift left of their dots.
        var events: [Timeline.Event] = [.init(day: 0, label: "11 articles", lane: "Published", color: Palette.neutral)]
        events += (0..<14).map { .init(day: 20_000 + 3 * $0, label: "\($0 + 10)/6/2025 dated event", lane: "Published", color: Palette.neutral) }
        let pile = Timeline(title: "Pile", lanes: ["Published"], events: events, source: "")
        for chart in [pile, Samples.timeline] {
            let layout = TimelineLayout(chart, size: canvas, style: style, measurer: measurer)
            #expect(overlaps(layout.labels.map { ($0.box.text, $0.rect) }).isEmpty)
            for a in layout.labels {
                guard let leader = a.leader else { continue }
                for b in layout.labels where b.event != a.event {
                    #expect(!leader.intersects(b.rect), "the leader of “\(a.box.text)” crosses “\(b.box.text)”")
                }
            }
            // Labels on one line keep a visible gap, so neighbouring dates never read as one.
            for a in layout.labels {
                for b in layout.labels where b.event != a.event && abs(a.rect.y - b.rect.y) < 1 && a.rect.x < b.rect.x {
                    #expect(b.rect.x - a.rect.maxX >= 8, "“\(a.box.text)” and “\(b.box.text)” touch")
                }
            }
        }
    }

    @Test func calendarDaysAndTimeTicks() {
        #expect(CalendarDay(daysSinceEpoch: 0) == CalendarDay(year: 1970, month: 1, day: 1))
        #expect(CalendarDay(year: 2024, month: 2, day: 29).daysSinceEpoch == 19_782)
        for d in stride(from: -1000, to: 30_000, by: 37) {
            #expect(CalendarDay(daysSinceEpoch: d).daysSinceEpoch == d)
        }
        let start = CalendarDay(year: 2025, month: 1, day: 20).daysSinceEpoch
        let ticks = TimeTicks.ticks(from: start, to: start + 150, maxCount: 10, monthNames: Timeline.indonesianMonths)
        #expect(ticks.map(\.label) == ["Feb\n2025", "Mar", "Apr", "Mei", "Jun"])
        let years = TimeTicks.ticks(from: 0, to: 365 * 30, maxCount: 8, monthNames: Timeline.englishMonths)
        #expect(years.map(\.label) == ["1970", "1975", "1980", "1985", "1990", "1995"])
    }

    @Test func heatmapChoosesColumnLabelOrientation() throws {
        let small = HeatmapLayout(Samples.heatmap(rows: 4, columns: 3), size: canvas, style: style, measurer: measurer)
        let big = HeatmapLayout(Samples.heatmap(rows: 25, columns: 40), size: canvas, style: style, measurer: measurer)
        #expect(small.columnLabelMode != .vertical)
        #expect(big.columnLabelMode == .vertical)
        #expect(!small.labelledCells.isEmpty)

        // Few wide columns named by long article leads: wrapped under their column, not cut to a few letters.
        var leads = Samples.heatmap(rows: 12, columns: 5)
        leads.columnLabels = ["Hanya beberapa tahun yang lalu, Tiongkok membayangkan dirinya", "Pada bulan November, setahun setelah rilis ChatGPT",
                              "Tiongkok telah mengembangkan setidaknya 79 model", "OpenAI Mau Putus Akses China ke Layanannya",
                              "Perusahaan rintisan Tiongkok DeepSeek mengguncang komunitas"]
        let wide = HeatmapLayout(leads, size: canvas, style: style, measurer: measurer)
        #expect(wide.columnLabelMode == .horizontal)
        let rects = textRects(wide.marks, measurer: measurer)
        #expect(overlaps(rects).isEmpty, "\(overlaps(rects))")
        let columnLabels = rects.filter { leads.columnLabels.contains($0.0) }
        #expect(columnLabels.count == 5)
        #expect(columnLabels.allSatisfy { $0.1.height > 1.5 * measurer.lineHeight(style.tick) }, "long leads wrap onto more lines")

        // An untitled article named by its file id keeps the id on one line, cut in the middle.
        leads.columnLabels[1] = "001_cc8fbd53423904ef_0a1b2c3d4e5f60718293a4b5c6d7e8f9"
        let withID = HeatmapLayout(leads, size: canvas, style: style, measurer: measurer)
        let id = try #require(withID.marks.compactMap { mark -> TextBox? in
            if case .text(let box, _, _) = mark, box.text == leads.columnLabels[1] { return box } else { return nil }
        }.first)
        #expect(id.ellipsis == .middle)
        #expect(measurer.measure(id).lineCount == 1)
    }

    @Test func tableRowsFlowOntoPagesWithTheHeaderRepeated() {
        let composer = PageComposer.compose(Samples.document(tableRows: 150), measurer: measurer)
        #expect(composer.pages.count > 3)
        #expect(composer.outline.map(\.title) == ["Cover", "Summary", "Charts", "Every figure and its sentence"])
        #expect(composer.coverPages == [1])
        // Every page after the table starts carries the header ("Sentence") once.
        let tablePage = composer.outline[3].page
        for page in composer.pages[(tablePage - 1)...] {
            let headers = allTexts(page).filter { $0 == "Sentence" }
            #expect(headers.count == 1)
        }
        // Nothing is placed below the text area.
        for page in composer.pages {
            for mark in page {
                if case .transform(let origin, _, _) = mark { #expect(origin.y <= composer.style.textBottom) }
            }
        }
    }

    private func allTexts(_ marks: [Mark]) -> [String] {
        marks.flatMap { mark -> [String] in
            switch mark {
            case .text(let box, _, _): [box.text]
            case .clip(_, let inner), .link(_, let inner), .transform(_, _, let inner): allTexts(inner)
            default: []
            }
        }
    }
}
