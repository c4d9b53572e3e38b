/// Table rows measured and turned into marks; the page composer decides where they go.
struct TableLayout {
    static let padding = 4.0

    var columnWidths: [Double]
    var header: [Mark]
    var headerHeight: Double
    /// Marks of each row drawn at y = 0 (shifted by the composer) and the row's height.
    var rows: [(marks: [Mark], height: Double)]

    init(_ table: Table, x: Double, width: Double, style: PageStyle, measurer: some TextMeasurer) {
        let weights = table.columns.map { $0.width.isFinite && $0.width > 0 ? $0.width : 1 }
        let total = weights.reduce(0, +)
        let widths = weights.map { width * $0 / max(total, 1e-9) }
        columnWidths = widths
        let pad = TableLayout.padding

        func cellMarks(_ cells: [Table.Cell], textStyle: TextStyle, fill: RGB?) -> ([Mark], Double) {
            var boxes: [(TextBox, Double, String?)] = []
            var height = 0.0
            var cx = x
            for (i, column) in table.columns.enumerated() {
                let cell = i < cells.count ? cells[i] : Table.Cell("")
                var s = textStyle
                s.italic = cell.italic
                if cell.link != nil {
                    s.color = Palette.link
                    s.underline = true
                }
                let box = TextBox(
                    text: cell.text, style: s, maxWidth: max(4, widths[i] - 2 * pad), maxLines: 0,
                    alignment: column.alignment == .trailing ? .trailing : .leading)
                height = max(height, measurer.measure(box).height + 2 * pad)
                boxes.append((box, cx + pad, cell.link))
                cx += widths[i]
            }
            var marks: [Mark] = []
            if let fill { marks.append(.rect(Rect(x: x, y: 0, width: width, height: height), fill)) }
            for (box, bx, link) in boxes where !box.text.isEmpty {
                let text = Mark.text(box, Point(x: bx, y: pad))
                marks.append(link.map { Mark.link($0, [text]) } ?? text)
            }
            marks.append(.line(Point(x: x, y: height), Point(x: x + width, y: height), RGB(hex: 0xD0D5DA), lineWidth: 0.5))
            return (marks, height)
        }

        let (headerMarks, headerHeight) = cellMarks(
            table.columns.map { Table.Cell($0.title) }, textStyle: style.tableHeader, fill: Palette.headerFill)
        header = headerMarks
        self.headerHeight = headerHeight
        var rows: [(marks: [Mark], height: Double)] = []
        for (index, cells) in table.rows.enumerated() {
            rows.append(cellMarks(cells, textStyle: style.tableText, fill: index % 2 == 1 ? Palette.stripe : nil))
        }
        self.rows = rows
    }
}
