import Foundation

/// Renders a `Document` as an A4 PDF: cover, sections as bookmarks, "Page N of M" footers, metadata.
public enum PDFReport {
    /// The PDF's bytes; the same document gives the same bytes (dates come from `document.date`).
    public static func render(_ document: Document) throws -> [UInt8] {
        let style = PageStyle()
        let surface = try Surface.pdf(width: style.pageWidth, height: style.pageHeight)
        // Dates set explicitly (cairo 1.16 ignores SOURCE_DATE_EPOCH): same document, same bytes.
        let date = pdfDate(document.date)
        surface.setMetadata(.title, document.title)
        surface.setMetadata(.subject, document.subject)
        surface.setMetadata(.keywords, document.keywords.joined(separator: ", "))
        surface.setMetadata(.creator, document.creator)
        surface.setMetadata(.author, document.author)
        surface.setMetadata(.createDate, date)
        surface.setMetadata(.modDate, date)
        let canvas = try CairoCanvas(surface: surface)

        // Lay out everything first so the page count is known for the footers.
        let composer = PageComposer.compose(document, style: style, measurer: canvas, chartMeasurer: canvas.measurer(underScale: style.chartScale))
        let total = composer.pages.count
        // cairo 1.16 writes the structure elements of links only inside a structure tree; without one
        // the PDF references objects it never writes (qpdf: "file is damaged").
        canvas.beginStructure("Document")
        for (index, marks) in composer.pages.enumerated() {
            let number = index + 1
            drawMarks(marks, on: canvas)
            if !composer.coverPages.contains(number) {
                let footer = composer.footer(
                    page: number, of: total, text: document.pageFooter, numberFormat: document.pageNumberFormat,
                    measurer: canvas)
                drawMarks(footer, on: canvas)
            }
            canvas.context.showPage()
        }
        canvas.endStructure("Document")
        try canvas.finish("draw the report pages")

        for entry in composer.outline {
            surface.addPDFOutline(title: entry.title, page: entry.page, y: entry.y)
        }
        return try surface.finishDocument("write the PDF report")
    }

    /// ISO 8601 in UTC, "YYYY-MM-DDThh:mm:ssZ", as cairo's metadata wants it.
    static func pdfDate(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let day = CalendarDay(daysSinceEpoch: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(day.year)
        return "\(String(repeating: "0", count: max(0, 4 - year.count)) + year)-\(two(day.month))-\(two(day.day))"
            + "T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }
}
