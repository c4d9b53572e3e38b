/// Examples and hypotheticals state no fact (issue 9 §6): "Misalnya, seseorang membeli barang seharga USD100",
/// "Dia mencontohkan seorang pembeli … dengan harga 100%", "Contohnya, jika DP yang kamu bayarkan 30 persen …",
/// "a tariff of, say, 10 percent". A real instance introduced the same way keeps its figure ("Indomobil,
/// misalnya, membangun pabrik senilai Rp 1 triliun"; "Holland misalnya menggaji seorang penata rambut
/// USD14.000"), and so does a comparison ("misalnya kalau kita bandingkan dengan China, 31,8%"). A bare
/// condition is no sign of an imagined figure: on the corpus most state real thresholds, rules and contrasts
/// ("bila penjualannya melebihi Rp 10 juta", "Jika pada 2019 nilainya Rp100,7 triliun, kini …").
struct Hypothetical {
    let keys: [UInt64]
    let tokens: [Token]
    let text: UnsafeBufferPointer<UInt8>

    /// Whether the figure starting at token `first` is imagined rather than stated. Runs once per figure.
    func imagines(_ first: Int, in sentence: Range<Int>) -> Bool {
        example(before: first, in: sentence) || aside(before: first, in: sentence)
    }

    /// An example cue opening its clause ("mencontohkan" anywhere, "for example") followed within three words by
    /// someone imagined or a condition, with no comparison after it, before the figure.
    private func example(before first: Int, in sentence: Range<Int>) -> Bool {
        for t in sentence.lowerBound..<first where Self.exampleCues.contains(keys[t]) {
            guard keys[t] == Self.mencontohkan || t == sentence.lowerBound || tokens[t - 1].kind == .punct
                || keys[t - 1] == Self.for else { continue }
            var k = t + 1, words = 0
            var imagined = false
            while k < first, words < 4 {
                if tokens[k].kind == .word {
                    if Self.comparisons.contains(keys[k]) { imagined = false; break }
                    if words < 3, Self.imagined.contains(keys[k]) { imagined = true }
                    words += 1
                }
                k += 1
            }
            if imagined { return true }
        }
        return false
    }

    /// "a tariff of, say, 10 percent": "say" set off by commas right before the figure.
    private func aside(before first: Int, in sentence: Range<Int>) -> Bool {
        guard first - 2 >= sentence.lowerBound, keys[first - 2] == Self.say, tokens[first - 1].kind == .punct else { return false }
        return text[tokens[first - 1].start] == 0x2C
    }

    static let exampleCues = Vocabulary.set(["misalnya", "misal", "contohnya", "mencontohkan", "umpamanya", "semisal", "example", "instance"])
    /// Someone imagined, or a condition, right after an example cue.
    static let imagined = Vocabulary.set(["seorang", "seseorang", "kamu", "anda", "jika", "kalau", "bila", "apabila",
                                          "someone", "you", "if", "suppose"])
    static let comparisons = Vocabulary.set(["bandingkan", "dibandingkan", "membandingkan", "compare", "compared", "comparison"])
    static let mencontohkan = Vocabulary.key("mencontohkan"), `for` = Vocabulary.key("for"), say = Vocabulary.key("say")
}
