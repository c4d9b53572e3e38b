/// Examples and hypotheticals state no fact (issue 9 §6): "Kalau menunggu data 100 persen, …", "If a buyer
/// spends $100, …", "Misalnya seseorang membeli barang seharga USD100", "Dia mencontohkan seorang pembeli …
/// dengan harga 100%", "a tariff of, say, 10 percent". A real instance introduced the same way keeps its figure
/// ("Indomobil, misalnya, membangun pabrik senilai Rp 1 triliun"), and so does a restatement ("jika
/// dibandingkan …", "jika dirupiahkan …", "if converted …") or "kalau" meaning "that" after a verb of saying.
struct Hypothetical {
    let keys: [UInt64]
    let tokens: [Token]
    let text: UnsafeBufferPointer<UInt8>

    /// Whether the figure starting at token `first` is imagined rather than stated. Runs once per figure.
    func imagines(_ first: Int, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        conditional(before: first, in: clause) || example(before: first, in: sentence) || aside(before: first, in: sentence)
    }

    /// "Kalau menunggu data 100 persen", "If a company spends $10 million": a condition in the figure's own clause.
    private func conditional(before first: Int, in clause: Range<Int>) -> Bool {
        for t in clause.lowerBound..<first where Self.conditionals.contains(keys[t]) {
            if t > clause.lowerBound, Vocabulary.speechVerbs.contains(keys[t - 1]) || Self.thatVerbs.contains(keys[t - 1]) { continue }
            if t + 1 < first, isRestating(t + 1) { continue }
            return true
        }
        return false
    }

    /// "jika dibandingkan", "jika dirupiahkan", "kalau soal harga", "if converted": no condition, only another view.
    private func isRestating(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word else { return false }
        if Self.topicMarkers.contains(keys[t]) { return true }
        let length = token.end - token.start
        let b = text[token.start], e = text[token.end - 1], d = text[token.end - 2]
        if length > 4, b == 0x64 || b == 0x44, text[token.start + 1] == 0x69 { return true }  // di-…: a passive verb
        return length > 4 && d == 0x65 && e == 0x64                                              // English …ed
    }

    /// "Misalnya seseorang membeli …", "Dia mencontohkan seorang yang membeli …", "For example, if you buy …":
    /// an example cue followed within three words by someone imagined or a condition, before the figure.
    private func example(before first: Int, in sentence: Range<Int>) -> Bool {
        for t in sentence.lowerBound..<first where Self.exampleCues.contains(keys[t]) {
            var k = t + 1, words = 0
            while k < first, words < 3 {
                if tokens[k].kind == .word {
                    if Self.imagined.contains(keys[k]) { return true }
                    words += 1
                }
                k += 1
            }
        }
        return false
    }

    /// "a tariff of, say, 10 percent": "say" set off by commas right before the figure.
    private func aside(before first: Int, in sentence: Range<Int>) -> Bool {
        guard first - 2 >= sentence.lowerBound, keys[first - 2] == Self.say, tokens[first - 1].kind == .punct else { return false }
        return text[tokens[first - 1].start] == 0x2C
    }

    static let conditionals = Vocabulary.set(["jika", "jikalau", "kalau", "apabila", "bila", "andai", "if", "unless"])
    /// "bilang kalau …", "tahu kalau …": "kalau" means "that".
    static let thatVerbs = Vocabulary.set(["bilang", "tahu", "mengaku", "yakin", "percaya", "sadar", "menyadari", "berharap"])
    static let topicMarkers = Vocabulary.set(["soal", "untuk", "dari", "masalah", "bicara", "urusan", "menurut"])
    static let exampleCues = Vocabulary.set(["misalnya", "misal", "contohnya", "mencontohkan", "umpamanya", "semisal", "example", "instance"])
    /// Someone imagined, or a condition, right after an example cue.
    static let imagined = Vocabulary.set(["seorang", "seseorang", "kamu", "anda", "kita", "jika", "kalau", "bila", "apabila",
                                          "someone", "you", "if", "suppose"])
    static let say = Vocabulary.key("say")
}
