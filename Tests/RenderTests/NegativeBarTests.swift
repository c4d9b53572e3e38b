import Testing
@testable import Render

/// Percent changes with falling values: a negative bar's value label and note sit left of its end,
/// clear of the category labels, of the bar itself and of each other.
@Suite("Negative bars") struct NegativeBarTests {
    let measurer = FakeMeasurer()
    let style = ChartStyle(ts: 1)

    static var percentChanges: BarChart {
        BarChart(
            title: "Percent changes", bars: [
                .init(label: "Nvidia · share price", value: 12.4, valueLabel: "+12.4%", color: Palette.okabeIto[4], note: "2025-11-03"),
                .init(label: "Alibaba · share price", value: -8.1, valueLabel: "−8.1%", color: Palette.okabeIto[5], note: "2025-10-21"),
                .init(label: "United States · change", value: -25.8, valueLabel: "−25.8%", color: Palette.okabeIto[4], note: "2025-11-07"),
                .init(label: "Baidu · revenue", value: -40, valueLabel: "−40%", color: Palette.okabeIto[5], note: "2025-08-20"),
            ],
            valueAxisTitle: "Change (%)", source: Samples.source, tickSuffix: "%")
    }

    @Test(arguments: [Size(width: 1600, height: 1000), Size(width: 1300, height: 800)])
    func labelsOfNegativeBarsStayLeftOfTheBarAndRightOfTheCategories(size: Size) throws {
        let layout = BarChartLayout(Self.percentChanges, size: size, style: style, measurer: measurer)
        let labelColumnEnd = layout.frame.plot.x + layout.labelColumnWidth
        for (placed, bar) in zip(layout.bars, Self.percentChanges.bars) {
            let value = Rect(x: placed.valueOrigin.x, y: placed.valueOrigin.y,
                             width: measurer.naturalWidth(placed.valueLabel.text, placed.valueLabel.style),
                             height: measurer.lineHeight(placed.valueLabel.style))
            let note = try #require(placed.note), origin = try #require(placed.noteOrigin)
            let noteRect = Rect(x: origin.x, y: origin.y, width: measurer.naturalWidth(note.text, note.style),
                                height: measurer.lineHeight(note.style))
            #expect(!value.insetBy(0.5).intersects(noteRect.insetBy(0.5)), "value and note of \(bar.label) overlap")
            #expect(!placed.valueInside, "\(bar.label) should have room outside")
            #expect(!value.insetBy(0.5).intersects(placed.bar), "value label of \(bar.label) is drawn on its bar")
            #expect(!noteRect.insetBy(0.5).intersects(placed.bar), "note of \(bar.label) is drawn on its bar")
            #expect(value.x > labelColumnEnd && noteRect.x > labelColumnEnd, "\(bar.label): labels reach into the category column")
            if bar.value < 0 {
                #expect(value.maxX <= placed.bar.x, "\(bar.label): value label must end left of the bar end")
                #expect(noteRect.maxX <= value.x, "\(bar.label): note goes further left than the value")
            } else {
                #expect(value.x >= placed.bar.maxX)
                #expect(noteRect.maxX <= layout.frame.plot.maxX)
            }
        }
        let rects = textRects(layout.marks, measurer: measurer)
        #expect(overlaps(rects).isEmpty, "overlapping text: \(overlaps(rects))")
    }

    @Test func marginsAreReservedOnBothSidesOnlyWhenNeeded() {
        // All bars positive: nothing reserved on the left.
        let positive = BarChartLayout.reservedMargins(fractions: [1, 0.5], baseline: 0, labelWidths: [100, 100], full: 1000, maxShrink: 0.35)
        #expect(positive.left == 0)
        #expect(abs(positive.right - 100) < 0.1)
        // The most negative bar at the left end needs its whole label width; the positive side still fits.
        let mixed = BarChartLayout.reservedMargins(fractions: [0, 0.75], baseline: 0.5, labelWidths: [120, 80], full: 1000, maxShrink: 0.35)
        #expect(abs(mixed.left - 120) < 0.1)
        #expect(mixed.left + 0.75 * (1000 - mixed.left - mixed.right) + 80 <= 1000.1)
    }
}
