/// Flows a document's blocks onto pages: a list of marks per page, the outline, and which pages are covers.
/// Pure layout: needs only a `TextMeasurer`, so page breaks are tested without cairo.
struct PageComposer {
    struct OutlineEntry: Hashable {
        var title: String
        /// 1-based page number.
        var page: Int
        var y: Double
    }

    let style: PageStyle
    private(set) var pages: [[Mark]] = [[]]
    private(set) var coverPages: Set<Int> = []
    private(set) var outline: [OutlineEntry] = []
    private var y: Double

    init(style: PageStyle = PageStyle()) {
        self.style = style
        y = style.textTop
    }

    /// Lays out every section of `document`.
    static func compose(_ document: Document, style: PageStyle = PageStyle(), measurer: some TextMeasurer) -> PageComposer {
        compose(document, style: style, measurer: measurer, chartMeasurer: measurer)
    }

    /// Lays out every section of `document`, measuring the charts' text with `chartMeasurer`: a chart is laid out
    /// at its own size and drawn scaled by `style.chartScale`, and its text measures as it is shaped at that scale.
    static func compose(
        _ document: Document, style: PageStyle = PageStyle(), measurer: some TextMeasurer, chartMeasurer: some TextMeasurer
    ) -> PageComposer {
        var composer = PageComposer(style: style)
        for section in document.sections {
            composer.add(section, measurer: measurer, chartMeasurer: chartMeasurer)
        }
        return composer
    }

    private var pageIsEmpty: Bool { pages[pages.count - 1].isEmpty }
    private var remaining: Double { style.textBottom - y }

    mutating func newPage() {
        pages.append([])
        y = style.textTop
    }

    /// Starts a new page unless `height` fits below the current position (or the page is still empty).
    private mutating func ensure(_ height: Double) {
        if height > remaining && !pageIsEmpty { newPage() }
    }

    private mutating func place(_ marks: [Mark], height: Double) {
        pages[pages.count - 1].append(.transform(Point(x: 0, y: y), scale: 1, marks))
        y += height
    }

    mutating func add(_ section: Section, measurer: some TextMeasurer, chartMeasurer: some TextMeasurer) {
        if section.startsNewPage && !pageIsEmpty { newPage() }
        if case .cover = section.blocks.first {
            outline.append(OutlineEntry(title: section.title, page: pages.count, y: 0))
        } else {
            let box = TextBox(text: section.title, style: style.sectionTitle, maxWidth: style.textWidth, maxLines: 0)
            let height = measurer.measure(box).height
            // Keep the title with at least a few lines of what follows.
            ensure(height + 80)
            if !pageIsEmpty { y += 14 }
            outline.append(OutlineEntry(title: section.title, page: pages.count, y: y))
            place([.text(box, Point(x: style.margin, y: 0))], height: height + 12)
        }
        for block in section.blocks {
            add(block, measurer: measurer, chartMeasurer: chartMeasurer)
        }
    }

    mutating func add(_ block: Block, measurer: some TextMeasurer, chartMeasurer: some TextMeasurer) {
        switch block {
        case .cover(let title, let subtitle, let figures, let corpusLine):
            addCover(title: title, subtitle: subtitle, figures: figures, corpusLine: corpusLine, measurer: measurer)
        case .heading(let text):
            let box = TextBox(text: text, style: style.heading, maxWidth: style.textWidth, maxLines: 0)
            let height = measurer.measure(box).height
            ensure(height + 50)
            if !pageIsEmpty { y += 6 }
            place([.text(box, Point(x: style.margin, y: 0))], height: height + 6)
        case .paragraph(let text):
            addParagraph(text, measurer: measurer)
        case .chart(let chart, let fraction):
            addChart(chart, heightFraction: fraction, measurer: chartMeasurer)
        case .table(let table):
            addTable(table, measurer: measurer)
        case .summary(let sentences):
            addSummary(sentences, measurer: measurer)
        }
    }

