/// A4 page geometry and the report's type sizes (points; font "DejaVu Sans").
struct PageStyle: Sendable {
    var pageWidth = 595.276
    var pageHeight = 841.89
    var margin = 50.0
    var topMargin = 50.0
    /// Space below the text area, holding the footer.
    var bottomMargin = 62.0

    var textWidth: Double { pageWidth - 2 * margin }
    var textTop: Double { topMargin }
    var textBottom: Double { pageHeight - bottomMargin }
    var textHeight: Double { textBottom - textTop }

    var body = TextStyle(size: 10.5)
    var heading = TextStyle(size: 13.5, bold: true)
    var sectionTitle = TextStyle(size: 19, bold: true)
    var coverTitle = TextStyle(size: 30, bold: true)
    var coverSubtitle = TextStyle(size: 14, color: Palette.secondaryInk)
    var figureValue = TextStyle(size: 28, bold: true, color: Palette.accent)
    var figureCaption = TextStyle(size: 10, color: Palette.secondaryInk)
    var corpusLine = TextStyle(size: 9.5, color: Palette.faintInk)
    var tableText = TextStyle(size: 8.5)
    var tableHeader = TextStyle(size: 8.5, bold: true)
    var tableGroup = TextStyle(size: 9.5, bold: true, color: Palette.accent)
    var footer = TextStyle(size: 8, color: Palette.faintInk)
    var summary = TextStyle(size: 11.5)
    var citation = TextStyle(size: 8.5, color: Palette.faintInk)
    var summarySpacing = 12.0

    var paragraphSpacing = 8.0
    /// Charts are laid out on a canvas this many units wide, then scaled into the text column.
    var chartCanvasWidth = 1000.0
    /// How much a chart's canvas is scaled to fit the text column (its text is shaped at this scale, as drawn).
    var chartScale: Double { textWidth / chartCanvasWidth }
    var chartTypeScale = 0.9
}
