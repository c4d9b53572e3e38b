internal import CCairo

/// Collects the bytes cairo streams out (PNG or PDF), so nothing touches a temporary file.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// The cairo write callback: appends to the `ByteSink` passed as closure context.
private func appendToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// Turns a cairo status into a `RenderError` naming `operation`, or nothing on success.
func check(_ status: cairo_status_t, _ operation: String) throws(RenderError) {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw RenderError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
}

/// One `cairo_surface_t`: an image in memory, or a PDF document streamed into a `ByteSink`.
final class Surface {
    let handle: OpaquePointer
    /// Kept alive as long as cairo may write into it (until finish/destroy).
    private let sink: ByteSink?

    private init(handle: OpaquePointer, sink: ByteSink?, operation: String) throws(RenderError) {
        self.handle = handle
        self.sink = sink
        // On failure cairo hands back an inert "nil surface"; deinit still destroys it.
        try check(cairo_surface_status(handle), operation)
    }

    deinit {
        cairo_surface_destroy(handle)
    }

    /// A white-cleared 32-bit ARGB image of `width`×`height` pixels.
    static func image(width: Int, height: Int) throws(RenderError) -> Surface {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw .invalidSize(width: width, height: height, reason: "each side must be 1…32767 pixels")
        }
        let handle = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        return try Surface(handle: handle, sink: nil, operation: "create a \(width)×\(height) image surface")
    }

    /// A PDF document streamed into memory; the first page is `width`×`height` points.
    static func pdf(width: Double, height: Double) throws(RenderError) -> Surface {
        let sink = ByteSink()
        let handle = cairo_pdf_surface_create_for_stream(
            appendToSink, Unmanaged.passUnretained(sink).toOpaque(), width, height)!
        return try Surface(handle: handle, sink: sink, operation: "create a PDF surface")
    }

    /// Encodes an image surface as PNG bytes.
    func pngBytes() throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        cairo_surface_flush(handle)
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(handle, appendToSink, Unmanaged.passUnretained(sink).toOpaque())
        }
        try check(status, "encode PNG")
        return sink.bytes
    }

    /// Finishes a streamed document (PDF) and returns everything written.
    func finishDocument(_ operation: String) throws(RenderError) -> [UInt8] {
        cairo_surface_finish(handle)
        try check(cairo_surface_status(handle), operation)
        return sink?.bytes ?? []
    }

    /// Checks the surface status after drawing.
    func checkStatus(_ operation: String) throws(RenderError) {
        try check(cairo_surface_status(handle), operation)
    }

    /// Calls `body` with an image surface's size, the distance between its rows in pixels, and its premultiplied ARGB
    /// pixels in place (valid only inside `body`); a 0×0 image when the surface has no pixel data.
    func withARGBRows<R>(_ body: (_ width: Int, _ height: Int, _ rowPixels: Int, UnsafePointer<UInt32>) throws -> R) rethrows -> R {
        cairo_surface_flush(handle)
        let width = Int(cairo_image_surface_get_width(handle))
        let height = Int(cairo_image_surface_get_height(handle))
        let stride = Int(cairo_image_surface_get_stride(handle))
        guard let data = cairo_image_surface_get_data(handle), stride % 4 == 0 else {
            return try [UInt32]().withUnsafeBufferPointer { try body(0, 0, 0, $0.baseAddress ?? UnsafePointer(bitPattern: 8)!) }
        }
        return try body(width, height, stride / 4, UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self))
    }

    /// ARGB pixels of an image surface, row by row (for tests and pixel checks).
    func argbPixels() -> (width: Int, height: Int, pixels: [UInt32]) {
        cairo_surface_flush(handle)
        let width = Int(cairo_image_surface_get_width(handle))
        let height = Int(cairo_image_surface_get_height(handle))
        let stride = Int(cairo_image_surface_get_stride(handle))
        guard let data = cairo_image_surface_get_data(handle) else { return (width, height, []) }
        let pixels = [UInt32](unsafeUninitializedCapacity: width * height) { buffer, count in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { buffer[y * width + x] = row[x] }
            }
            count = width * height
        }
        return (width, height, pixels)
    }

    // MARK: PDF specifics

    /// Sets one PDF metadata entry (title, dates, …).
    func setPDFMetadata(_ key: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(handle, key, value)
    }

    /// Changes the size of the next PDF page.
    func setPDFPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(handle, width, height)
    }

    /// Adds an outline (bookmark) entry pointing at `page` (1-based) and `y`; returns its id.
    @discardableResult
    func addPDFOutline(parent: Int32 = 0, title: String, page: Int, y: Double) -> Int32 {
        let target = "page=\(page) pos=[0 \(Int(y.rounded()))]"
        return cairo_pdf_surface_add_outline(handle, parent, title, target, cairo_pdf_outline_flags_t(0))
    }
}

/// PDF metadata keys, so callers outside this file need not see cairo's enum.
enum PDFMetadataKey {
    case title, author, subject, keywords, creator, createDate, modDate

    var cairoValue: cairo_pdf_metadata_t {
        switch self {
        case .title: CAIRO_PDF_METADATA_TITLE
        case .author: CAIRO_PDF_METADATA_AUTHOR
        case .subject: CAIRO_PDF_METADATA_SUBJECT
        case .keywords: CAIRO_PDF_METADATA_KEYWORDS
        case .creator: CAIRO_PDF_METADATA_CREATOR
        case .createDate: CAIRO_PDF_METADATA_CREATE_DATE
        case .modDate: CAIRO_PDF_METADATA_MOD_DATE
        }
    }
}

extension Surface {
    func setMetadata(_ key: PDFMetadataKey, _ value: String) {
        setPDFMetadata(key.cairoValue, value)
    }
}
