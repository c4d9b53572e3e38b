/// Title, date, source and URL of an article: from its front matter when it has one, else from the
/// text — a short headline among the first lines, a dateline date, "Sumber: URL", "(Menurut SCMP)",
/// or a source prefix such as "IDXChannel - " or "(CLO)".
enum Metadata {
    static func read(front: [String: String], body: ArticleBody, text: UnsafeBufferPointer<UInt8>, language: ArticleLanguage) -> ArticleMetadata {
        var m = ArticleMetadata(language: language)  // decided by the analyzer (front matter first)
        // Only the start of the first lines matters (a headline is short; a source prefix is in the first 60
        // bytes); lines can be whole articles, and Character work on them was a fifth of the scan.
        var firstLines: [Range<Int>] = []
        firstLines.reserveCapacity(8)  // one allocation: `filter` then `map` grew an array of indices four times per article
        for i in body.lines.indices.prefix(8) where !body.isCaption(i) { firstLines.append(body.lines[i]) }
        m.title = front["title"] ?? headline(firstLines, text)
        m.date = front["date"].flatMap(isoDate)
        m.url = front["url"] ?? body.sourceLines.lazy.compactMap(url(in:)).first
        m.source = front["source"] ?? sourcePrefix(openings(firstLines, text)) ?? m.url.flatMap(host) ?? body.sourceLines.lazy.compactMap(menurut).first
        return m
    }

    /// The headline: the first short line that reads as one, before the body starts. Labels, bylines and date
    /// lines above it ("Technology", "Dian Kusumo Hapsari 27/06/2024 11:01 WIB") are passed over; the first
    /// line of running text ends the search, so a subheading or quote further down is never taken.
    private static func headline(_ lines: [Range<Int>], _ text: UnsafeBufferPointer<UInt8>) -> String? {
        let lines = lines.prefix(5).map { trimmed($0, text) }
        for (i, range) in lines.prefix(4).enumerated() {
            let line = UnsafeBufferPointer(rebasing: text[range])
            // A line broken mid-sentence continues on the next one, which then opens in lower case.
            let continues = i + 1 < lines.count && lines[i + 1].count > 0 && text[lines[i + 1].lowerBound] &- 0x61 < 26
            if !continues, isHeadline(line) { return withoutMarkdownMarks(String(decoding: line, as: UTF8.self)) }
            if isRunningText(line) { return nil }
        }
        return nil
    }

    /// The range without trailing spaces, no-break spaces (C2 A0) and markdown line-break backslashes, which scraped lines often end with.
    private static func trimmed(_ range: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound {
            if text[end - 1] == 0x20 || text[end - 1] == 0x5C { end -= 1 } else if end - range.lowerBound >= 2, text[end - 2] == 0xC2, text[end - 1] == 0xA0 { end -= 2 } else { break }
        }
        return range.lowerBound..<end
    }

    /// A headline: 3 to 20 words in title case ("OpenAI Mau Putus Akses China ke Layanannya"), under 200 bytes, no
    /// full stop, exclamation mark, colon or comma at the end, not opening with a bracket, bar or bullet, no dateline
    /// dash near the start ("KOMPAS.com - …"), no byline ("Oleh …", "Penulis: …") and no date or time in it.
    private static func isHeadline(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count < 200, let first = line.first, let last = line.last, first != 0x28, first != 0x7C, first != 0xE2,
              !(first == 0x2D && line.count > 1 && line[1] == 0x20),
              last != 0x2E, last != 0x3A, last != 0x2C, last != 0x21 else { return false }
        let words = wordCount(line)
        guard words >= 3, words <= 20 else { return false }
        let string = String(decoding: line, as: UTF8.self)
        // Judged without markdown emphasis: "**JAKARTA, KOMPAS.com -** …", "**Penulis: …**".
        let plain = String(decoding: line.filter { $0 != 0x2A && $0 != 0x5F }, as: UTF8.self)
        let lower = plain.lowercased()
        if bylinePrefixes.contains(where: { lower.hasPrefix($0) }) { return false }
        if let dash = beforeDash(plain + " "), dash.utf8.count < 40 { return false }
        return isTitleCase(string) && !hasSentenceBreak(line) && PublicationDate.iso(string) == nil && !string.contains(" WIB") && !hasClockTime(line)
    }

