/// A company quoted on its own accounts: "\"… penurunan laba per lembar saham sebesar 0,07 dollar AS,\" tulis Microsoft
/// dalam dokumen mereka.", "\"Net profit fell to $5 million,\" Nvidia said." The line of accounts names no owner in the
/// quote; the company that wrote or said it is its owner. A person quoted is not: a police chief speaks of a victim's
/// loss, a spokesperson for a company the sentence may not name.
extension FactExtractor {
    func quotingCompany(of quantity: Range<Int>, in sentence: Range<Int>) -> Int? {
        let keys = attribution.keys
        // A line of accounts just before the figure, with no name between them.
        var t = quantity.lowerBound - 1
        var account = false
        while t >= max(sentence.lowerBound, quantity.lowerBound - 6) {
            if attribution.entityAt[t] >= 0 { return nil }
            if Self.accountNouns.contains(keys[t]) { account = true; break }
            t -= 1
        }
        guard account else { return nil }
        // The quote closes after the figure: a comma and a closing quote, then "tulis Microsoft" or "Microsoft said".
        var k = quantity.upperBound
        while k < sentence.upperBound, !isQuoteClose(k) {
            if attribution.entityAt[k] >= 0 { return nil }
            k += 1
        }
        k += 1
        guard k + 1 < sentence.upperBound else { return nil }
        let speaker = Self.quotingVerbs.contains(keys[k]) ? k + 1 : Self.quotingVerbs.contains(keys[k + 1]) ? k : -1
        guard speaker >= 0, attribution.entityAt[speaker] >= 0 else { return nil }
        // Only a company the lexicon knows: a name guessed from capitals after "kata" is nearly always a person's.
        let entity = attribution.owner(Int(attribution.entityAt[speaker]))
        return entity < knownSubjects && attribution.category(entity) == .company ? entity : nil
    }

    /// A closing quotation mark: straight, curly, or escaped in markdown ("\"").
    private func isQuoteClose(_ t: Int) -> Bool {
        let token = attribution.tokens[t], text = attribution.text
        guard token.kind == .punct else { return false }
        let b = text[token.start]
        if b == 0x22 { return t > 0 && (attribution.tokens[t - 1].kind == .punct || !token.spaceBefore) }
        return b == 0xE2 && token.end - token.start >= 3 && text[token.start + 1] == 0x80 && text[token.start + 2] == 0x9D  // ”
    }

    static let accountNouns = Vocabulary.set(Discourse.accountNounWords + ["saham", "share"])
    static let quotingVerbs = Vocabulary.set(["tulis", "kata", "ujar", "papar", "tutur", "ungkap", "sebut", "jelas",
                                              "said", "says", "wrote", "writes", "stated"])
}
