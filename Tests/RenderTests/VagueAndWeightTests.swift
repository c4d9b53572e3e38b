import Testing
@testable import Render

/// Vague values, capped charts and shares with their weight, laid out without cairo.
@Suite("Vague values and weighted shares") struct VagueAndWeightTests {
    let measurer = FakeMeasurer()
    let size = Size(width: 1600, height: 1000)
    let style = ChartStyle(ts: 1)

    func texts(_ marks: [Mark]) -> [String] {
        marks.compactMap { if case .text(let box, _, _) = $0 { box.text } else { nil } }
    }

    @Test func approximateValuesAreNeverSolidBars() throws {
        let layout = BarChartLayout(Samples.vagueBars, size: size, style: style, measurer: measurer)
        let scale = try #require(layout.scale)
        // "~$100 juta": no solid part, a light outlined bar to the value, "~" before the label.
        let approximate = layout.bars[0]
        #expect(approximate.bar.width == 0)
        #expect(try #require(approximate.vague).maxX == scale.position(100_000_000))
        #expect(approximate.valueLabel.text == "~$100 juta")
        // A range: solid to its low end, light to its high end, a tick at the stated value, label after the high end.
        let ranged = layout.bars[2]
        #expect(abs(ranged.bar.maxX - scale.position(50_000_000)) < 1e-9)
        let extension_ = try #require(ranged.vague)
        #expect(abs(extension_.x - scale.position(50_000_000)) < 1e-9 && abs(extension_.maxX - scale.position(100_000_000)) < 1e-9)
        #expect(ranged.valueTick == scale.position(70_000_000))
        #expect(ranged.valueOrigin.x > extension_.maxX)
        #expect(ranged.valueLabel.text == "$50–100 juta", "exact bounds get no ~")
        // The exact value is an ordinary bar.
        #expect(layout.bars[3].vague == nil && layout.bars[3].valueTick == nil && layout.bars[3].bar.width > 0)
        // The scale holds the high end of every range.
        #expect(scale.domain.upperBound >= 900_000_000)
        // Light bars are drawn in a light tint with an outline in the bar's colour.
        let tint = Palette.okabeIto[4].mixed(with: .white, 0.65)
        #expect(layout.marks.contains { if case .rect(_, let c) = $0 { c == tint } else { false } })
        #expect(layout.marks.contains { if case .frame(_, let c, _) = $0 { c == Palette.okabeIto[4] } else { false } })
        #expect(overlaps(textRects(layout.marks, measurer: measurer)).isEmpty)
    }

    @Test func approximateLabelsKeepAnExistingMark() {
        let bar = BarChart.Bar(label: "x", value: 1, valueLabel: "≈ 1", color: .black, isApproximate: true)
        #expect(bar.shownValueLabel == "≈ 1")
    }

    @Test func cappedChartsSayHowManyAreShown() {
        let capped = Samples.vagueBars.capped(to: 2) { "Top \($0) of \($1)" }
        #expect(capped.bars.map(\.label) == ["OpenAI · GPT-4", "Models in general"])
        #expect(capped.note == "Top 2 of 4")
        let layout = BarChartLayout(capped, size: size, style: style, measurer: measurer)
        let note = layout.marks.compactMap { mark -> (TextBox, Point)? in
            if case .text(let box, let p, _) = mark, box.text == "Top 2 of 4" { (box, p) } else { nil }
        }.first
        #expect(note != nil)
        // The note stays clear of the plot and of the source line.
        #expect(overlaps(textRects(layout.marks, measurer: measurer)).isEmpty)
        #expect(note!.1.y > layout.frame.plot.maxY)
        let uncapped = Samples.threeBars.capped(to: 10) { "Top \($0) of \($1)" }
        #expect(uncapped.note == nil && uncapped.bars.count == 3)
    }

    @Test func sharesShowTheirTotalsInAColumn() {
        let chart = Samples.weightedStacked
        let layout = StackedBarLayout(chart, size: size, style: style, measurer: measurer)
        let all = texts(layout.marks)
        for total in ["27 vs 7", "12 vs 4", "3 vs 5", "9 vs 6", "Mentions"] { #expect(all.contains(total)) }
        let rects = textRects(layout.marks, measurer: measurer)
        let totalXs = Set(rects.filter { ["27 vs 7", "12 vs 4", "3 vs 5", "9 vs 6"].contains($0.0) }.map(\.1.x))
        #expect(totalXs.count == 1, "totals line up in one column")
        let barsEnd = layout.segments.map { $0.last!.rect.maxX }.max()!
        #expect(totalXs.first! > barsEnd)
        #expect(overlaps(rects).isEmpty)
    }

    @Test func pooledRowsAreSetApart() {
        let layout = StackedBarLayout(Samples.weightedStacked, size: size, style: style, measurer: measurer)
        let pooled = layout.marks.compactMap { mark -> TextBox? in
            if case .text(let box, _, _) = mark, box.text.hasPrefix("12 articles") { box } else { nil }
        }
        #expect(pooled.first?.style.italic == true)
        let rule = layout.marks.contains { mark in
            if case .line(let a, let b, _, _) = mark { a.y == b.y && a.y < layout.segments[3][0].rect.y && a.y > layout.segments[2][0].rect.maxY && a.x < b.x - 1000 } else { false }
        }
        #expect(rule)
    }

    @Test func totalsDefaultToTheSumWhenAsked() {
        var chart = Samples.weightedStacked
        chart.rows = chart.rows.map { StackedBarChart.Row(label: $0.label, values: $0.values) }
        let with = texts(StackedBarLayout(chart, size: size, style: style, measurer: measurer).marks)
        #expect(with.contains("34") && with.contains("15"))
        chart.showsTotals = false
        chart.totalsTitle = nil
        let without = texts(StackedBarLayout(chart, size: size, style: style, measurer: measurer).marks)
        #expect(!without.contains("34"))
    }

    @Test func everyChartKindShowsItsNote() {
        let note = "7 undated articles are not shown"
        var timeline = Samples.timeline
        timeline.note = note
        var heatmap = Samples.heatmap(rows: 6, columns: 5)
        heatmap.note = note
        var stacked = Samples.stacked
        stacked.note = note
        var trend = Samples.weeklyTrend
        trend.note = note
        for chart in [Chart.timeline(timeline), .heatmap(heatmap), .stacked(stacked), .trend(trend)] {
            let marks = ChartDrawing.marks(chart, size: size, style: style, measurer: measurer)
            let rects = textRects(marks, measurer: measurer)
            #expect(rects.contains { $0.0 == note }, "\(chart.title) has no note")
            #expect(overlaps(rects).isEmpty, "\(chart.title): \(overlaps(rects))")
        }
    }
}