    /// ".P" or "? A" inside the line: two sentences, so a lede, not a headline.
    private static func hasSentenceBreak(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<max(0, line.count - 2) where line[i] == 0x2E || line[i] == 0x3F || line[i] == 0x21 {
            let next = line[i + 1] == 0x20 ? line[i + 2] : line[i + 1]
            if ByteClass.isUpperASCII(next), i > 0, line[i - 1] &- 0x61 < 26 { return true }
        }
        return false
    }

    private static let bylinePrefixes = ["oleh ", "oleh:", "penulis", "reporter", "editor", "by ", "written by", "baca juga"]

    /// Most words of four letters or more start with a capital, as headlines do and opening sentences do not.
    private static func isTitleCase(_ line: String) -> Bool {
        var long = 0, capitalised = 0
        for word in line.split(separator: " ") {
            let letters = word.drop { !$0.isLetter }
            guard letters.count >= 4, let first = letters.first else { continue }
            long += 1
            if first.isUppercase { capitalised += 1 }
        }
        return long > 0 && capitalised * 3 >= long * 2
    }

    /// A line of the article's body: long, or a sentence ending in a full stop.
    private static func isRunningText(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 200 || wordCount(line) > 20 || (line.last == 0x2E && wordCount(line) > 6)
    }

    private static func wordCount(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 1
        for i in line.indices where line[i] == 0x20 && i > 0 && line[i - 1] != 0x20 { words += 1 }
        return words
    }

    /// "11:01" or "20.04" next to digits: a time, as in bylines.
    private static func hasClockTime(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 5 else { return false }
        for i in 2..<(line.count - 2) where (line[i] == 0x3A || line[i] == 0x2E) && ByteClass.isDigit(line[i - 1]) && ByteClass.isDigit(line[i - 2])
            && ByteClass.isDigit(line[i + 1]) && ByteClass.isDigit(line[i + 2]) && (i + 3 == line.count || !ByteClass.isDigit(line[i + 3])) {
            return true
        }
        return false
    }

