import Testing
@testable import Render

/// The PNG encoder skips pixels equal to the one above them; its scanlines must still be exactly those of converting
/// and subtracting every pixel (the charts' bytes must not change).
struct PNGFilterTests {
    /// Every pixel un-premultiplied, then the row above subtracted: the plain definition of filter "up".
    static func reference(_ pixels: [UInt32], width: Int, height: Int, channels: Int) -> [UInt8] {
        func rgba(_ p: UInt32) -> [UInt8] {
            let a = p >> 24
            var r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
            if a > 0, a < 255 { r = min(255, (r * 255 + a / 2) / a); g = min(255, (g * 255 + a / 2) / a); b = min(255, (b * 255 + a / 2) / a) }
            return Array([UInt8(r), UInt8(g), UInt8(b), UInt8(a)].prefix(channels))
        }
        var out: [UInt8] = []
        for y in 0..<height {
            out.append(2)
            for x in 0..<width {
                let here = rgba(pixels[y * width + x])
                let above = y == 0 ? [UInt8](repeating: 0, count: channels) : rgba(pixels[(y - 1) * width + x])
                out += zip(here, above).map { $0 &- $1 }
            }
        }
        return out
    }

    /// Rows that repeat the row above, rows that change a few pixels, and premultiplied translucent pixels.
    static func pixels(width: Int, height: Int, opaque: Bool) -> [UInt32] {
        var state: UInt32 = 12345
        func next() -> UInt32 { state = state &* 1_103_515_245 &+ 12345; return state >> 8 }
        var px: [UInt32] = []
        for y in 0..<height {
            for x in 0..<width {
                if y > 0, y % 3 != 0, x % 7 != 0 { px.append(px[(y - 1) * width + x]); continue }
                let a: UInt32 = opaque ? 255 : [0, 1, 128, 254, 255][Int(next() % 5)]
                let c = { (v: UInt32) in a == 0 ? 0 : min(v % 256, a) }
                px.append(a << 24 | c(next()) << 16 | c(next()) << 8 | c(next()))
            }
        }
        return px
    }

    @Test(arguments: [true, false])
    func skippingEqualPixelsGivesTheSameScanlines(opaque: Bool) {
        let (w, h) = (37, 23)
        let px = Self.pixels(width: w, height: h, opaque: opaque)
        let channels = opaque ? 3 : 4
        #expect(PNGEncoder.filteredUp(px, width: w, height: h, channels: channels) == Self.reference(px, width: w, height: h, channels: channels))
    }
}
