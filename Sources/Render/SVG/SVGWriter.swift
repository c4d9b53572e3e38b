/// Writes marks as an SVG document by hand, so text stays `<text>` a slide tool can edit (cairo's SVG
/// surface turns every glyph into a path). Lines come from the measurer, so wrapping and "…" match the PNG.
/// Output is deterministic: fixed number formatting, clip ids numbered in drawing order.
struct SVGWriter<Measurer: TextMeasurer> {
    /// The family Pango lays text out in, then a generic fallback for machines without it.
    static var fontFamily: String { "DejaVu Sans, sans-serif" }

    let measurer: Measurer
    private var body: [String] = []
    private var definitions: [String] = []
    private var clipCount = 0
    private var depth = 1

    init(measurer: Measurer) {
        self.measurer = measurer
    }

    /// A complete SVG document of `size` user units (viewBox the same) with an optional title and description.
    static func document(_ marks: [Mark], size: Size, title: String?, description: String?, measurer: Measurer) -> String {
        var writer = SVGWriter(measurer: measurer)
        writer.write(marks)
        let w = number(size.width), h = number(size.height)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
        out += "width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\">\n"
        if let title, !title.isEmpty { out += "  <title>\(escape(title))</title>\n" }
        if let description, !description.isEmpty { out += "  <desc>\(escape(description))</desc>\n" }
        if !writer.definitions.isEmpty {
            out += "  <defs>\n" + writer.definitions.joined() + "  </defs>\n"
        }
        out += writer.body.joined()
        out += "</svg>\n"
        return out
    }

    private mutating func emit(_ line: String) {
        body.append(String(repeating: "  ", count: depth) + line + "\n")
    }

    private mutating func group(_ open: String, _ close: String, _ inner: [Mark]) {
        emit(open)
        depth += 1
        write(inner)
        depth -= 1
        emit(close)
    }

    mutating func write(_ marks: [Mark]) {
        for mark in marks {
            switch mark {
            case .rect(let r, let c):
                guard r.width > 0, r.height > 0 else { continue }
                emit("<rect x=\"\(Self.number(r.x))\" y=\"\(Self.number(r.y))\" width=\"\(Self.number(r.width))\" height=\"\(Self.number(r.height))\" fill=\"\(Self.color(c))\"/>")
            case .frame(let r, let c, let w):
                emit("<rect x=\"\(Self.number(r.x))\" y=\"\(Self.number(r.y))\" width=\"\(Self.number(r.width))\" height=\"\(Self.number(r.height))\" fill=\"none\" stroke=\"\(Self.color(c))\" stroke-width=\"\(Self.number(w))\"/>")
            case .line(let a, let b, let c, let w):
                emit("<line x1=\"\(Self.number(a.x))\" y1=\"\(Self.number(a.y))\" x2=\"\(Self.number(b.x))\" y2=\"\(Self.number(b.y))\" stroke=\"\(Self.color(c))\" stroke-width=\"\(Self.number(w))\"/>")
            case .dot(let p, let radius, let c, let outline):
                var attributes = "cx=\"\(Self.number(p.x))\" cy=\"\(Self.number(p.y))\" r=\"\(Self.number(radius))\" fill=\"\(Self.color(c))\""
                if let outline {
                    attributes += " stroke=\"\(Self.color(outline))\" stroke-width=\"\(Self.number(max(1, radius / 4)))\""
                }
                emit("<circle \(attributes)/>")
            case .text(let box, let origin, let rotation):
                writeText(box, at: origin, rotation: rotation)
            case .clip(let r, let inner):
                clipCount += 1
                let id = "clip\(clipCount)"
                definitions.append("    <clipPath id=\"\(id)\"><rect x=\"\(Self.number(r.x))\" y=\"\(Self.number(r.y))\" width=\"\(Self.number(r.width))\" height=\"\(Self.number(r.height))\"/></clipPath>\n")
                group("<g clip-path=\"url(#\(id))\">", "</g>", inner)
            case .link(let uri, let inner):
                let href = Self.escape(uri)
                group("<a href=\"\(href)\" xlink:href=\"\(href)\">", "</a>", inner)
            case .transform(let p, let scale, let inner):
                group("<g transform=\"translate(\(Self.number(p.x)) \(Self.number(p.y))) scale(\(Self.number(scale)))\">", "</g>", inner)
            }
        }
    }

    /// One `<text>` per box, one `<tspan>` per line when it wraps. Anchored by the box's alignment so an
    /// edited label stays right-aligned (category labels) or centred (axis titles).
    private mutating func writeText(_ box: TextBox, at origin: Point, rotation: Double) {
        let lines = measurer.lines(box).filter { !$0.text.isEmpty }
        guard !lines.isEmpty else { return }
        let style = box.style
        var attributes = "font-family=\"\(Self.fontFamily)\" font-size=\"\(Self.number(style.size))\""
        if style.bold { attributes += " font-weight=\"bold\"" }
        if style.italic { attributes += " font-style=\"italic\"" }
        if style.underline { attributes += " text-decoration=\"underline\"" }
        attributes += " fill=\"\(Self.color(style.color))\""
        switch box.alignment {
        case .leading: break
        case .center: attributes += " text-anchor=\"middle\""
        case .trailing: attributes += " text-anchor=\"end\""
        }
        if rotation != 0 {
            let degrees = rotation * 180 / Double.pi
            attributes += " transform=\"rotate(\(Self.number(degrees)) \(Self.number(origin.x)) \(Self.number(origin.y)))\""
        }
        func x(_ line: TextLine) -> String {
            let anchor: Double = switch box.alignment {
            case .leading: line.x
            case .center: line.x + line.width / 2
            case .trailing: line.x + line.width
            }
            return Self.number(origin.x + anchor)
        }
        if lines.count == 1, let line = lines.first {
            emit("<text x=\"\(x(line))\" y=\"\(Self.number(origin.y + line.baseline))\" \(attributes)>\(Self.escape(line.text))</text>")
            return
        }
        var element = "<text \(attributes)>"
        for line in lines {
            element += "<tspan x=\"\(x(line))\" y=\"\(Self.number(origin.y + line.baseline))\">\(Self.escape(line.text))</tspan>"
        }
        emit(element + "</text>")
    }

    /// Up to two decimals, no trailing zeros, never "-0": the same value always prints the same.
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let hundredths = Int((v * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func color(_ c: RGB) -> String {
        func hex(_ v: Double) -> String {
            let byte = Int((min(max(v, 0), 1) * 255).rounded())
            let digits = Array("0123456789abcdef")
            return String([digits[byte >> 4], digits[byte & 15]])
        }
        return "#" + hex(c.r) + hex(c.g) + hex(c.b)
    }

    /// XML character data and attribute values: markup characters escaped, characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
