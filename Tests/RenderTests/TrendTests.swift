import Testing
@testable import Render

@Suite("Trend chart layout") struct TrendTests {
    let measurer = FakeMeasurer()
    let size = Size(width: 1600, height: 1000)
    let style = ChartStyle(ts: 1)

    @Test func periodsAreMonthsOrWeeksStartingOnMonday() {
        let months = TrendChart.periods(from: CalendarDay(year: 2024, month: 11, day: 14), through: CalendarDay(year: 2025, month: 9, day: 2), .month)
        #expect(months.count == 11)
        #expect(months.first == CalendarDay(year: 2024, month: 11, day: 1) && months.last == CalendarDay(year: 2025, month: 9, day: 1))
        // 2025-01-01 was a Wednesday; its week starts on Monday 2024-12-30.
        #expect(TrendChart.periodStart(of: CalendarDay(year: 2025, month: 1, day: 1), .week) == CalendarDay(year: 2024, month: 12, day: 30))
        #expect(TrendChart.periodStart(of: CalendarDay(year: 2025, month: 1, day: 6), .week) == CalendarDay(year: 2025, month: 1, day: 6))
        #expect(TrendChart.periodStart(of: CalendarDay(year: 1969, month: 12, day: 31), .week) == CalendarDay(year: 1969, month: 12, day: 29))
        let weeks = TrendChart.periods(from: CalendarDay(year: 2025, month: 1, day: 19), through: CalendarDay(year: 2025, month: 1, day: 1), .week)
        #expect(weeks == [CalendarDay(year: 2024, month: 12, day: 30), CalendarDay(year: 2025, month: 1, day: 6), CalendarDay(year: 2025, month: 1, day: 13)])
    }

    @Test func dotsSitWhereTheCountsPutThem() throws {
        let chart = Samples.monthlyTrend
        let layout = TrendLayout(chart, size: size, style: style, measurer: measurer)
        #expect(layout.points.count == 4 && layout.points.allSatisfy { $0.count == 11 })
        #expect(layout.points[2][4] == nil, "a missing value leaves a gap")
        let china = layout.points[0].map { $0! }
        #expect(zip(china, china.dropFirst()).allSatisfy { $0.x < $1.x }, "periods run left to right")
        // January (85) is the highest dot; counts map linearly: 60 is 60/85 of 85's height above zero.
        let scale = try #require(layout.scale)
        let zeroY = layout.points[2][0]!.y          // DeepSeek had 0 mentions in November
        #expect(china.map(\.y).min() == china[2].y)
        #expect(abs((zeroY - china[3].y) / (zeroY - china[2].y) - 60.0 / 85) < 1e-9)
        #expect(scale.domain.upperBound >= 85)
        // Lines join neighbours only: 4 series × 10 pairs, minus the two pairs around DeepSeek's gap.
        let colours = Set(chart.series.map(\.color))
        let seriesLines = layout.marks.filter { if case .line(_, _, let c, _) = $0 { colours.contains(c) } else { false } }
        #expect(seriesLines.count == 4 * 10 - 2)
        let dots = layout.marks.filter { if case .dot = $0 { true } else { false } }
        #expect(dots.count == 4 * 11 - 1)
    }

