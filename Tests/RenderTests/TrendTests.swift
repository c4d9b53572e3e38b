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
