/// A point in the drawing's user space (pixels for PNG at scale 1, points for PDF).
struct Point: Hashable, Sendable {
    var x: Double
    var y: Double
}

struct Size: Hashable, Sendable {
    var width: Double
    var height: Double
}

/// An axis-aligned rectangle; `y` grows downwards as in cairo.
struct Rect: Hashable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x }
    var minY: Double { y }
    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    /// The rectangle shrunk by `d` on every side.
    func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }

    func intersects(_ o: Rect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }

    func contains(_ o: Rect, tolerance: Double = 0.5) -> Bool {
        o.x >= x - tolerance && o.y >= y - tolerance && o.maxX <= maxX + tolerance && o.maxY <= maxY + tolerance
    }
}
