/// Font and colour of one piece of text. The family is always "DejaVu Sans".
struct TextStyle: Hashable, Sendable {
    /// Absolute size in user-space units (pixels in a PNG at scale 1, points in a PDF).
    var size: Double
    var bold = false
    var italic = false
    var underline = false
    var color: RGB = Palette.ink

    func with(size: Double) -> TextStyle {
        var s = self
        s.size = size
        return s
    }

    func with(color: RGB) -> TextStyle {
        var s = self
        s.color = color
        return s
    }
}

/// Horizontal placement of lines inside a text box of fixed width.
enum TextAlignment: Hashable, Sendable {
    case leading, center, trailing
}

/// A piece of text and the box it must fit: wrapped at `maxWidth` (word, then character),
/// at most `maxLines` lines, the last one ending in "…" when text is left over.
struct TextBox: Hashable, Sendable {
    var text: String
    var style: TextStyle
    /// nil → one unwrapped line as wide as the text needs.
    var maxWidth: Double?
    /// 0 → as many lines as the text needs.
    var maxLines: Int = 1
    var alignment: TextAlignment = .leading
    /// Where text that does not fit is cut: `.end` for prose, `.middle` for ids whose both ends matter
    /// ("01Nov2025_xm…124654126"). A middle cut keeps the text on one line.
    var ellipsis: Ellipsis = .end

    enum Ellipsis: Hashable, Sendable {
        case end, middle
    }
}

/// One line of a laid-out text box, for writers that place lines themselves (SVG).
struct TextLine: Hashable, Sendable {
    /// The characters shown on the line, ending in "…" when the box cut the text there.
    var text: String
    /// Left edge of the line's ink box from the box's left edge (alignment applied).
    var x: Double
    /// Baseline from the box's top edge.
    var baseline: Double
    var width: Double
}

/// What a laid-out text box occupies.
struct TextExtent: Hashable, Sendable {
    /// Width of the widest line (ink-independent, logical).
    var width: Double
    var height: Double
    var lineCount: Int
    /// Text was cut and ends in "…".
    var isTruncated: Bool
    /// Top of each line and the bottom of the last one, from the box top (lineCount + 1 values).
    var lineBoundaries: [Double]
}

/// Measures text the way the renderer will draw it (Pango in production, a fixed-advance fake in tests).
protocol TextMeasurer {
    func measure(_ box: TextBox) -> TextExtent
    /// The box's lines as they will be drawn. The default breaks greedily at spaces (enough for fakes).
    func lines(_ box: TextBox) -> [TextLine]
}

extension TextMeasurer {
    /// Width of `text` on one unwrapped line.
    func naturalWidth(_ text: String, _ style: TextStyle) -> Double {
        measure(TextBox(text: text, style: style, maxWidth: nil, maxLines: 1)).width
    }

    /// Height of one line of `style`.
    func lineHeight(_ style: TextStyle) -> Double {
        measure(TextBox(text: "Ag", style: style, maxWidth: nil, maxLines: 1)).height
    }

    func lines(_ box: TextBox) -> [TextLine] {
        let text = box.maxLines > 0 || box.ellipsis == .middle ? box.text.replacingNewlines() : box.text
        let lineHeight = lineHeight(box.style)
        if box.ellipsis == .middle, let maxWidth = box.maxWidth {
            let line = TextFit.cutMiddle(text, toFit: maxWidth, style: box.style, measurer: self)
            let width = naturalWidth(line, box.style)
            let x: Double = switch box.alignment {
            case .leading: 0
            case .center: (maxWidth - width) / 2
            case .trailing: maxWidth - width
            }
            return [TextLine(text: line, x: x, baseline: 0.8 * lineHeight, width: width)]
        }
        var words: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let maxWidth = box.maxWidth else { words.append(String(paragraph)); continue }
            var current = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if current.isEmpty || naturalWidth(candidate, box.style) <= maxWidth {
                    current = candidate
                } else {
                    words.append(current)
                    current = String(word)
                }
            }
            words.append(current)
        }
        var shown = words
        if box.maxLines > 0 && shown.count > box.maxLines {
            shown = Array(shown.prefix(box.maxLines))
            shown[shown.count - 1] = TextFit.cut(shown[shown.count - 1] + " " + words[box.maxLines...].joined(separator: " "),
                                                 toFit: box.maxWidth ?? .infinity, style: box.style, measurer: self)
        }
        return shown.enumerated().map { i, line in
            let width = naturalWidth(line, box.style)
            let room = box.maxWidth ?? width
            let x: Double = switch box.alignment {
            case .leading: 0
            case .center: (room - width) / 2
            case .trailing: room - width
            }
            return TextLine(text: line, x: x, baseline: (Double(i) + 0.8) * lineHeight, width: width)
        }
    }
}

/// Decisions about fitting labels into columns; pure, so tested with a fake measurer.
enum TextFit {
    /// Width of a label column: as wide as the widest label on one line, but at most `limit`.
    static func columnWidth(for labels: [String], style: TextStyle, limit: Double, measurer: some TextMeasurer) -> Double {
        let widest = labels.map { measurer.naturalWidth($0, style) }.max() ?? 0
        return min(widest, limit)
    }

    /// How many lines a label may use in a row `rowHeight` tall (2 when two lines fit, else 1).
    static func maxLines(rowHeight: Double, lineHeight: Double, allowed: Int = 2) -> Int {
        guard lineHeight > 0 else { return 1 }
        return max(1, min(allowed, Int((rowHeight / lineHeight).rounded(.down))))
    }

    /// The longest start of `text` that fits `width` with "…" appended (the whole text when it fits).
    static func cut(_ text: String, toFit width: Double, style: TextStyle, measurer: some TextMeasurer) -> String {
        if measurer.naturalWidth(text, style) <= width { return text }
        let characters = Array(text)
        var low = 0, high = characters.count
        while low < high {
            let mid = (low + high + 1) / 2
            let candidate = String(characters[..<mid]).trimmingTrailingSpaces() + "…"
            if measurer.naturalWidth(candidate, style) <= width { low = mid } else { high = mid - 1 }
        }
        return String(characters[..<low]).trimmingTrailingSpaces() + "…"
    }

    /// `text` with its middle replaced by "…" so that it fits `width` (the whole text when it fits).
    static func cutMiddle(_ text: String, toFit width: Double, style: TextStyle, measurer: some TextMeasurer) -> String {
        if measurer.naturalWidth(text, style) <= width { return text }
        let characters = Array(text)
        var keep = characters.count - 1
        while keep > 1 {
            let head = characters.prefix((keep + 1) / 2), tail = characters.suffix(keep / 2)
            let candidate = String(head) + "…" + String(tail)
            if measurer.naturalWidth(candidate, style) <= width { return candidate }
            keep -= max(1, keep / 12)
        }
        return "…"
    }

    /// The largest font size (down to `minimum`) at which one line fits into `rowHeight`.
    static func fontSize(preferred: Double, minimum: Double, rowHeight: Double, lineHeightRatio: Double = 1.25) -> Double {
        min(preferred, max(minimum, rowHeight / lineHeightRatio))
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