    /// The dateline: a full date at the top of the article, never one from the running text (that is when
    /// something happened, not when it was published). Looked for in the short lines above the body (a date
    /// line, a byline with its date) and in the opening of the first body line before its dash
    /// ("JAKARTA, 12/6/2025 - …"); the search stops after the first line of running text.
    static func dateline(body: ArticleBody, reader: DateReader) -> String? {
        for index in body.paragraphs.indices.prefix(4) where !body.isCaption(index) {
            let paragraph = body.paragraphs[index]
            let short = paragraph.count <= 16
            var limit = paragraph.upperBound
            if !short {
                // Only the opening before the dateline dash, within the first 12 tokens.
                let opening = paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 12)
                guard let dash = opening.first(where: { ByteClass.isDash(reader.grammar.text, body.tokens[$0]) && body.tokens[$0].spaceBefore }) else { return nil }
                limit = dash
            }
            var t = paragraph.lowerBound
            while t < limit {
                if let iso = reader.read(at: t, limit: limit)?.iso, iso.count == 10 { return iso }
                t += 1
            }
            if !short { return nil }
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

    /// The first 60 bytes of each line that may open with a source (`sourcePrefix` finds none in the others): a
    /// bracket first or a spaced dash. Judged on the bytes, so most lines never become Strings (they were ~4 % of the scan).
    private static func openings(_ lines: [Range<Int>], _ text: UnsafeBufferPointer<UInt8>) -> [String] {
        lines.compactMap { line in
            let bytes = UnsafeBufferPointer(rebasing: text[line.lowerBound..<min(line.upperBound, line.lowerBound + 60)])
            guard mayOpenWithSource(bytes) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether `bytes` without "*" start with "(" or hold " - ", " -- ", " – " or " — ": what `sourcePrefix` needs.
    private static func mayOpenWithSource(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.first(where: { $0 != 0x2A }) == 0x28 { return true }
        // A space then "-" or the lead byte of "–"/"—", "*" skipped: a little more than `beforeDash` finds, never less.
        var previous: UInt8 = 0
        for b in bytes where b != 0x2A {
            if previous == 0x20, b == 0x2D || b == 0xE2 { return true }
            previous = b
        }
        return false
    }

    /// "IDXChannel - OpenAI …" → IDXChannel; "(CLO) Perusahaan …" → CLO; "JAKARTA, KOMPAS.com - …" → KOMPAS.com.
    private static func sourcePrefix(_ lines: [String]) -> String? {
        for fullLine in lines {
            // A source prefix sits at the very start: look at the first 60 characters only (lines can be whole articles).
            // The first 60 bytes without markdown bold ("**JAKARTA, KOMPAS.com** --"); bytes, as Characters were slow here.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(60)  // one allocation per line, not one per doubling
            for b in fullLine.utf8.prefix(60) where b != 0x2A { bytes.append(b) }
            if bytes.allSatisfy({ $0 < 0x80 }) {
                if let source = asciiSourcePrefix(bytes) { return source }
                continue
            }
            let line = String(decoding: bytes, as: UTF8.self)
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

    /// `sourcePrefix` of one line opening that is all ASCII, read on its bytes (the Character and Foundation calls of
    /// the general case were 3 % of the scan): a character is one byte, a letter is A–Z or a–z.
    private static func asciiSourcePrefix(_ line: [UInt8]) -> String? {
        if line.first == 0x28, let close = line.firstIndex(of: 0x29) {
            let inner = line[1..<close]
            if inner.count >= 2, inner.count <= 12, inner.allSatisfy({ ByteClass.isUpperASCII($0) || $0 == 0x2E }) {
                return String(decoding: inner, as: UTF8.self)
            }
        }
        guard let dash = dashIndex(line) else { return nil }
        // The last part between commas (empty parts skipped, as `split` does), without spaces around it.
        let name = line[..<dash]
        var end = name.endIndex
        while end > name.startIndex, name[end - 1] == 0x2C { end -= 1 }
        let start = name[..<end].lastIndex(of: 0x2C).map { $0 + 1 } ?? name.startIndex
        var a = start, b = end
        while a < b, isTrimmedSpace(name[a]) { a += 1 }
        while b > a, isTrimmedSpace(name[b - 1]) { b -= 1 }
        let trimmed = name[a..<b]
        guard let first = trimmed.first, ByteClass.isASCIILetter(first), !trimmed.contains(0x20) else { return nil }
        let inner = trimmed.dropFirst()
        guard trimmed.contains(0x2E) || (inner.contains(where: ByteClass.isUpperASCII) && inner.contains(where: { $0 &- 0x61 < 26 })) else { return nil }
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// The spaces `trimmingSpaces` removes, in ASCII.
    private static func isTrimmedSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }

    /// Where `beforeDash` cuts `b`.
    private static func dashIndex(_ b: [UInt8]) -> Int? {
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0x20 {
                if b[i + 1] == 0x2D, b[i + 2] == 0x20 || (b[i + 2] == 0x2D && i + 3 < b.count && b[i + 3] == 0x20) { return i }
                if i + 4 < b.count, b[i + 1] == 0xE2, b[i + 2] == 0x80, b[i + 3] == 0x93 || b[i + 3] == 0x94, b[i + 4] == 0x20 { return i }
            }
            i += 1
        }
        return nil
    }

    /// The text before the first " - ", " – " or " — ". Scans bytes: Foundation's range(of:) was a hot spot here.
    private static func beforeDash(_ line: String) -> String? {
        let b = Array(line.utf8)
        return dashIndex(b).map { String(decoding: b[..<$0], as: UTF8.self) }   // " - ", " -- ", " – " or " — "
    }

    /// "## Baidu luncurkan Ernie" → "Baidu luncurkan Ernie": markdown heading and emphasis marks around a title.
    private static func withoutMarkdownMarks(_ title: String) -> String {
        let marks: Set<Character> = ["#", "*", "_", " "]
        guard let first = title.firstIndex(where: { !marks.contains($0) }), let last = title.lastIndex(where: { !marks.contains($0) }) else { return title }
        return String(title[first...last])
    }
}
