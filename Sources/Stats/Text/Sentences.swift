/// Sentence boundaries over tokens. A sentence ends at . ! ? (with any closing quote or bracket glued
/// to it) when the next token starts a new sentence, except after abbreviations ("Mr.", "Inc.") and
/// initialisms ("A.I.", "U.S."), which Indonesian and English news use mid-sentence.
enum Sentences {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "inc", "corp", "ltd", "co", "jr", "sr", "st", "no", "vs", "etc",
        "jl", "tn", "ny", "sdr", "dll", "dsb", "dkk", "hlm", "mt", "gen", "sen", "rep", "gov", "u.s", "dept",
    ]

    /// Token ranges of the sentences in `tokens[range]` (one paragraph).
    static func split(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        split(text, tokens, range, into: &sentences)
        return sentences
    }

    /// The same, appended to `sentences`: an article's paragraphs fill one array instead of an array each.
    static func split(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>, into sentences: inout [Range<Int>]) {
        let first = sentences.count
        var start = range.lowerBound
        var t = range.lowerBound
        while t < range.upperBound {
            if isTerminator(text, tokens[t]), !isAbbreviationDot(text, tokens, t, range.lowerBound) {
                var end = t + 1
                while end < range.upperBound, !tokens[end].spaceBefore, isCloser(text, tokens[end]) { end += 1 }
                // "2018.,Menurut Alex": some sources joined their paragraphs with commas.
                var joined = false
                while end < range.upperBound, isComma(text, tokens[end]), joined || !tokens[end].spaceBefore {
                    end += 1
                    joined = true
                }
                if end >= range.upperBound || startsSentence(text, tokens[end], afterJoin: joined)
                    || (end == t + 1 && gluedStart(text, tokens, t)) {
                    sentences.append(start..<end)
                    start = end
                    t = end
                    continue
                }
            }
            t += 1
        }
        if start < range.upperBound { sentences.append(start..<range.upperBound) }
        // Cutting allocates per sentence: only when one is too long.
        if sentences[first...].contains(where: { $0.count > maxTokens }) {
            let cut = sentences[first...].flatMap { bounded($0, text, tokens) }
            sentences.replaceSubrange(first..., with: cut)
        }
    }

    /// The longest sentence the extractor sees. News sentences stay far below it; a line without full stops
    /// (a dump, a list, a hostile file) is cut into pieces of at most this many tokens, so every scan the
    /// extractor makes inside a sentence costs a bounded amount and an article takes time linear in its size.
    static let maxTokens = 100

    /// `sentence` cut into pieces of at most `maxTokens`, each ending after a comma or semicolon in its
    /// second half when there is one, so a clause stays whole.
    private static func bounded(_ sentence: Range<Int>, _ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> [Range<Int>] {
        guard sentence.count > maxTokens else { return [sentence] }
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound
        while sentence.upperBound - start > maxTokens {
            var end = start + maxTokens
            var t = end - 1
            while t > start + maxTokens / 2 {
                if tokens[t].kind == .punct, text[tokens[t].start] == 0x2C || text[tokens[t].start] == 0x3B { end = t + 1; break }
                t -= 1
            }
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<sentence.upperBound)
        return pieces
    }

    private static func isTerminator(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punct else { return false }
        let b = text[token.start]
        if token.end - token.start == 1 { return b == 0x2E || b == 0x21 || b == 0x3F }
        return token.end - token.start == 3 && b == 0xE2 && text[token.start + 1] == 0x80 && text[token.start + 2] == 0xA6  // …
    }

    private static func isCloser(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punct else { return false }
        let b = text[token.start]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return true }           // " ' ) ]
        return token.end - token.start == 3 && b == 0xE2 && text[token.start + 1] == 0x80
            && (text[token.start + 2] == 0x9D || text[token.start + 2] == 0x99)        // ” ’
    }

    /// "kata Erick.Infantino menyampaikan": some sources lost the space after a full stop. Only a
    /// capitalised word ("Xx…") after a word of two or more letters counts, so "A.I." and "JD.com" stay whole.
    private static func gluedStart(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ t: Int) -> Bool {
        guard t > 0, t + 1 < tokens.count, text[tokens[t].start] == 0x2E, !tokens[t + 1].spaceBefore else { return false }
        let previous = tokens[t - 1], next = tokens[t + 1]
        guard previous.kind == .word, previous.end - previous.start >= 2, next.kind == .word, next.end - next.start >= 2 else { return false }
        return ByteClass.isUpperASCII(text[next.start]) && text[next.start + 1] &- 0x61 < 26
    }

    private static func isComma(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.kind == .punct && text[token.start] == 0x2C
    }

    private static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, _ token: Token, afterJoin: Bool = false) -> Bool {
        guard token.spaceBefore || afterJoin else { return false }
        let b = text[token.start]
        if ByteClass.isUpperASCII(b) || ByteClass.isDigit(b) { return true }
        if token.kind == .punct { return true }  // an opening quote, a dash, a bracket
        if b >= 0x80 { return true }             // a non-ASCII letter: cannot tell its case cheaply; assume a start
        return false
    }

    private static func isAbbreviationDot(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ t: Int, _ first: Int) -> Bool {
        guard text[tokens[t].start] == 0x2E, t > first, !tokens[t].spaceBefore else { return false }
        let previous = tokens[t - 1]
        guard previous.kind == .word else { return false }
        let length = previous.end - previous.start
        if length == 1, ByteClass.isUpperASCII(text[previous.start]) { return true }   // A.I. / U.S.
        guard length <= 5 else { return false }
        let bytes = UnsafeBufferPointer(rebasing: text[previous.start..<previous.end])
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return abbreviations.contains(String(decoding: bytes, as: UTF8.self).lowercased())
        }
        // ASCII, the usual case: compared as lower-cased bytes, without a String or a hash.
        var lower: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &lower) { out in
            for i in 0..<length { out[i] = bytes[i] | (ByteClass.isUpperASCII(bytes[i]) ? 0x20 : 0) }
        }
        return withUnsafeBytes(of: lower) { word in
            asciiAbbreviations.contains { $0.count == length && $0.elementsEqual(word.prefix(length)) }
        }
    }

    /// `abbreviations` as bytes.
    private static let asciiAbbreviations = abbreviations.map { Array($0.utf8) }
}