    @Test func labelsLegendAndNoteDoNotCollide() {
        for chart in [Samples.monthlyTrend, Samples.weeklyTrend] {
            let layout = TrendLayout(chart, size: size, style: style, measurer: measurer)
            let rects = textRects(layout.marks, measurer: measurer)
            #expect(overlaps(rects).isEmpty, "\(chart.title): \(overlaps(rects))")
            let texts = rects.map(\.0)
            for series in chart.series { #expect(texts.contains(series.name), "legend names \(series.name)") }
            #expect(rects.allSatisfy { $0.1.minX >= 0 && $0.1.maxX <= size.width && $0.1.maxY <= size.height })
        }
        let monthly = TrendLayout(Samples.monthlyTrend, size: size, style: style, measurer: measurer)
        #expect(monthly.periodLabels.map(\.box.text).first == "Nov\n2024")
        #expect(monthly.periodLabels.map(\.box.text).contains("Jan\n2025"), "the year is written where it changes")
        #expect(textRects(monthly.marks, measurer: measurer).contains { $0.0 == "10 undated articles are not counted" })
        let weekly = TrendLayout(Samples.weeklyTrend, size: size, style: style, measurer: measurer)
        #expect(weekly.periodLabels.count < Samples.weeklyTrend.periodStarts.count, "weekly labels are thinned")
        #expect(weekly.periodLabels.count >= 5)
    }

    @Test func nothingToShowSaysNoData() {
        var chart = Samples.monthlyTrend
        chart.series = []
        let layout = TrendLayout(chart, size: size, style: style, measurer: measurer)
        #expect(textRects(layout.marks, measurer: measurer).contains { $0.0 == "No data" })
        #expect(layout.points.isEmpty)
    }
}

@Suite("Trend chart over many periods") struct LongTrendTests {
    @Test func manyPeriodsDrawLinesWithoutDotsAndLabelWholeYears() {
        let periods = TrendChart.periods(from: CalendarDay(year: 2015, month: 3, day: 9), through: CalendarDay(year: 2025, month: 11, day: 1), .month)
        #expect(periods.count == 129)
        var values = periods.indices.map { Double($0 % 7) }
        values[60] = .nan
        values[62] = .nan                                   // period 61 stands alone
        let chart = TrendChart(title: "Ten years", period: .month, periodStarts: periods,
                               series: [TrendChart.Series(name: "China", color: Palette.okabeIto[5], values: values)],
                               valueAxisTitle: "Mentions", source: "s")
        let layout = TrendLayout(chart, size: Size(width: 1600, height: 1000), style: ChartStyle(ts: 1), measurer: FakeMeasurer())
        let dots = layout.marks.compactMap { if case .dot(let p, _, _, _) = $0 { p } else { nil } }
        #expect(dots == [layout.points[0][61]!], "only the lone value gets a dot")
        // Labels come at a steady step of whole months aligned to January (here every 6: Jan and Jul).
        let labelled = layout.periodLabels.map { periods[$0.period] }
        let step = (labelled[1].year * 12 + labelled[1].month) - (labelled[0].year * 12 + labelled[0].month)
        #expect([2, 3, 6, 12].contains(step))
        #expect(labelled.allSatisfy { ($0.month - 1) % step == 0 })
        #expect(zip(labelled, labelled.dropFirst()).allSatisfy { ($1.year * 12 + $1.month) - ($0.year * 12 + $0.month) == step })
        for label in layout.periodLabels where periods[label.period].month == 1 {
            #expect(label.box.text.hasSuffix("\(periods[label.period].year)"), "a January carries its year")
        }
        #expect(overlaps(textRects(layout.marks, measurer: FakeMeasurer())).isEmpty)
        // Narrower: a label a year, written as the year alone.
        let narrow = TrendLayout(chart, size: Size(width: 800, height: 500), style: ChartStyle(ts: 1), measurer: FakeMeasurer())
        let years = narrow.periodLabels.map(\.box.text)
        #expect(years.first == "2016" && years.allSatisfy { $0.count == 4 && Int($0) != nil }, "\(years)")
        #expect(overlaps(textRects(narrow.marks, measurer: FakeMeasurer())).isEmpty)
    }
}

@Suite("Empty charts in the report's language") struct NoDataTextTests {
    @Test func indonesianChartsSayTidakAdaData() {
        let empty = BarChart(title: "Kosong", bars: [], valueAxisTitle: "Jumlah", numberStyle: .indonesian, source: "s")
        let marks = ChartDrawing.marks(.bar(empty), size: Size(width: 800, height: 500), style: ChartStyle(ts: 1), measurer: FakeMeasurer())
        let texts = textRects(marks, measurer: FakeMeasurer()).map(\.0)
        #expect(texts.contains("Tidak ada data") && !texts.contains("No data"))
    }
}
