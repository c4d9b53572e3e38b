/// The small drawing interface charts and pages are drawn through; `CairoCanvas` is the real one.
/// Coordinates are user space with y growing downwards.
protocol Canvas: TextMeasurer {
    func fill(_ rect: Rect, _ color: RGB)
    func strokeRect(_ rect: Rect, _ color: RGB, width: Double)
    func line(from: Point, to: Point, _ color: RGB, width: Double)
    func fillCircle(center: Point, radius: Double, _ color: RGB, outline: RGB?)
    /// Draws `box` with its top-left corner at `origin`, turned by `rotation` radians around that corner.
    func draw(_ box: TextBox, at origin: Point, rotation: Double)
    /// Runs `body` with drawing clipped to `rect`.
    func clipped(to rect: Rect, _ body: () throws -> Void) rethrows
    /// Runs `body` in a coordinate system moved to `origin` and scaled by `scale`.
    func transformed(origin: Point, scale: Double, _ body: () throws -> Void) rethrows
    /// Runs `body` with everything it draws made a link to `uri` (PDF only; elsewhere just draws).
    func linked(to uri: String, _ body: () throws -> Void) rethrows
}

extension Canvas {
    func draw(_ box: TextBox, at origin: Point) {
        draw(box, at: origin, rotation: 0)
    }
}
