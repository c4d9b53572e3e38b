/// Capitalised names the lexicon does not know ("Zhao Zhiyun", "Interconnected Capital"), so a user
/// can see who is talked about and add them with `--lexicon`.
enum UnknownNames {
    /// Capitalised words that start sentences or are common in news and so are not names.
    private static let common = Vocabulary.set([
        "namun", "dalam", "pada", "di", "menurut", "ketika", "saat", "setelah", "sebelum", "sejak", "meskipun", "meski",
        "untuk", "dengan", "selain", "sementara", "dan", "atau", "tetapi", "ini", "itu", "hal", "ia", "dia", "mereka", "kami",
        "kita", "saya", "sebuah", "para", "bahkan", "jika", "karena", "yang", "ada", "dari", "ke", "oleh", "baca", "juga",
        "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "this", "that", "it", "he", "she", "they", "we", "i",
        "mr", "mrs", "ms", "dr", "prof", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "wib", "wit", "wita",
    ])

    /// Acronyms of things, not names.
    private static let acronyms = Vocabulary.set(["ceo", "cto", "cfo", "gpu", "cpu", "llm", "api", "vpn", "ipo", "wib", "dpr", "pdb", "bumn", "umkm", "ojk", "hut", "phk"])

    static func find(text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64], sentences: [Range<Int>], entityAt: [Int32]) -> [String: Int] {
        // The token loop reads the article's arrays in place: a bounds check per array and token was a fifth of this scan.
        let counts = tokens.withUnsafeBufferPointer { tokenBuffer in
            keys.withUnsafeBufferPointer { keyBuffer in
                entityAt.withUnsafeBufferPointer { entityBuffer in
                    tally(Article(text: text, tokens: tokenBuffer, keys: keyBuffer, entityAt: entityBuffer, tokenArray: tokens, keyArray: keys),
                          sentences: sentences)
                }
            }
        }
        // The ten most frequent per article are plenty to spot recurring names, and keep big corpora small.
        let recurring = counts.filter { $0.count >= 2 }.map { (String(decoding: UnsafeBufferPointer(rebasing: text[$0.start..<$0.end]), as: UTF8.self), $0.count) }
        let kept = recurring.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(10)
        return Dictionary(Array(kept), uniquingKeysWith: +)
    }

    /// One article's text, tokens, keys and lexicon marks, the arrays as their memory (and as arrays, for `Places`).
    private struct Article {
        let text: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeBufferPointer<Token>
        let keys: UnsafeBufferPointer<UInt64>
        let entityAt: UnsafeBufferPointer<Int32>
        let tokenArray: [Token], keyArray: [UInt64]
    }

    /// Where each distinct name is first written, and how often: strings are made only for the recurring ones.
    private static func tally(_ article: Article, sentences: [Range<Int>]) -> [(start: Int, end: Int, count: Int)] {
        let text = article.text, tokens = article.tokens, keys = article.keys, entityAt = article.entityAt
        var counts: [(start: Int, end: Int, count: Int)] = []
        counts.reserveCapacity(32)  // one allocation per article: growing from empty was a tenth of this scan
        var index = WordCounts(capacity: 32)  // index of the name in `counts`, or -1 for a place
        let common = common, months = Vocabulary.months, acronyms = acronyms  // once, not a lazy-init check per token
        let places = Places.shared
        for sentence in sentences {
            var t = sentence.lowerBound
            while t < sentence.upperBound {
                guard isNameWord(text, tokens[t]), entityAt[t] < 0, !common.contains(keys[t]), months[keys[t]] == nil else {
                    t += 1
                    continue
                }
                var end = t + 1
                while end < sentence.upperBound, tokens[end].spaceBefore, isNameWord(text, tokens[end]), entityAt[end] < 0,
                      !common.contains(keys[end]) { end += 1 }
                // A lone word opening a sentence (after any quote marks) is usually just capitalised, not a name.
                let opensSentence = (sentence.lowerBound..<t).allSatisfy { tokens[$0].kind == .punct }
                let acronym = end - t == 1 && tokens[t].end - tokens[t].start <= 3 || acronyms.contains(keys[t]) && end - t == 1
                if (end - t > 1 || !opensSentence) && !acronym {
                    // Count by the bytes' hash. "Jakarta Selatan", "Kota Bekasi": a place is no entity to add to the
                    // lexicon; the same bytes are the same words, so each distinct name is asked once.
                    let h = EntityMatcher.hash(text, tokens[t].start, tokens[end - 1].end)
                    if let i = index[h] {
                        if i >= 0 { counts[Int(i)].count += 1 }
                    } else if places.isPlace(t..<end, keys: article.keyArray, tokens: article.tokenArray, text: text) {
                        index.set(h, -1)
                    } else {
                        index.set(h, Int32(counts.count))
                        counts.append((tokens[t].start, tokens[end - 1].end, 1))
                    }
                }
                t = end
            }
        }
        return counts
    }

    private static func isNameWord(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.kind == .word && ByteClass.isUpperASCII(text[token.start])
    }
}
