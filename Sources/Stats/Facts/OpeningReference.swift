/// A clause that opens by pointing back to a company states that company's figures, whatever names come between
/// the phrase and the figure: "…, and the company said its V3 model was trained on 2,048 Nvidia H800 chips for about
/// $5.6 million" (not Nvidia's), "Kai-Fu Lee, founder of 01.AI, said his start-up spent just $3 million" (not the
/// person's). The phrase may follow a conjunction or someone speaking ("Lee said the company had …"); a participle
/// clause's "it" is the main clause's company.
extension Discourse {
    func openingReferent(of quantity: Range<Int>, in clause: Range<Int>, sentence: Range<Int>, attribution: Attribution) -> Int? {
        let keys = attribution.keys
        var k = clause.lowerBound
        // "Xiaomi sold 10.6 million phones, giving it roughly a quarter of China's market": "it" is the main clause's.
        if k + 1 < quantity.lowerBound, Self.participles.contains(keys[k]), keys[k + 1] == Self.it, k > sentence.lowerBound {
            return attribution.firstCompany(in: sentence.lowerBound..<k) ?? company
        }
        if k < quantity.lowerBound, Self.clauseOpeners.contains(keys[k]) { k += 1 }
        // "Lee said …", "said …": past a speaker and the speech verb.
        if k < quantity.lowerBound, attribution.entityAt[k] >= 0, attribution.category(Int(attribution.entityAt[k])) == .person {
            k = attribution.matches[Int(attribution.matchAt[k])].tokens.upperBound
            guard k < quantity.lowerBound, Vocabulary.speechVerbs.contains(keys[k]) else { return nil }
        }
        if k < quantity.lowerBound, Vocabulary.speechVerbs.contains(keys[k]) {
            k += 1
            if k < quantity.lowerBound, keys[k] == Self.that { k += 1 }
        }
        guard k < quantity.lowerBound, Self.englishDeterminers.contains(keys[k]),
              let end = companyNounEnd(after: k + 1, before: quantity.lowerBound, keys: keys) else { return nil }
        guard !namesOtherOwner(from: end, before: quantity.lowerBound, attribution: attribution) else { return nil }
        // The company the sentence named first, else the one talked about.
        return attribution.firstCompany(in: sentence.lowerBound..<k) ?? company
    }

    /// The end of "[modifiers] company-noun" starting at `start` ("Chinese start-up", "company"), or nil.
    private func companyNounEnd(after start: Int, before limit: Int, keys: [UInt64]) -> Int? {
        var t = start
        while t < limit, t - start <= 3 {
            if keys[t] == ReferringPhrase.start, t + 2 < limit, keys[t + 1] == ReferringPhrase.dash, keys[t + 2] == ReferringPhrase.up { return t + 3 }
            if Self.englishCompanyNouns.contains(keys[t]) { return t + 1 }
            guard ReferringPhrase.englishModifiers.contains(keys[t]) else { return nil }
            t += 1
        }
        return nil
    }

    /// After the phrase, someone else may own the figure: "the company said Baidu's revenue …", "the company's rival
    /// Baidu …".
    private func namesOtherOwner(from end: Int, before limit: Int, attribution: Attribution) -> Bool {
        let keys = attribution.keys
        var k = end
        if k < limit, Vocabulary.speechVerbs.contains(keys[k]) {
            k += 1
            if k < limit, keys[k] == Self.that { k += 1 }
            return k < limit && attribution.entityAt[k] >= 0
        }
        if k + 1 < limit, attribution.tokens[k].kind == .punct, keys[k + 1] == ReferringPhrase.s {
            return (k + 2..<min(limit, k + 5)).contains { attribution.entityAt[$0] >= 0 }
        }
        return false
    }

    static let participles = Vocabulary.set(["giving", "making", "leaving", "bringing", "handing", "taking", "putting", "lifting", "pushing"])
    static let clauseOpeners = Vocabulary.set(["and", "but", "while", "whereas", "although", "though", "as"])
    /// "the company", "his start-up", "its parent company".
    static let englishDeterminers = Vocabulary.set(["the", "his", "her", "its"])
    static let englishCompanyNouns = Vocabulary.set(["company", "firm", "chipmaker", "carmaker", "maker", "startup", "group", "giant", "lab"])
}
