/// A company quoted on its own accounts or plans: "\"… penurunan laba per lembar saham sebesar 0,07 dollar AS,\" tulis
/// Microsoft dalam dokumen mereka.", "\"Net profit fell to $5 million,\" Nvidia said.", "\"We expect to spend more than
/// $80 billion …,\" Microsoft President Brad Smith wrote." The quote names no owner; the company that wrote or said
/// it, or whose officer did, is its owner. A person alone is not: a police chief speaks of a victim's loss.
extension FactExtractor {
    func quotingCompany(of quantity: Range<Int>, in sentence: Range<Int>) -> Int? {
        let keys = attribution.keys
        // A line of accounts just before the figure, or "we" in the quote ("We expect to spend more than $80 billion"),
        // with no name between them.
        var t = quantity.lowerBound - 1
        var own = false
        while t >= max(sentence.lowerBound, quantity.lowerBound - 8) {
            if attribution.entityAt[t] >= 0 { return nil }
            if Self.firstPerson.contains(keys[t]) || t >= quantity.lowerBound - 6 && Self.accountNouns.contains(keys[t]) { own = true; break }
            t -= 1
        }
        guard own else { return nil }
        // The quote closes after the figure: a comma and a closing quote, then "tulis Microsoft", "Microsoft said",
        // "Microsoft President Brad Smith wrote".
        var k = quantity.upperBound
        while k < sentence.upperBound, !isQuoteClose(k) {
            if attribution.entityAt[k] >= 0 { return nil }
            k += 1
        }
        k += 1
        let end = min(sentence.upperBound, k + 10)
        guard k < end, (k..<end).contains(where: { Self.quotingVerbs.contains(keys[$0]) }) else { return nil }
        // Only a company the lexicon knows: a name guessed from capitals after "kata" is nearly always a person's.
        for speaker in k..<end where attribution.entityAt[speaker] >= 0 {
            let entity = attribution.owner(Int(attribution.entityAt[speaker]))
            if entity < knownSubjects, attribution.category(entity) == .company { return entity }
        }
        return nil
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
    static let firstPerson = Vocabulary.set(["we", "our", "kami"])
    static let quotingVerbs = Vocabulary.set(["tulis", "kata", "ujar", "papar", "tutur", "ungkap", "sebut", "jelas",
                                              "said", "says", "wrote", "writes", "stated"])
}