    /// Each sentence in body text a little larger than paragraphs, its citation small and grey underneath;
    /// a sentence and its citation stay on one page.
    private mutating func addSummary(_ sentences: [SummarySentence], measurer: some TextMeasurer) {
        for sentence in sentences {
            let textBox = TextBox(text: sentence.text, style: style.summary, maxWidth: style.textWidth - 14, maxLines: 0)
            let textHeight = measurer.measure(textBox).height
            var marks: [Mark] = [.text(textBox, Point(x: style.margin + 14, y: 0))]
            var height = textHeight
            if !sentence.citation.isEmpty {
                let citation = TextBox(text: sentence.citation, style: style.citation, maxWidth: style.textWidth - 14, maxLines: 0)
                marks.append(.text(citation, Point(x: style.margin + 14, y: height + 2)))
                height += 2 + measurer.measure(citation).height
            }
            // A short accent bar marks where each statement starts.
            marks.insert(.rect(Rect(x: style.margin, y: 3, width: 3, height: max(1, height - 6)), Palette.accent), at: 0)
            ensure(height)
            place(marks, height: height + style.summarySpacing)
        }
        y += style.paragraphSpacing
    }

    private mutating func addParagraph(_ text: String, measurer: some TextMeasurer) {
        let box = TextBox(text: text, style: style.body, maxWidth: style.textWidth, maxLines: 0)
        let extent = measurer.measure(box)
        let lines = extent.lineBoundaries
        var first = 0
        // Place as many whole lines as fit, then continue on the next page.
        while first < lines.count - 1 {
            var last = first
            while last < lines.count - 1 && lines[last + 1] - lines[first] <= remaining + 0.01 { last += 1 }
            if last == first {
                if pageIsEmpty { last = first + 1 } else { newPage(); continue }
            }
            let top = lines[first]
            let height = lines[last] - top
            let clip = Rect(x: style.margin - 4, y: 0, width: style.textWidth + 8, height: height)
            place([.clip(clip, [.text(box, Point(x: style.margin, y: -top))])], height: height)
            first = last
            if first < lines.count - 1 { newPage() }
        }
        y += style.paragraphSpacing
    }

    private mutating func addChart(_ chart: Chart, heightFraction: Double, measurer: some TextMeasurer) {
        let fraction = heightFraction.isFinite ? min(max(heightFraction, 0.15), 1) : 0.5
        let height = style.textHeight * fraction
        ensure(height)
        let scale = style.chartScale
        let size = Size(width: style.chartCanvasWidth, height: height / scale)
        let marks = ChartDrawing.marks(chart, size: size, style: ChartStyle(ts: style.chartTypeScale, paddingOverride: 4), measurer: measurer)
        place([.transform(Point(x: style.margin, y: 0), scale: scale, marks)], height: height + style.paragraphSpacing)
    }

    private mutating func addTable(_ table: Table, measurer: some TextMeasurer) {
        guard !table.columns.isEmpty else { return }
        let layout = TableLayout(table, x: style.margin, width: style.textWidth, style: style, measurer: measurer)
        let firstRow = layout.rows.first?.height ?? 0
        ensure(layout.headerHeight + min(firstRow, style.textHeight - layout.headerHeight))
        place(layout.header, height: layout.headerHeight)
        for (index, row) in layout.rows.enumerated() {
            // A group heading goes to the next page with its first row rather than end a page alone.
            let next = row.isHeading && index + 1 < layout.rows.count ? layout.rows[index + 1].height : 0
            if row.height + min(next, style.textHeight / 2) > remaining {
                newPage()
                place(layout.header, height: layout.headerHeight)
            }
            if row.height > remaining {
                // Taller than a whole page: show what fits, clipped.
                let clip = Rect(x: style.margin - 1, y: 0, width: style.textWidth + 2, height: remaining)
                place([.clip(clip, row.marks)], height: remaining)
            } else {
                place(row.marks, height: row.height)
            }
        }
        y += style.paragraphSpacing * 1.5
    }

