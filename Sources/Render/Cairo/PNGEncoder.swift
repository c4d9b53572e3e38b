internal import CCairo

/// Writes an image surface as PNG. cairo's own writer (libpng with adaptive filtering at zlib's default
/// level) took ~50 ms for a 1600×1000 chart, most of a small run; this one uses one fixed row filter and
/// zlib at a fast level: several times quicker, a slightly larger file, identical pixels. The same pixels
/// always give the same bytes. Text such as the chart's title and source goes into tEXt chunks (iTXt
/// when it is not Latin-1), which image viewers and slide tools show as the picture's properties.
enum PNGEncoder {
    /// One textual metadata entry: a PNG keyword ("Title", "Source", "Software", …) and its text.
    struct TextEntry: Hashable {
        var keyword: String
        var text: String
    }

    static func encode(_ surface: Surface, text: [TextEntry] = []) throws(RenderError) -> [UInt8] {
        // Read in place from the surface's rows: a copy of the pixels was 6.4 MB per chart.
        let (width, height, opaque, filtered) = surface.withARGBRows { width, height, rowPixels, base in
            var opaque = true
            for y in 0..<height where opaque {
                // Alpha bits that every pixel of the row has: one AND per pixel, which the compiler vectorises.
                let row = base + y * rowPixels
                var alpha: UInt32 = 0xFF00_0000
                for x in 0..<width { alpha &= row[x] }
                opaque = alpha == 0xFF00_0000
            }
            return (width, height, opaque, filteredUp(base, rowPixels: rowPixels, width: width, height: height, channels: opaque ? 3 : 4))
        }

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        appendBigEndian(&header, UInt32(width)); appendBigEndian(&header, UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        appendChunk(&png, "IHDR", header)
        for entry in text where !entry.text.isEmpty {
            let (type, data) = textChunk(entry)
            appendChunk(&png, type, data)
        }
        appendChunk(&png, "IDAT", try deflate(filtered))
        appendChunk(&png, "IEND", [])
        return png
    }

    /// The rows as PNG scanlines with filter "up" (the difference from the row above): charts are mostly runs of
    /// identical rows, which it turns into zeros. Choosing per row cost more than it saved. A pixel equal to the one
    /// above it gives zeros, which the buffer already holds, so only pixels that differ are converted (a chart
    /// encoded about twice as fast as converting every pixel; the bytes are the same).
    static func filteredUp(_ pixels: [UInt32], width: Int, height: Int, channels: Int) -> [UInt8] {
        pixels.withUnsafeBufferPointer { px in
            filteredUp(px.baseAddress ?? UnsafePointer(bitPattern: 8)!, rowPixels: width, width: width, height: height, channels: channels)
        }
    }

    /// `filteredUp` of rows `rowPixels` apart in memory (an image surface's stride).
    static func filteredUp(_ px: UnsafePointer<UInt32>, rowPixels: Int, width: Int, height: Int, channels: Int) -> [UInt8] {
        let rowBytes = width * channels
        // Row y occupies filtered[y * (rowBytes + 1)]: its filter type, then its bytes.
        var filtered = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        filtered.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = y * rowPixels, o = y * (rowBytes + 1) + 1
                out[o - 1] = 2
                for x in 0..<width {
                    let p = px[row + x]
                    let above: UInt32 = y == 0 ? 0 : px[row - rowPixels + x]
                    guard y == 0 || p != above else { continue }
                    var bytes = straightRGBA(p)
                    if y > 0 {
                        let up = straightRGBA(above)
                        bytes = (bytes.0 &- up.0, bytes.1 &- up.1, bytes.2 &- up.2, bytes.3 &- up.3)
                    }
                    let i = o + x * channels
                    out[i] = bytes.0; out[i + 1] = bytes.1; out[i + 2] = bytes.2
                    if channels == 4 { out[i + 3] = bytes.3 }
                }
            }
        }
        return filtered
    }

    /// A premultiplied ARGB pixel as PNG's RGBA bytes (not premultiplied).
    @inline(__always)
    private static func straightRGBA(_ p: UInt32) -> (UInt8, UInt8, UInt8, UInt8) {
        let a = p >> 24
        var r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
        if a > 0, a < 255 {
            r = min(255, (r * 255 + a / 2) / a); g = min(255, (g * 255 + a / 2) / a); b = min(255, (b * 255 + a / 2) / a)
        }
        return (UInt8(r), UInt8(g), UInt8(b), UInt8(a))
    }

    private static func deflate(_ input: [UInt8]) throws(RenderError) -> [UInt8] {
        let capacity = compressBound(uLong(input.count))
        var status = Z_OK
        // Not zero-filled first (a chart's bound is 4.8 MB): zlib writes the bytes that are kept.
        let output = [UInt8](unsafeUninitializedCapacity: Int(capacity)) { out, count in
            var written = capacity
            status = input.withUnsafeBufferPointer { inp in compress2(out.baseAddress, &written, inp.baseAddress, uLong(inp.count), 3) }
            count = status == Z_OK ? Int(written) : 0
        }
        guard status == Z_OK else { throw .cairo(operation: "compress the PNG image data", status: "zlib status \(status)") }
        return output
    }

    /// tEXt when keyword and text are Latin-1 (the PNG spec's encoding for tEXt), else iTXt with UTF-8 text.
    /// Keywords are 1–79 Latin-1 characters; callers pass fixed ASCII ones.
    static func textChunk(_ entry: TextEntry) -> (String, [UInt8]) {
        let keyword = Array(entry.keyword.unicodeScalars.prefix(79).map { UInt8(truncatingIfNeeded: $0.value) })
        let latin1 = entry.text.unicodeScalars.allSatisfy { $0.value <= 0xFF && $0.value != 0 && ($0.value >= 0x20 || $0 == "\n") && !(0x7F...0x9F).contains($0.value) }
        if latin1 {
            return ("tEXt", keyword + [0] + entry.text.unicodeScalars.map { UInt8($0.value) })
        }
        // iTXt: keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text.
        let text = Array(entry.text.replacingOccurrences(of: "\u{0}", with: "").utf8)
        return ("iTXt", keyword + [0, 0, 0, 0, 0] + text)
    }

    private static func appendChunk(_ png: inout [UInt8], _ type: String, _ data: [UInt8]) {
        appendBigEndian(&png, UInt32(data.count))
        let typeAndData = Array(type.utf8) + data
        png += typeAndData
        let crc = typeAndData.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        appendBigEndian(&png, UInt32(crc))
    }

    private static func appendBigEndian(_ bytes: inout [UInt8], _ v: UInt32) {
        bytes += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }
}
