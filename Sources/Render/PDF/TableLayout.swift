/// Table rows measured and turned into marks; the page composer decides where they go.
struct TableLayout {
    static let padding = 4.0

    var columnWidths: [Double]
    var header: [Mark]
    var headerHeight: Double
    /// One row drawn at y = 0 (shifted by the composer): a data row or a group heading.
    struct Row {
        var marks: [Mark]
        var height: Double
        /// A group heading: the composer keeps it on the page of the row after it.
        var isHeading = false
    }

    /// The rows in reading order, group headings included.
    var rows: [Row]

    init(_ table: Table, x: Double, width: Double, style: PageStyle, measurer: some TextMeasurer) {
        let widths = TableLayout.columnWidths(table, width: width, style: style, measurer: measurer)
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
                let middle = column.overflow == .ellipsizeMiddle
                let box = TextBox(
                    text: cell.text, style: s, maxWidth: max(4, widths[i] - 2 * pad), maxLines: middle ? 1 : 0,
                    alignment: column.alignment == .trailing ? .trailing : .leading, ellipsis: middle ? .middle : .end)
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
        var rows: [Row] = []
        for (index, cells) in table.rows.enumerated() {
            if let heading = table.groupHeadings[index], !heading.isEmpty {
                let box = TextBox(text: heading, style: style.tableGroup, maxWidth: width - 2 * pad, maxLines: 0)
                let height = measurer.measure(box).height + 2 * pad + 4
                rows.append(Row(marks: [
                    .text(box, Point(x: x + pad, y: pad + 4)),
                    .line(Point(x: x, y: height), Point(x: x + width, y: height), Palette.axis, lineWidth: 0.75),
                ], height: height, isHeading: true))
            }
            let (marks, height) = cellMarks(cells, textStyle: style.tableText, fill: index % 2 == 1 ? Palette.stripe : nil)
            rows.append(Row(marks: marks, height: height))
        }
        self.rows = rows
    }

    /// Widths by the columns' weights, but never below a column's minimum: its `minWidth`, or room for its
    /// longest word (at most a third of `width`) so that ids and long names wrap at spaces, not every few
    /// letters. Columns pushed up take their room from the others in proportion to their weights.
    static func columnWidths(_ table: Table, width: Double, style: PageStyle, measurer: some TextMeasurer) -> [Double] {
        let weights = table.columns.map { $0.width.isFinite && $0.width > 0 ? $0.width : 1 }
        var minima: [Double] = table.columns.enumerated().map { i, column in
            let floor = column.minWidth.map { $0.isFinite ? max(0, $0) : 0 } ?? 0
            guard column.overflow == .wrap else { return floor }
            // The longest words by characters are the widest ones in practice; measure only a few.
            var words: [(word: Substring, length: Int, isHeader: Bool)] = column.title.split(whereSeparator: \.isWhitespace).map {
                ($0, $0.count, true)
            }
            for row in table.rows where i < row.count {
                if let longest = longestWord(row[i].text) { words.append((longest.word, longest.length, false)) }
            }
            let widest = words.sorted { $0.length > $1.length }.prefix(4).map { word, _, isHeader in
                measurer.naturalWidth(String(word), isHeader ? style.tableHeader : style.tableText)
            }.max() ?? 0
            return max(floor, min(widest + 2 * padding + 1, width / 3))
        }
        let minimumTotal = minima.reduce(0, +)
        if minimumTotal > width {
            minima = minima.map { $0 * width / minimumTotal }
        }
        var fixed = [Bool](repeating: false, count: weights.count)
        var widths = [Double](repeating: 0, count: weights.count)
        while true {
            let room = width - zip(minima, fixed).filter(\.1).map(\.0).reduce(0, +)
            let freeWeight = zip(weights, fixed).filter { !$0.1 }.map(\.0).reduce(0, +)
            var changed = false
            for i in weights.indices {
                widths[i] = fixed[i] ? minima[i] : room * weights[i] / max(freeWeight, 1e-9)
                if !fixed[i] && widths[i] < minima[i] {
                    fixed[i] = true
                    changed = true
                }
            }
            if !changed { return widths }
        }
    }

    /// The first of the longest words of `text` (split at whitespace) and its length in characters. An ASCII text
    /// (most cells) is read as bytes: splitting every cell into `Character`s and counting them was most of the time the
    /// widths took.
    static func longestWord(_ text: String) -> (word: Substring, length: Int)? {
        var text = text
        let found: (start: Int, end: Int)?? = text.withUTF8 { bytes in
            var best: (start: Int, end: Int)?, start: Int?
            for (i, b) in bytes.enumerated() {
                guard b < 0x80 else { return .none }
                // ASCII whitespace: tab, line feed, vertical tab, form feed, carriage return, space.
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    if let s = start, i - s > (best.map { $0.end - $0.start } ?? 0) { best = (s, i) }
                    start = nil
                } else if start == nil {
                    start = i
                }
            }
            if let s = start, bytes.count - s > (best.map { $0.end - $0.start } ?? 0) { best = (s, bytes.count) }
            return .some(best)
        }
        guard let ascii = found else {
            return text.split(whereSeparator: \.isWhitespace).map { ($0, $0.count) }.max { $0.1 < $1.1 }
        }
        guard let (start, end) = ascii else { return nil }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start), to = utf8.index(from, offsetBy: end - start)
        return (text[from..<to], end - start)
    }
}
