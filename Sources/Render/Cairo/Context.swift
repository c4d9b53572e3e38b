internal import CCairo

/// One `cairo_t` drawing into a `Surface`, with font hinting off so PNG and PDF lay text out alike.
final class Context {
    let handle: OpaquePointer
    /// The surface must outlive the context.
    let surface: Surface

    init(_ surface: Surface) throws(RenderError) {
        self.surface = surface
        handle = cairo_create(surface.handle)!
        try check(cairo_status(handle), "create a drawing context")
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(handle, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        cairo_destroy(handle)
    }

    /// Throws if any drawing call so far put the context into an error state.
    func checkStatus(_ operation: String) throws(RenderError) {
        try check(cairo_status(handle), operation)
    }

    func setColor(_ c: RGB) {
        cairo_set_source_rgb(handle, clamp(c.r), clamp(c.g), clamp(c.b))
    }

    /// Ends the current PDF page and starts a new one.
    func showPage() {
        cairo_show_page(handle)
    }

    private func clamp(_ v: Double) -> Double { min(max(v, 0), 1) }
}
