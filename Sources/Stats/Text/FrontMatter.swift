/// An optional block at the very top of an article file that states its metadata:
///
///     ---
///     title: OpenAI Mau Putus Akses China ke Layanannya
///     date: 2024-06-27
///     source: IDXChannel
///     url: https://www.idxchannel.com/...
///     language: id
///     ---
///
/// Keys are case-insensitive; unknown keys are ignored. The block is not part of the article text.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// Byte offset where the article text starts (after the block).
    var bodyStart: Int

    static func parse(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> FrontMatter {
        let none = FrontMatter(bodyStart: start)
        guard text.count - start >= 4, text[start] == 0x2D, text[start + 1] == 0x2D, text[start + 2] == 0x2D else { return none }
        var lineStart = start
        var fields: [String: String] = [:]
        var first = true
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            var line = String(decoding: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]), as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            let next = min(lineEnd + 1, text.count)
            if first {
                guard line.trimmingSpaces == "---" else { return none }
                first = false
            } else if line.trimmingSpaces == "---" {
                return FrontMatter(fields: fields, bodyStart: next)
            } else if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingSpaces.lowercased()
                var value = line[line.index(after: colon)...].trimmingSpaces
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                if !key.isEmpty, !value.isEmpty { fields[key] = value }
            } else if !line.trimmingSpaces.isEmpty {
                return none  // not a front-matter block after all
            }
            lineStart = next
            if lineStart - start > 8192 { return none }
        }
        return none
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    var trimmingSpaces: String {
        // Printable ASCII at both ends (most values): nothing to trim, and no Characters to build.
        if let first = first?.asciiValue, let last = last?.asciiValue, first &- 0x21 < 0x5E, last &- 0x21 < 0x5E { return String(self) }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
