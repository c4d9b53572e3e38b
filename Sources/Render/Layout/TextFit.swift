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

    /// The largest font size (down to `minimum`) at which one line fits into `rowHeight`.
    static func fontSize(preferred: Double, minimum: Double, rowHeight: Double, lineHeightRatio: Double = 1.25) -> Double {
        min(preferred, max(minimum, rowHeight / lineHeightRatio))
    }
}