    private mutating func addCover(
        title: String, subtitle: String, figures: [HeadlineFigure], corpusLine: String, measurer: some TextMeasurer
    ) {
        if !pageIsEmpty { newPage() }
        coverPages.insert(pages.count)
        let x = style.margin
        let width = style.textWidth
        y = style.textTop + 110
        var marks: [Mark] = []
        marks.append(.rect(Rect(x: x, y: y - 26, width: 56, height: 5), Palette.accent))
        let titleBox = TextBox(text: title, style: style.coverTitle, maxWidth: width, maxLines: 0)
        marks.append(.text(titleBox, Point(x: x, y: y)))
        y += measurer.measure(titleBox).height + 12
        if !subtitle.isEmpty {
            let box = TextBox(text: subtitle, style: style.coverSubtitle, maxWidth: width, maxLines: 0)
            marks.append(.text(box, Point(x: x, y: y)))
            y += measurer.measure(box).height
        }
        y += 56
        if !figures.isEmpty {
            let columns = figures.count == 4 ? 2 : min(3, figures.count)
            let cellWidth = width / Double(columns)
            let valueHeight = measurer.lineHeight(style.figureValue)
            var index = 0
            while index < figures.count {
                let row = figures[index..<min(index + columns, figures.count)]
                var rowHeight = 0.0
                marks.append(.line(Point(x: x, y: y), Point(x: x + width, y: y), RGB(hex: 0xCCD3DA), lineWidth: 0.75))
                for (c, figure) in row.enumerated() {
                    let fx = x + Double(c) * cellWidth
                    let valueBox = PageComposer.headlineValue(figure.value, width: cellWidth - 14, style: style.figureValue, measurer: measurer)
                    let shownValueHeight = max(valueHeight, measurer.measure(valueBox).height)
                    let captionBox = TextBox(text: figure.caption, style: style.figureCaption, maxWidth: cellWidth - 14, maxLines: 0)
                    marks.append(.text(valueBox, Point(x: fx, y: y + 12)))
                    marks.append(.text(captionBox, Point(x: fx, y: y + 16 + shownValueHeight)))
                    rowHeight = max(rowHeight, 16 + shownValueHeight + measurer.measure(captionBox).height + 22)
                }
                y += rowHeight
                index += columns
            }
        }
        if !corpusLine.isEmpty {
            let box = TextBox(text: corpusLine, style: style.corpusLine, maxWidth: width, maxLines: 0)
            let height = measurer.measure(box).height
            let bottom = max(y + 30, style.textBottom - height)
            marks.append(.line(Point(x: x, y: bottom - 10), Point(x: x + width, y: bottom - 10), RGB(hex: 0xCCD3DA), lineWidth: 0.75))
            marks.append(.text(box, Point(x: x, y: bottom)))
        }
        pages[pages.count - 1].append(contentsOf: marks)
        // Nothing else goes on the cover.
        y = style.textBottom + 1
    }

    /// A headline figure is never cut: on one line in a smaller font when that takes no less than 60 % of the
    /// size, else in the size at which its longest word fits (no less than 40 %), wrapped at spaces only.
    static func headlineValue(_ value: String, width: Double, style: TextStyle, measurer: some TextMeasurer) -> TextBox {
        func fitting(_ text: String) -> Double {
            let natural = measurer.naturalWidth(text, style)
            return natural > width && natural > 0 ? (style.size * width / natural * 0.98 * 10).rounded(.down) / 10 : style.size
        }
        var size = fitting(value)
        if size < style.size * 0.6 {
            let longestWord = value.split(separator: " ").map { fitting(String($0)) }.min() ?? size
            size = max(style.size * 0.4, longestWord)
        }
        return TextBox(text: value, style: style.with(size: size), maxWidth: width, maxLines: 0)
    }

    /// Footer marks for page `number` of `total`: the document footer left, the page number right.
    func footer(page number: Int, of total: Int, text: String, numberFormat: String, measurer: some TextMeasurer) -> [Mark] {
        let y = style.pageHeight - style.bottomMargin + 26
        let label = numberFormat.replacing("{n}", with: String(number)).replacing("{total}", with: String(total))
        let labelWidth = measurer.naturalWidth(label, style.footer)
        return [
            .line(Point(x: style.margin, y: y - 6), Point(x: style.pageWidth - style.margin, y: y - 6), RGB(hex: 0xD0D5DA), lineWidth: 0.5),
            // Two lines, so "Source: N articles, <outlets>, <first date>–<last date>" fits with many outlets.
            .text(TextBox(text: text, style: style.footer, maxWidth: style.textWidth - labelWidth - 20, maxLines: 2), Point(x: style.margin, y: y)),
            .text(TextBox(text: label, style: style.footer), Point(x: style.pageWidth - style.margin - labelWidth, y: y)),
        ]
    }
}
