internal import CCairo

/// An opaque picture as 0xRRGGBB pixels, row by row: read from and written to PNG files.
/// For comparing rendered charts with baseline images (see Tests/RenderTests/BaselineTests.swift).
struct PixelImage: Equatable {
    var width: Int
    var height: Int
    /// 0xRRGGBB, `width × height`, top row first (alpha dropped).
    var pixels: [UInt32]

    init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The pixels of an image surface (e.g. a freshly rendered chart).
    init(_ surface: Surface) {
        let (w, h, argb) = surface.argbPixels()
        self.init(width: w, height: h, pixels: argb.map { $0 & 0xFF_FFFF })
    }

    /// Decodes the PNG file at `path` with cairo; nil when it is missing or not a PNG.
    init?(pngAt path: String) {
        let handle = cairo_image_surface_create_from_png(path)!
        defer { cairo_surface_destroy(handle) }
        guard cairo_surface_status(handle) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(handle)
        let w = Int(cairo_image_surface_get_width(handle))
        let h = Int(cairo_image_surface_get_height(handle))
        let stride = Int(cairo_image_surface_get_stride(handle))
        guard let data = cairo_image_surface_get_data(handle) else { return nil }
        var pixels = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<w {
                pixels[y * w + x] = row.load(fromByteOffset: x * 4, as: UInt32.self) & 0xFF_FFFF
            }
        }
        self.init(width: w, height: h, pixels: pixels)
    }

    /// The picture as PNG bytes (opaque).
    func pngBytes() throws(RenderError) -> [UInt8] {
        let surface = try Surface.image(width: width, height: height)
        let handle = surface.handle
        cairo_surface_flush(handle)
        let stride = Int(cairo_image_surface_get_stride(handle))
        guard let data = cairo_image_surface_get_data(handle) else { return [] }
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride)
            for x in 0..<width {
                row.storeBytes(of: 0xFF00_0000 | pixels[y * width + x], toByteOffset: x * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(handle)
        return try surface.pngBytes()
    }

    /// Root-mean-square difference over the R, G and B channels (0–255), as matplotlib's
    /// `compare_images` computes it; nil when the sizes differ.
    func rms(comparedTo other: PixelImage) -> Double? {
        guard width == other.width, height == other.height, !pixels.isEmpty else { return nil }
        var sum = 0.0
        for (a, b) in zip(pixels, other.pixels) where a != b {
            for shift in [16, 8, 0] as [UInt32] {
                let d = Double(Int((a >> shift) & 0xFF) - Int((b >> shift) & 0xFF))
                sum += d * d
            }
        }
        return (sum / Double(pixels.count * 3)).squareRoot()
    }

    /// Where the pictures differ: the absolute channel difference, amplified so small ones show.
    func difference(from other: PixelImage) -> PixelImage {
        let count = min(pixels.count, other.pixels.count)
        let diff = (0..<count).map { i -> UInt32 in
            let a = pixels[i], b = other.pixels[i]
            return [16, 8, 0].reduce(UInt32(0)) { result, shift in
                let d = abs(Int((a >> UInt32(shift)) & 0xFF) - Int((b >> UInt32(shift)) & 0xFF))
                return result | UInt32(min(255, d * 10)) << UInt32(shift)
            }
        }
        return PixelImage(width: width, height: count / max(1, width), pixels: diff)
    }
}
