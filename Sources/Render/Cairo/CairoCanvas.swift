internal import CCairo
import Foundation

/// The real `Canvas`: cairo for shapes, Pango for text. Drawing calls record the first failure
/// (cairo keeps its error state too); `finish` reports it.
final class CairoCanvas: Canvas {
    let context: Context
    private var firstError: RenderError?
    /// Layouts shaped for measuring or drawing, kept for the canvas's life: the page composer (and a PNG chart)
    /// measures every box it draws, and a PDF draws some boxes on many pages (the footer, "—" in tables), while shaping
    /// is most of a text's cost. All of them are alive once the pages are composed anyway, so keeping them after
    /// drawing does not raise the peak.
    private var measured: [ShapedText: PangoLayout] = [:]
    /// One Pango context per transformation the canvas has shaped text under.
    private var textContexts: [LinearPart: PangoTextContext] = [:]

    /// The linear part of a transformation: Pango ignores translation, but scale and rotation change the
    /// fonts it picks, so a chart scaled into the PDF is shaped anew.
    private struct LinearPart: Hashable {
        var xx, yx, xy, yy: Double
    }

    private struct ShapedText: Hashable {
        var box: TextBox
        var transform: LinearPart
    }

    init(_ context: Context) {
        self.context = context
    }

    convenience init(surface: Surface) throws(RenderError) {
        self.init(try Context(surface))
    }

    private var cr: OpaquePointer { context.handle }

    /// Throws the first error seen while drawing, naming `operation`.
    func finish(_ operation: String) throws(RenderError) {
        if let firstError { throw firstError }
        try context.checkStatus(operation)
    }

    // MARK: TextMeasurer

    /// Measures as the canvas would under a further `scale`, keeping the layouts: for text laid out at one size and
    /// drawn scaled (a chart in the PDF), so that drawing it reuses what measuring shaped instead of shaping it again.
    func measurer(underScale scale: Double) -> some TextMeasurer { ScaledMeasurer(canvas: self, scale: scale) }

    private struct ScaledMeasurer: TextMeasurer {
        let canvas: CairoCanvas
        let scale: Double
        func measure(_ box: TextBox) -> TextExtent { canvas.measure(box, underScale: scale) }
        func lines(_ box: TextBox) -> [TextLine] { canvas.lines(box) }
    }

    private func measure(_ box: TextBox, underScale scale: Double) -> TextExtent {
        cairo_save(cr)
        cairo_scale(cr, scale, scale)
        defer { cairo_restore(cr) }
        return measure(box)
    }

    /// How many layouts the canvas has shaped: tests check that drawing a measured box shapes nothing new.
    private(set) var shapedCount = 0

    func measure(_ box: TextBox) -> TextExtent {
        do {
            let key = shapedKey(box)
            if let layout = measured[key] { return layout.extent }
            let layout = try shape(box, under: key.transform)
            measured[key] = layout
            return layout.extent
        } catch {
            record(error)
            return TextExtent(width: 0, height: 0, lineCount: 0, isTruncated: false, lineBoundaries: [0])
        }
    }

    func lines(_ box: TextBox) -> [TextLine] {
        PangoMeasurer(context: context).lines(box)
    }

    // MARK: Canvas

    func fill(_ rect: Rect, _ color: RGB) {
        guard rect.width > 0, rect.height > 0 else { return }
        context.setColor(color)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    func strokeRect(_ rect: Rect, _ color: RGB, width: Double) {
        context.setColor(color)
        cairo_set_line_width(cr, width)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_stroke(cr)
    }

    func line(from: Point, to: Point, _ color: RGB, width: Double) {
        context.setColor(color)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(cr, from.x, from.y)
        cairo_line_to(cr, to.x, to.y)
        cairo_stroke(cr)
    }

    func fillCircle(center: Point, radius: Double, _ color: RGB, outline: RGB?) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
        context.setColor(color)
        if let outline {
            cairo_fill_preserve(cr)
            context.setColor(outline)
            cairo_set_line_width(cr, max(1, radius / 4))
            cairo_stroke(cr)
        } else {
            cairo_fill(cr)
        }
    }

    func draw(_ box: TextBox, at origin: Point, rotation: Double) {
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotation != 0 { cairo_rotate(cr, rotation) }
        do {
            // Looked up after the transform is set, so Pango sees the final device scale.
            let key = shapedKey(box)
            let layout: PangoLayout
            if let kept = measured[key] {
                layout = kept
            } else {
                layout = try shape(box, under: key.transform)
                measured[key] = layout
            }
            context.setColor(box.style.color)
            cairo_move_to(cr, 0, 0)
            layout.show(in: context)
        } catch {
            record(error)
        }
        cairo_restore(cr)
    }

    func clipped(to rect: Rect, _ body: () throws -> Void) rethrows {
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        defer { cairo_restore(cr) }
        try body()
    }

    func transformed(origin: Point, scale: Double, _ body: () throws -> Void) rethrows {
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        cairo_scale(cr, scale, scale)
        defer { cairo_restore(cr) }
        try body()
    }

    /// Opens a structure element (e.g. "Document") in a tagged PDF; balance with `endStructure`.
    func beginStructure(_ name: String) {
        cairo_tag_begin(cr, name, "")
    }

    func endStructure(_ name: String) {
        cairo_tag_end(cr, name)
    }

    func linked(to uri: String, _ body: () throws -> Void) rethrows {
        // Cairo's attribute syntax quotes with ' and escapes with \: percent-encode both (most links have neither, and
        // Foundation's replacing converts the string to UTF-16 twice).
        let quoted = uri.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "'") }
        let safe = quoted ? uri.replacingOccurrences(of: "\\", with: "%5C").replacingOccurrences(of: "'", with: "%27") : uri
        cairo_tag_begin(cr, "Link", "uri='\(safe)'")
        defer { cairo_tag_end(cr, "Link") }
        try body()
    }

    /// `box` under the current transformation.
    private func shapedKey(_ box: TextBox) -> ShapedText {
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        return ShapedText(box: box, transform: LinearPart(xx: m.xx, yx: m.yx, xy: m.xy, yy: m.yy))
    }

    /// A new layout of `box` in the Pango context for `transform` (the current one).
    private func shape(_ box: TextBox, under transform: LinearPart) throws(RenderError) -> PangoLayout {
        shapedCount += 1
        if let textContext = textContexts[transform] {
            return try PangoLayout(box, in: textContext)
        }
        let textContext = try PangoTextContext(context)
        textContexts[transform] = textContext
        return try PangoLayout(box, in: textContext)
    }

    private func record(_ error: Error) {
        if firstError == nil {
            firstError = (error as? RenderError) ?? .pango(operation: "lay out text")
        }
    }
}
