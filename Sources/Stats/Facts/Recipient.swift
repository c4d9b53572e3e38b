/// Who a figure is for, named after it: "kerugian 3,1 miliar dollar AS tadi tidak berpengaruh besar bagi Microsoft",
/// "cashback Rp 200 ribu untuk A50s", "$6.6 billion for TSMC and $8.5 billion for Intel".
extension Attribution {
    /// The company, organisation, person or product (as its maker) the figure in `quantity` is for. "untuk"/"for" must
    /// follow the figure at once (after it, "for training", "untuk pengembangan" say what it is for); "bagi" may stand a
    /// few words later, as what the figure means "for" someone is theirs. Never a place: "Rp 13,2 triliun untuk Papua"
    /// is a budget's scope, not Papua's money.
    func recipient(after quantity: Range<Int>, in clause: Range<Int>) -> Int? {
        var k = quantity.upperBound
        while k < clause.upperBound, k - quantity.upperBound <= 6 {
            guard entityAt[k] < 0, tokens[k].kind == .word else { return nil }
            if Self.recipientWords.contains(keys[k]) {
                let near = k - quantity.upperBound <= (keys[k] == Self.bagi ? 6 : 0)
                guard near, k + 1 < clause.upperBound, usable(at: k + 1), !isVariant(k + 1) else { return nil }
                let entity = owner(Int(entityAt[k + 1]))
                return Self.recipientCategories.contains(categories[entity]) ? entity : nil
            }
            k += 1
        }
        return nil
    }

    /// "Rp 5 miliar untuk Telkom dan Rp 3 miliar untuk Indosat": a name right after "untuk"/"for"/"bagi" that follows a
    /// figure's last word is that figure's recipient, so it does not act for the figures after it.
    func isFigureRecipient(_ t: Int) -> Bool {
        guard t >= 2, Self.recipientWords.contains(keys[t - 1]) else { return false }
        let last = t - 2
        // "gaji ke-13 untuk ASN": an ordinal is no figure.
        if tokens[last].kind == .number, last > 0, tokens[last - 1].kind == .punct, !tokens[last].spaceBefore { return false }
        return tokens[last].kind == .number && entityAt[last] < 0 || Vocabulary.scales[keys[last]] != nil
            || Vocabulary.currencyAfter[keys[last]] != nil || Vocabulary.percentWords.contains(keys[last])
    }

    /// Whether the sentence gives two or more figures each to its own recipient ("$6.6 billion for TSMC and $8.5
    /// billion for Intel"): then the recipients tell the figures apart, and each owns its own, whoever gave them.
    func hasRespectiveRecipients(in sentence: Range<Int>) -> Bool {
        var pairs = 0
        for t in sentence where entityAt[t] >= 0 && (t == sentence.lowerBound || entityAt[t - 1] != entityAt[t]) && isFigureRecipient(t) {
            pairs += 1
            if pairs == 2 { return true }
        }
        return false
    }

    /// "Rp 1,4 juta untuk Tipe E", "Rp 140 juta untuk E MT": a variant of the product talked about is what the price
    /// is of, not who it is for; the product keeps the figure.
    private func isVariant(_ t: Int) -> Bool {
        ProperNames.variantNouns.contains(keys[t]) || tokens[t].end - tokens[t].start == 1
    }

    static let bagi = Vocabulary.key("bagi")
    static let recipientWords = Vocabulary.set(["bagi", "untuk", "for"])
    static let recipientCategories: Set<EntityCategory> = [.company, .organisation, .person, .model]
}
