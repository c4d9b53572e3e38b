internal import CCairo

/// A `PangoContext` matching a cairo context's surface and current transformation. Layouts made from one
/// share it (`pango_cairo_create_layout` would make a context per layout).
final class PangoTextContext {
    let handle: OpaquePointer

    init(_ context: Context) throws(RenderError) {
        guard let handle = pango_cairo_create_context(context.handle) else {
            throw .pango(operation: "create a text context")
        }
        // Unrounded glyph positions: the same advances on image, PDF and SVG surfaces.
        pango_context_set_round_glyph_positions(handle, 0)
        self.handle = handle
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }
}

/// One `PangoLayout`: a `TextBox` shaped by Pango for a cairo context ("DejaVu Sans").
final class PangoLayout {
    let handle: OpaquePointer

    /// Shapes `box` for the context's current transformation.
    convenience init(_ box: TextBox, context: Context) throws(RenderError) {
        try self.init(box, in: PangoTextContext(context))
    }

    /// Shapes `box` in `textContext` (which the layout keeps alive).
    init(_ box: TextBox, in textContext: PangoTextContext) throws(RenderError) {
        guard let layout = pango_layout_new(textContext.handle) else {
            throw .pango(operation: "create a text layout")
        }
        handle = layout

        guard let font = pango_font_description_new() else { throw .pango(operation: "create a font description") }
        pango_font_description_set_family(font, "DejaVu Sans")
        pango_font_description_set_weight(font, box.style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, box.style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(font, max(1, box.style.size) * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)

        if box.style.underline, let attributes = pango_attr_list_new() {
            pango_attr_list_insert(attributes, pango_attr_underline_new(PANGO_UNDERLINE_SINGLE))
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }

        var text = box.text
        if let width = box.maxWidth {
            pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            if box.ellipsis == .middle {
                // Pango cuts in the middle only on a single line.
                pango_layout_set_height(layout, -1)
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_MIDDLE)
            } else if box.maxLines > 0 {
                pango_layout_set_height(layout, -Int32(box.maxLines))
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            }
            switch box.alignment {
            case .leading: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
            case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
            }
        }
        if box.maxLines > 0 || box.ellipsis == .middle {
            // A line limit counts per paragraph in Pango: keep labels one paragraph.
            text = text.replacingNewlines()
        }
        pango_layout_set_text(layout, text, -1)
        self.text = text
        self.box = box
    }

    /// The text as given to Pango (newlines replaced when lines are limited); Pango's indices are its UTF-8 offsets.
    private let text: String
    private let box: TextBox

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Size, line count and line positions in user-space units; read once (a kept layout is measured again for every
    /// box drawn on many pages).
    private(set) lazy var extent: TextExtent = measuredExtent()

    private func measuredExtent() -> TextExtent {
        var logical = PangoRectangle()
        pango_layout_get_extents(handle, nil, &logical)
        let scale = Double(PANGO_SCALE)
        var boundaries: [Double] = []
        if let iter = pango_layout_get_iter(handle) {
            repeat {
                var y0: Int32 = 0
                var y1: Int32 = 0
                pango_layout_iter_get_line_yrange(iter, &y0, &y1)
                if boundaries.isEmpty { boundaries.append(Double(y0) / scale) }
                boundaries.append(Double(y1) / scale)
            } while pango_layout_iter_next_line(iter) != 0
            pango_layout_iter_free(iter)
        }
        return TextExtent(
            width: Double(logical.width) / scale,
            height: Double(logical.height) / scale,
            lineCount: Int(pango_layout_get_line_count(handle)),
            isTruncated: pango_layout_is_ellipsized(handle) != 0,
            lineBoundaries: boundaries)
    }

    /// Each line's characters, position and baseline. An ellipsized line is rebuilt as the longest start of
    /// its text that fits with "…", measured by Pango, so writers that place text themselves show what Pango would.
    func lines(context: Context) -> [TextLine] {
        let utf8 = Array(text.utf8)
        let scale = Double(PANGO_SCALE)
        var starts: [Int] = []
        var geometry: [(x: Double, width: Double, baseline: Double)] = []
        guard let iter = pango_layout_get_iter(handle) else { return [] }
        repeat {
            starts.append(Int(pango_layout_iter_get_index(iter)))
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            geometry.append((Double(logical.x) / scale, Double(logical.width) / scale,
                             Double(pango_layout_iter_get_baseline(iter)) / scale))
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        let ellipsized = pango_layout_is_ellipsized(handle) != 0
        return starts.indices.map { i in
            let start = min(starts[i], utf8.count)
            let end = i + 1 < starts.count ? min(max(starts[i + 1], start), utf8.count) : utf8.count
            var line = String(decoding: utf8[start..<end], as: UTF8.self).trimmingTrailingSpaces()
            if ellipsized && i == starts.count - 1 {
                let measurer = PangoMeasurer(context: context)
                if box.ellipsis == .middle {
                    line = TextFit.cutMiddle(line, toFit: box.maxWidth ?? .infinity, style: box.style, measurer: measurer)
                } else {
                    line = TextFit.cut(line, toFit: box.maxWidth ?? .infinity, style: box.style, measurer: measurer)
                }
            }
            return TextLine(text: line, x: geometry[i].x, baseline: geometry[i].baseline, width: geometry[i].width)
        }
    }

    /// Draws the layout with its top-left corner at the current point.
    func show(in context: Context) {
        pango_cairo_show_layout(context.handle, handle)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}

/// Measures with Pango on a context without drawing (for SVG output and line rebuilding).
struct PangoMeasurer: TextMeasurer {
    let context: Context

    func measure(_ box: TextBox) -> TextExtent {
        (try? PangoLayout(box, context: context).extent)
            ?? TextExtent(width: 0, height: 0, lineCount: 0, isTruncated: false, lineBoundaries: [0])
    }

    func lines(_ box: TextBox) -> [TextLine] {
        (try? PangoLayout(box, context: context).lines(context: context)) ?? []
    }
}
