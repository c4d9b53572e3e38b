@testable import Render

/// A text measurer without fonts: every character is 0.6 em wide, lines are 1.2 em tall,
/// wrapping is greedy by words (then characters), the last allowed line is cut with "…".
struct FakeMeasurer: TextMeasurer {
    func measure(_ box: TextBox) -> TextExtent {
        let advance = box.style.size * 0.6
        let lineHeight = box.style.size * 1.2
        func width(_ s: Substring) -> Double { Double(s.count) * advance }
        if box.ellipsis == .middle, let maxWidth = box.maxWidth {
            let natural = width(Substring(box.text))
            return TextExtent(width: min(natural, maxWidth), height: lineHeight, lineCount: 1,
                              isTruncated: natural > maxWidth, lineBoundaries: [0, lineHeight])
        }
        var lines: [Substring] = []
        for paragraph in box.text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let maxWidth = box.maxWidth else { lines.append(paragraph); continue }
            var current: Substring = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? word : Substring(current + " " + word)
                if width(candidate) <= maxWidth || current.isEmpty {
                    current = candidate
                    // A single word wider than the line breaks by characters.
                    while width(current) > maxWidth && current.count > 1 {
                        let fit = max(1, Int(maxWidth / advance))
                        lines.append(current.prefix(fit))
                        current = current.dropFirst(fit)
                    }
                } else {
                    lines.append(current)
                    current = word
                }
            }
            lines.append(current)
        }
        var truncated = false
        if box.maxLines > 0 && lines.count > box.maxLines {
            lines = Array(lines.prefix(box.maxLines))
            truncated = true
        }
        let widest = lines.map(width).max() ?? 0
        let clampedWidth = box.maxWidth.map { min(widest, $0) } ?? widest
        return TextExtent(
            width: clampedWidth, height: Double(lines.count) * lineHeight, lineCount: lines.count,
            isTruncated: truncated, lineBoundaries: (0...lines.count).map { Double($0) * lineHeight })
    }
}

/// The rectangle a text mark covers (unrotated marks only), measured with `measurer`.
func textRects(_ marks: [Mark], measurer: some TextMeasurer) -> [(String, Rect)] {
    var out: [(String, Rect)] = []
    for mark in marks {
        if case .text(let box, let p, let rotation) = mark, rotation == 0 {
            let e = measurer.measure(box)
            let width = box.maxWidth ?? e.width
            // Aligned text occupies only its lines' width within the box.
            let x: Double = switch box.alignment {
            case .leading: p.x
            case .center: p.x + (width - e.width) / 2
            case .trailing: p.x + width - e.width
            }
            out.append((box.text, Rect(x: x, y: p.y, width: e.width, height: e.height)))
        }
    }
    return out
}

/// Pairs of overlapping text rectangles (shrunk by `slack` to ignore touching edges).
func overlaps(_ rects: [(String, Rect)], slack: Double = 0.5) -> [(String, String)] {
    var found: [(String, String)] = []
    for i in rects.indices {
        for j in rects.indices where j > i {
            if rects[i].1.insetBy(slack).intersects(rects[j].1.insetBy(slack)) {
                found.append((rects[i].0, rects[j].0))
            }
        }
    }
    return found
}
