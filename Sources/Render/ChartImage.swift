/// Charts as picture files (bytes, so the caller can write them atomically).
public enum ChartImage {
    /// A PNG of `width`×`height` × `scale` pixels (scale 2 → everything twice as big and sharp).
    /// Carries the chart's title and source line as "Title" and "Source" text chunks, and `software` as "Software".
    public static func png(
        _ chart: Chart, width: Int = 1600, height: Int = 1000, scale: Double = 1, software: String = "report-gen"
    ) throws -> [UInt8] {
        let text = [
            PNGEncoder.TextEntry(keyword: "Title", text: chart.title),
            PNGEncoder.TextEntry(keyword: "Source", text: chart.source),
            PNGEncoder.TextEntry(keyword: "Software", text: software),
        ]
        return try PNGEncoder.encode(rasterize(chart, width: width, height: height, scale: scale), text: text)
    }

    /// An SVG document of `width`×`height` user units (viewBox the same) whose text is `<text>` in
    /// "DejaVu Sans", so labels can be edited in a slide tool. Laid out with Pango exactly like the PNG.
    public static func svg(_ chart: Chart, width: Int = 1600, height: Int = 1000) throws -> [UInt8] {
        try validate(width: width, height: height, scale: 1)
        let size = Size(width: Double(width), height: Double(height))
        // Text is measured on a 1×1 image context: metrics do not depend on the surface (hinting is off).
        let context = try Context(try Surface.image(width: 1, height: 1))
        let measurer = PangoMeasurer(context: context)
        let marks = ChartDrawing.marks(chart, size: size, style: ChartStyle.forCanvas(size), measurer: measurer)
        let document = SVGWriter.document(marks, size: size, title: chart.title, description: chart.source, measurer: measurer)
        try context.checkStatus("lay out the SVG of “\(chart.title)”")
        return Array(document.utf8)
    }

    /// The chart drawn on an image surface (tests read its pixels).
    static func rasterize(_ chart: Chart, width: Int, height: Int, scale: Double) throws(RenderError) -> Surface {
        try validate(width: width, height: height, scale: scale)
        let pixelWidth = Int((Double(width) * scale).rounded())
        let pixelHeight = Int((Double(height) * scale).rounded())
        let surface = try Surface.image(width: pixelWidth, height: pixelHeight)
        try draw(chart, on: surface, size: Size(width: Double(width), height: Double(height)), scale: scale)
        return surface
    }

    private static func draw(_ chart: Chart, on surface: Surface, size: Size, scale: Double) throws(RenderError) {
        let canvas = try CairoCanvas(surface: surface)
        let style = ChartStyle.forCanvas(size)
        canvas.transformed(origin: Point(x: 0, y: 0), scale: scale) {
            // Measured under the final scale, so text fits exactly as drawn.
            drawMarks(ChartDrawing.marks(chart, size: size, style: style, measurer: canvas), on: canvas)
        }
        try canvas.finish("draw the chart “\(chart.title)”")
        try surface.checkStatus("draw the chart “\(chart.title)”")
    }

    private static func validate(width: Int, height: Int, scale: Double) throws(RenderError) {
        guard width >= 100, height >= 100 else {
            throw .invalidSize(width: width, height: height, reason: "charts need at least 100×100 units")
        }
        guard scale > 0, scale <= 8, scale.isFinite else {
            throw .invalidSize(width: width, height: height, reason: "scale \(scale) is outside 0…8")
        }
    }
}
