import Testing
@testable import Render

/// `CairoCanvas` keeps the layouts it shaped for measuring and draws them later: drawing a measured box
/// must give exactly the pixels of drawing it fresh, at the measured size and under another scale or rotation.
@Suite("Layouts kept between measuring and drawing") struct ShapedTextTests {
    static let boxes = [
        TextBox(text: "DeepSeek V3: US$5,5 juta untuk melatih model", style: TextStyle(size: 15), maxWidth: 140, maxLines: 0),
        TextBox(text: "01Nov2025_xmcompany_124654126", style: TextStyle(size: 13, bold: true), maxWidth: 120, maxLines: 1,
                ellipsis: .middle),
        TextBox(text: "Zhipu 150 juta token", style: TextStyle(size: 12, italic: true, underline: true)),
    ]

    /// Draws every box at the identity, moved, scaled by 1.7 and turned; `measureFirst` measures them all beforehand.
    func pixels(measureFirst: Bool) throws -> [UInt32] {
        let surface = try Surface.image(width: 900, height: 700)
        let canvas = try CairoCanvas(surface: surface)
        canvas.fill(Rect(x: 0, y: 0, width: 900, height: 700), RGB(hex: 0xFFFFFF))
        if measureFirst {
            for box in Self.boxes { _ = canvas.measure(box) }
        }
        for (i, box) in Self.boxes.enumerated() {
            let y = Double(i) * 220
            canvas.transformed(origin: Point(x: 20, y: y + 10), scale: 1.7) { canvas.draw(box, at: Point(x: 0, y: 0)) }
            canvas.draw(box, at: Point(x: 20, y: y + 120))
            canvas.draw(box, at: Point(x: 420, y: y + 20), rotation: 0.5)
            canvas.draw(box, at: Point(x: 620, y: y + 120))
        }
        try canvas.finish("draw the test boxes")
        return surface.argbPixels().pixels
    }

    @Test func aMeasuredBoxDrawsLikeAFreshOne() throws {
        let fresh = try pixels(measureFirst: false)
        #expect(fresh.count { $0 & 0xFF_FFFF != 0xFF_FFFF } > 2_000, "the boxes were drawn")
        #expect(try pixels(measureFirst: true) == fresh)
    }

    @Test func measuringTwiceGivesTheSameExtent() throws {
        let canvas = try CairoCanvas(surface: try Surface.image(width: 10, height: 10))
        for box in Self.boxes {
            let first = canvas.measure(box)
            #expect(canvas.measure(box) == first)
            #expect(canvas.measurer(underScale: 1).measure(box) == first)
        }
    }

    /// A chart in the PDF is laid out at its own size and drawn scaled: text measured under that scale is not shaped
    /// again when drawn there, and draws the pixels of a box shaped at drawing.
    @Test func aBoxMeasuredUnderAScaleIsDrawnThereWithoutShapingAgain() throws {
        func draw(measureFirst: Bool) throws -> (pixels: [UInt32], shapedAtDrawing: Int) {
            let surface = try Surface.image(width: 600, height: 500)
            let canvas = try CairoCanvas(surface: surface)
            canvas.fill(Rect(x: 0, y: 0, width: 600, height: 500), RGB(hex: 0xFFFFFF))
            if measureFirst {
                let measurer = canvas.measurer(underScale: 0.6)
                for box in Self.boxes { _ = measurer.measure(box) }
            }
            let before = canvas.shapedCount
            canvas.transformed(origin: Point(x: 30, y: 0), scale: 1) {
                canvas.transformed(origin: Point(x: 10, y: 20), scale: 0.6) {
                    for (i, box) in Self.boxes.enumerated() { canvas.draw(box, at: Point(x: 0, y: Double(i) * 200)) }
                }
            }
            try canvas.finish("draw the scaled boxes")
            return (surface.argbPixels().pixels, canvas.shapedCount - before)
        }
        let fresh = try draw(measureFirst: false), measured = try draw(measureFirst: true)
        #expect(fresh.shapedAtDrawing == Self.boxes.count)
        #expect(measured.shapedAtDrawing == 0)
        #expect(measured.pixels == fresh.pixels)
    }
}
