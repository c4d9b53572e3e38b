/// Title, date, source and URL of an article: from its front matter when it has one, else from the
/// text — a short headline among the first lines, a dateline date, "Sumber: URL", "(Menurut SCMP)",
/// or a source prefix such as "IDXChannel - " or "(CLO)".
enum Metadata {
    static func read(front: [String: String], body: ArticleBody, text: UnsafeBufferPointer<UInt8>, language: String) -> ArticleMetadata {
        var m = ArticleMetadata(language: language)  // decided by the analyzer (front matter first)
        // Only the start of the first lines matters (a headline is short; a source prefix is in the first 60
        // bytes); lines can be whole articles, and Character work on them was a fifth of the scan.
        let firstLines = body.lines.indices.prefix(8).filter { !body.captions.contains($0) }.map { body.lines[$0] }
        m.title = front["title"] ?? firstLines.prefix(4).first { isHeadline(UnsafeBufferPointer(rebasing: text[$0])) }
            .map { withoutMarkdownMarks(String(decoding: UnsafeBufferPointer(rebasing: text[$0]), as: UTF8.self)) }
        m.date = front["date"].flatMap(isoDate)
        m.url = front["url"] ?? body.sourceLines.lazy.compactMap(url(in:)).first
        let openings = firstLines.map { String(decoding: UnsafeBufferPointer(rebasing: text[$0.lowerBound..<min($0.upperBound, $0.lowerBound + 60)]), as: UTF8.self) }
        m.source = front["source"] ?? sourcePrefix(openings) ?? m.url.flatMap(host) ?? body.sourceLines.lazy.compactMap(menurut).first
        return m
    }

    /// A headline: 3 to 20 words, under 200 bytes, no full stop at the end, no digits (not a byline or a
    /// date line), not opening with a bracket.
    private static func isHeadline(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count < 200, let first = line.first, let last = line.last, first != 0x28, last != 0x2E else { return false }
        var words = 1
        for i in line.indices {
            let b = line[i]
            if ByteClass.isDigit(b) { return false }
            if b == 0x20, i > 0, line[i - 1] != 0x20 { words += 1 }
        }
        return words >= 3 && words <= 20
    }

    /// The first date within the first four lines: the dateline.
    static func dateline(body: ArticleBody, reader: DateReader) -> String? {
        for paragraph in body.paragraphs.prefix(4) {
            var t = paragraph.lowerBound
            while t < paragraph.upperBound {
                if let iso = reader.read(at: t, limit: paragraph.upperBound)?.iso, iso.count == 10 { return iso }
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
        for fullLine in lines {
            // A source prefix sits at the very start: look at the first 60 characters only (lines can be whole articles).
            // The first 60 bytes without markdown bold ("**JAKARTA, KOMPAS.com** --"); bytes, as Characters were slow here.
            let line = String(decoding: fullLine.utf8.prefix(60).filter { $0 != 0x2A }, as: UTF8.self)
            if line.hasPrefix("("), let close = line.firstIndex(of: ")") {
                let inner = line[line.index(after: line.startIndex)..<close]
                if inner.count >= 2, inner.count <= 12, inner.allSatisfy({ $0.isUppercase || $0 == "." }) { return String(inner) }
            }
            if let name = beforeDash(line) {
                let trimmed = (name.split(separator: ",").last ?? "").trimmingSpaces
                // A brand ("IDXChannel", "KOMPAS.com"), not a place ("BEIJING", "Jakarta"): a dot or a capital inside the word.
                let inner = trimmed.dropFirst()
                if let first = trimmed.first, first.isLetter, !trimmed.contains(" "), trimmed.contains(".") || (inner.contains(where: \.isUppercase) && inner.contains(where: \.isLowercase)) {
                    return trimmed
                }
            }
        }
        return nil
    }

    /// The text before the first " - ", " – " or " — ". Scans bytes: Foundation's range(of:) was a hot spot here.
    private static func beforeDash(_ line: String) -> String? {
        let b = Array(line.utf8)
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0x20 {
                if b[i + 1] == 0x2D, b[i + 2] == 0x20 || (b[i + 2] == 0x2D && i + 3 < b.count && b[i + 3] == 0x20) {
                    return String(decoding: b[..<i], as: UTF8.self)   // " - " or " -- "
                }
                if i + 4 < b.count, b[i + 1] == 0xE2, b[i + 2] == 0x80, b[i + 3] == 0x93 || b[i + 3] == 0x94, b[i + 4] == 0x20 {
                    return String(decoding: b[..<i], as: UTF8.self)
                }
            }
            i += 1
        }
        return nil
    }

    /// "## Baidu luncurkan Ernie" → "Baidu luncurkan Ernie": markdown heading and emphasis marks around a title.
    private static func withoutMarkdownMarks(_ title: String) -> String {
        let marks: Set<Character> = ["#", "*", "_", " "]
        guard let first = title.firstIndex(where: { !marks.contains($0) }), let last = title.lastIndex(where: { !marks.contains($0) }) else { return title }
        return String(title[first...last])
    }
}
