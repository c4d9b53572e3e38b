/// One drawing instruction. Layout turns charts and pages into marks (pure Swift, testable);
/// `drawMarks(_:on:)` replays them on a `Canvas`.
indirect enum Mark: Hashable, Sendable {
    case rect(Rect, RGB)
    case frame(Rect, RGB, lineWidth: Double)
    case line(Point, Point, RGB, lineWidth: Double)
    case dot(Point, radius: Double, RGB, outline: RGB?)
    /// Text with its top-left corner at the point, turned by `rotation` radians around it.
    case text(TextBox, Point, rotation: Double)
    case clip(Rect, [Mark])
    /// Everything inside links to the URI (PDF link annotation).
    case link(String, [Mark])
    /// Marks drawn in a coordinate system moved to the point and scaled.
    case transform(Point, scale: Double, [Mark])
}

extension Mark {
    static func text(_ box: TextBox, _ origin: Point) -> Mark {
        .text(box, origin, rotation: 0)
    }
}

/// Draws marks in order.
func drawMarks(_ marks: [Mark], on canvas: some Canvas) {
    for mark in marks {
        switch mark {
        case .rect(let r, let c):
            canvas.fill(r, c)
        case .frame(let r, let c, let w):
            canvas.strokeRect(r, c, width: w)
        case .line(let a, let b, let c, let w):
            canvas.line(from: a, to: b, c, width: w)
        case .dot(let p, let radius, let c, let outline):
            canvas.fillCircle(center: p, radius: radius, c, outline: outline)
        case .text(let box, let p, let rotation):
            canvas.draw(box, at: p, rotation: rotation)
        case .clip(let r, let inner):
            canvas.clipped(to: r) { drawMarks(inner, on: canvas) }
        case .link(let uri, let inner):
            canvas.linked(to: uri) { drawMarks(inner, on: canvas) }
        case .transform(let origin, let scale, let inner):
            canvas.transformed(origin: origin, scale: scale) { drawMarks(inner, on: canvas) }
        }
    }
}
