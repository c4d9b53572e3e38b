import Foundation

/// The article's kept paragraphs as tokens: lines split, boilerplate and verbatim repeats dropped.
struct ArticleBody {
    var tokens: [Token] = []
    /// Token ranges, one per kept line.
    var paragraphs: [Range<Int>] = []
    /// Byte ranges of the kept lines (trimmed), parallel to `paragraphs`.
    var lines: [Range<Int>] = []
    /// Lines dropped as boilerplate, per reason (`Boilerplate.Reason` raw values).
    var dropped: [String: Int] = [:]
    /// Paragraph indices that are photo captions: their names count as mentions, their numbers are not facts.
    var captions: Set<Int> = []
    /// Lines kept as metadata ("Sumber: https://…", "(Menurut SCMP)").
    var sourceLines: [String] = []

    init(_ text: UnsafeBufferPointer<UInt8>, from start: Int) {
        // The tokens go straight into the array's storage, sized for a token per four bytes (articles average one per
        // five or six); a longer run spills into `overflow`. Tokenising into a buffer and copying it was 2 % of the extractor.
        var overflow: [Token] = []
        tokens = [Token](unsafeUninitializedCapacity: max(16, (text.count - start) / 4)) { storage, initialized in
            var found = TokenSlots(storage)
            readLines(text, from: start, into: &found)
            initialized = found.written
            overflow = found.overflow
        }
        if !overflow.isEmpty { tokens += overflow }
    }

    /// Splits the text into lines, drops boilerplate and repeats, and tokenises the lines it keeps into `found`.
    private mutating func readLines(_ text: UnsafeBufferPointer<UInt8>, from start: Int, into found: inout TokenSlots) {
        // Hashes of the long lines kept so far (a Set<UInt64> hashed each hash again and grew per article).
        var seen = WordCounts(capacity: 64)
        var scratch = [UInt8](repeatElement(0, count: Boilerplate.prefixLength))  // see `WordCounts.init` on `repeatElement`
        let expectedLines = max(64, (text.count - start) / 128)  // one per 128 bytes: the short lines of some sites
        paragraphs.reserveCapacity(expectedLines)
        lines.reserveCapacity(expectedLines)
        var lineStart = start
        while lineStart < text.count {
            // memchr finds the line break (a byte loop here was 2 % of the scan).
            let lineEnd = memchr(text.baseAddress! + lineStart, 0x0A, text.count - lineStart)
                .map { text.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? text.count
            var a = lineStart, b = lineEnd
            while a < b, ByteClass.isSpace(text[a]) { a += 1 }
            while b > a, ByteClass.isSpace(text[b - 1]) { b -= 1 }
            lineStart = lineEnd + 1
            guard a < b else { continue }

            var isCaption = false
            if b - a < Boilerplate.longestLine {
                // One scratch buffer for the lower-cased start of the line: an array per line was a tenth of the scan.
                let reason = scratch.withUnsafeMutableBufferPointer { Boilerplate.reason(of: UnsafeBufferPointer(rebasing: text[a..<b]), scratch: $0) }
                if reason == .caption {
                    isCaption = true
                } else if let reason {
                    dropped[reason.rawValue, default: 0] += 1
                    if reason == .sourceLine { sourceLines.append(String(decoding: UnsafeBufferPointer(rebasing: text[a..<b]), as: UTF8.self)) }
                    continue
                }
            }
            if b - a > 40 {
                let line = EntityMatcher.hash(text, a, b)
                if seen[line] != nil {
                    dropped[Boilerplate.Reason.repeated.rawValue, default: 0] += 1
                    continue
                }
                seen.set(line, 1)
            }
            let first = found.count
            Tokenizer.tokenize(text, from: a, to: b, appendingTo: &found)
            if found.count > first {
                if isCaption { captions.insert(paragraphs.count) }
                paragraphs.append(first..<found.count)
                lines.append(a..<b)
            }
        }
    }

    /// Whether paragraph `index` is a photo caption (most articles have none: the set is not hashed then).
    func isCaption(_ index: Int) -> Bool {
        !captions.isEmpty && captions.contains(index)
    }
}
