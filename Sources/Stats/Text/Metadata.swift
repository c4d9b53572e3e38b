/// Title, date, source and URL of an article: from its front matter when it has one, else from the
/// text — a short headline among the first lines, a dateline date, "Sumber: URL", "(Menurut SCMP)",
/// or a source prefix such as "IDXChannel - " or "(CLO)".
enum Metadata {
    static func read(front: [String: String], body: ArticleBody, text: UnsafeBufferPointer<UInt8>, language: String) -> ArticleMetadata {
        var m = ArticleMetadata(language: front["language"].map { $0.lowercased().hasPrefix("en") ? "en" : "id" } ?? language)
        let firstLines = body.lines.indices.prefix(8).filter { !body.captions.contains($0) }
            .map { String(decoding: UnsafeBufferPointer(rebasing: text[body.lines[$0]]), as: UTF8.self) }
        m.title = front["title"] ?? firstLines.prefix(4).first(where: isHeadline)
        m.date = front["date"].flatMap(isoDate)
        m.url = front["url"] ?? body.sourceLines.lazy.compactMap(url(in:)).first
        m.source = front["source"] ?? sourcePrefix(firstLines) ?? m.url.flatMap(host) ?? body.sourceLines.lazy.compactMap(menurut).first
        return m
    }

    /// A headline: a few words, no full stop at the end, no digits (not a byline or date line).
    private static func isHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        return words >= 3 && words <= 20 && !line.hasSuffix(".") && !line.contains(where: \.isNumber) && !line.hasPrefix("(")
    }

    /// The first date within the first four lines: the dateline.
    static func dateline(body: ArticleBody, reader: DateReader) -> String? {
        for paragraph in body.paragraphs.prefix(4) {
            var t = paragraph.lowerBound
            while t < paragraph.upperBound {
                if let d = reader.read(at: t, limit: paragraph.upperBound), d.iso.count == 10 { return d.iso }
                t += 1
            }
        }
        return nil
    }

    private static func isoDate(_ s: String) -> String? {
        let parts = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        if parts.count == 3 { return DateReader.iso(parts[0], parts[1], parts[2]) }
        return nil
    }

    private static func url(in line: String) -> String? {
        guard let r = line.range(of: "http") else { return nil }
        return line[r.lowerBound...].split(separator: " ").first.map(String.init)
    }

    private static func host(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix(while: { $0 != "/" && $0 != "?" })
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }

    /// "(Menurut SCMP)" → SCMP
    private static func menurut(_ line: String) -> String? {
        guard line.lowercased().hasPrefix("(menurut ") else { return nil }
        return String(line.dropFirst(9).dropLast()).trimmingSpaces
    }

    /// "IDXChannel - OpenAI …" → IDXChannel; "(CLO) Perusahaan …" → CLO; "JAKARTA, KOMPAS.com - …" → KOMPAS.com.
    private static func sourcePrefix(_ lines: [String]) -> String? {
        for line in lines {
            if line.hasPrefix("("), let close = line.firstIndex(of: ")") {
                let inner = line[line.index(after: line.startIndex)..<close]
                if inner.count >= 2, inner.count <= 12, inner.allSatisfy({ $0.isUppercase || $0 == "." }) { return String(inner) }
            }
            for dash in [" - ", " – ", " — "] {
                guard let r = line.range(of: dash), line.distance(from: line.startIndex, to: r.lowerBound) <= 40 else { continue }
                var name = line[..<r.lowerBound]
                if let comma = name.lastIndex(of: ",") { name = name[name.index(after: comma)...] }
                let trimmed = name.trimmingSpaces
                // "IDXChannel" or "KOMPAS.com", not a place name in capitals ("BEIJING").
                if !trimmed.isEmpty, !trimmed.contains(" "), trimmed != trimmed.uppercased() || trimmed.contains(".") { return trimmed }
            }
        }
        return nil
    }
}
