import Foundation
import Testing
@testable import Render

/// Summary sentences, cover figures, id columns and footers, laid out without cairo.
@Suite("Page blocks") struct PageBlockTests {
    let measurer = FakeMeasurer()
    let style = PageStyle()

    /// Text boxes with their absolute origin on the page (transforms applied; all are scale 1 here).
    func placedTexts(_ marks: [Mark], offset: Point = Point(x: 0, y: 0)) -> [(TextBox, Point)] {
        marks.flatMap { mark -> [(TextBox, Point)] in
            switch mark {
            case .text(let box, let p, _): [(box, Point(x: p.x + offset.x, y: p.y + offset.y))]
            case .clip(_, let inner), .link(_, let inner): placedTexts(inner, offset: offset)
            case .transform(let p, _, let inner): placedTexts(inner, offset: Point(x: p.x + offset.x, y: p.y + offset.y))
            default: []
            }
        }
    }

    static let ids = ["01Nov2025_xml.2025.11.01.124654126", "30Oct2025_xml.2025.10.30.093012877", "a.txt"]

    func figureTable(_ overflow: Table.Overflow = .wrap, minWidth: Double? = nil) -> Table {
        Table(
            columns: [Table.Column("#", width: 0.5, alignment: .trailing), Table.Column("Sentence", width: 5),
                      Table.Column("Value", width: 1.2, alignment: .trailing),
                      Table.Column("Article", width: 1, overflow: overflow, minWidth: minWidth)],
            rows: Self.ids.enumerated().map { i, id in
                [Table.Cell("\(i + 1)"), Table.Cell("Baidu memberikan 50 juta token gratis kepada pengembang."), Table.Cell("50 juta"), Table.Cell(id)]
            })
    }

    @Test func longIdsNeverWrapIntoTowers() {
        let layout = TableLayout(figureTable(), x: style.margin, width: style.textWidth, style: style, measurer: measurer)
        let line = measurer.lineHeight(style.tableText)
        // By weight alone the id column would be 57 pt: seven lines of five characters. Now at most two lines.
        #expect(layout.columnWidths[3] > 150)
        #expect(layout.rows[0].height <= 2 * line + 2 * TableLayout.padding + 0.01)
        #expect(abs(layout.columnWidths.reduce(0, +) - style.textWidth) < 1e-6, "the table still spans the text width")
        #expect(layout.columnWidths[1] > layout.columnWidths[3], "the sentence column keeps the most room")
    }

    @Test func idsCanBeCutInTheMiddle() {
        let layout = TableLayout(figureTable(.ellipsizeMiddle, minWidth: 90), x: style.margin, width: style.textWidth, style: style, measurer: measurer)
        #expect(abs(layout.columnWidths[3] - 90) < 1e-6)
        let line = measurer.lineHeight(style.tableText)
        let sentenceLines = measurer.measure(TextBox(text: "Baidu memberikan 50 juta token gratis kepada pengembang.", style: style.tableText,
                                                     maxWidth: layout.columnWidths[1] - 2 * TableLayout.padding, maxLines: 0)).lineCount
        #expect(layout.rows[0].height <= Double(sentenceLines) * line + 2 * TableLayout.padding + 0.01)
        let idBox = placedTexts(layout.rows[0].marks).first { $0.0.text == Self.ids[0] }!.0
        #expect(idBox.ellipsis == .middle && idBox.maxLines == 1)
        let shown = measurer.lines(idBox)
        #expect(shown.count == 1 && shown[0].text.hasPrefix("01No") && shown[0].text.hasSuffix("126") && shown[0].text.contains("…"))
    }

    @Test func minimaThatCannotAllFitShareTheWidth() {
        let table = Table(columns: (0..<4).map { Table.Column("C\($0)", width: 1, minWidth: 300) }, rows: [])
        let widths = TableLayout.columnWidths(table, width: 400, style: style, measurer: measurer)
        #expect(widths.allSatisfy { abs($0 - 100) < 1e-6 })
    }

    @Test func summarySentencesKeepTheirCitations() {
        let sentences = (1...40).map { i in
            SummarySentence("Statement \(i): Zhipu offered the most free tokens (150M), three times Baidu's and SenseTime's 50M.",
                            citation: "Kompas, 2025-01-28 · Tempo, 2025-03-0\(i % 9 + 1)")
        }
        let document = Document(title: "t", date: Date(timeIntervalSince1970: 0),
                                 sections: [Section(title: "Summary", blocks: [.summary(sentences)])])
        let composer = PageComposer.compose(document, measurer: measurer)
        #expect(composer.pages.count >= 2, "40 statements need more than a page")
        for (index, page) in composer.pages.enumerated() {
            let texts = placedTexts(page)
            let statements = texts.filter { $0.0.text.hasPrefix("Statement") }
            let citations = texts.filter { $0.0.text.hasPrefix("Kompas") }
            #expect(statements.count == citations.count, "page \(index + 1): a statement and its citation stay together")
            for (statement, citation) in zip(statements, citations) {
                #expect(citation.1.y > statement.1.y)
                #expect(citation.0.style.size < statement.0.style.size)
                #expect(citation.0.style.color != statement.0.style.color)
            }
            for (box, origin) in texts where box.text.hasPrefix("Kompas") {
                #expect(origin.y + measurer.measure(box).height <= style.textBottom + 0.01)
            }
        }
        let all = composer.pages.flatMap { placedTexts($0) }.map(\.0.text)
        #expect(all.filter { $0.hasPrefix("Statement") }.count == 40)
    }

    @Test func headlineFiguresAreNeverCut() {
        let figures = ["IDR 1.234.567.890.000.000", "$5,5 juta", "≥ 79"].map { HeadlineFigure(value: $0, caption: "a caption that is long enough to wrap over several lines of the narrow cell, and more words, and more, and more, and still more words") }
        let document = Document(title: "t", date: Date(timeIntervalSince1970: 0),
                                sections: [Section(title: "Cover", blocks: [.cover(title: "T", subtitle: "S", figures: figures, corpusLine: "c")])])
        let composer = PageComposer.compose(document, measurer: measurer)
        let texts = placedTexts(composer.pages[0])
        let cellWidth = style.textWidth / 3 - 14
        for figure in figures {
            let (box, _) = texts.first { $0.0.text == figure.value }!
            let extent = measurer.measure(box)
            #expect(!extent.isTruncated, "\(figure.value) is cut")
            #expect(extent.width <= cellWidth + 0.01)
        }
        let long = texts.first { $0.0.text.hasPrefix("IDR") }!.0
        #expect(long.style.size < style.figureValue.size, "a long figure gets a smaller font")
        #expect(texts.first { $0.0.text == "≥ 79" }!.0.style.size == style.figureValue.size)
        for (box, _) in texts where box.text.hasPrefix("a caption") { #expect(!measurer.measure(box).isTruncated) }
        // Captions sit below their (possibly wrapped) figure.
        let longOrigin = texts.first { $0.0.text.hasPrefix("IDR") }!.1
        let captionOrigin = texts.filter { $0.0.text.hasPrefix("a caption") }.map(\.1).min { $0.x < $1.x }!
        #expect(captionOrigin.y >= longOrigin.y + measurer.measure(long).height)
    }

    @Test func footerHoldsASourceLineWithManyOutlets() {
        let composer = PageComposer.compose(Samples.document(tableRows: 5), measurer: measurer)
        let source = "Source: 257 articles, Kompas, Tempo, CNBC Indonesia, Detik, Antara, Bisnis, Katadata, Liputan6, Republika, 2024-11-14–2025-09-02"
        let footer = composer.footer(page: 2, of: 9, text: source, numberFormat: "Page {n} of {total}", measurer: measurer)
        let box = placedTexts(footer).first { $0.0.text == source }!
        #expect(!measurer.measure(box.0).isTruncated)
        #expect(box.1.y + measurer.measure(box.0).height <= style.pageHeight - 4)
    }

    @Test(arguments: 2...12)
    func groupHeadingsSpanTheTableAndNeverEndAPage(groupSize: Int) {
        let rows = (0..<120).map { i in [Table.Cell("\(i)"), Table.Cell("Baidu memberikan \(i) juta token gratis kepada pengembang" + (i % 3 == 0 ? ", sebuah kalimat yang cukup panjang." : "."))] }
        var headings: [Int: String] = [:]
        for start in stride(from: 0, to: 120, by: groupSize) { headings[start] = "Group \(start / groupSize) · free tokens" }
        let table = Table(columns: [Table.Column("#", width: 0.5), Table.Column("Sentence", width: 5)], rows: rows, groupHeadings: headings)
        let document = Document(title: "t", date: Date(timeIntervalSince1970: 0), sections: [Section(title: "Figures", blocks: [.table(table)])])
        let composer = PageComposer.compose(document, measurer: measurer)
        #expect(composer.pages.count >= 3)
        var seen = 0
        for page in composer.pages {
            let texts = placedTexts(page).sorted { $0.1.y < $1.1.y }.map(\.0)
            seen += texts.filter { $0.text.hasPrefix("Group ") }.count
            #expect(texts.last.map { !$0.text.hasPrefix("Group ") } ?? true, "a heading ends a page")
            if let heading = texts.first(where: { $0.text.hasPrefix("Group ") }) {
                #expect(heading.style.bold && heading.maxWidth! > style.textWidth - 20, "headings span the table")
            }
        }
        #expect(seen == headings.count)
    }
}
