/// A unit said once for two figures (issue 9 §3): "Baidu memberikan 50 juta token dan Zhipu memberikan 150 juta",
/// "SenseTime gave away 50 million tokens, while Baichuan offered 10 million", "pendapatan Rp 150 triliun,
/// sementara labanya 24 triliun". The second amount leaves out the unit of the first, so it has none of its own.
///
/// Only a scaled amount ("150 juta", "10 million") with nothing after it that could be its own noun, in a
/// coordinated clause of the same sentence right after the first figure, takes the unit. That clause must name
/// another owner (tokens) or another accounts line (money): "memberi 50 juta token dan melayani 3 juta UMKM"
/// and "Rp 5 juta, dan terjual 2 juta" stay without a figure.
struct Elision {
    let attribution: Attribution

    /// The kind and unit the amount `number` (its tokens) takes from `previous`, the figure before it in `sentence`.
    func unit(of number: Range<Int>, scaled: Bool, after previous: Fact?, in sentence: Range<Int>) -> (FactKind, String)? {
        let keys = attribution.keys, tokens = attribution.tokens, entityAt = attribution.entityAt
        guard scaled, let previous, let unit = previous.unit, previous.kind == .tokens || previous.kind == .money else { return nil }
        guard number.upperBound >= sentence.upperBound || tokens[number.upperBound].kind == .punct
            || Self.followers.contains(keys[number.upperBound]) else { return nil }
        var gap = number.lowerBound - 1
        while gap >= sentence.lowerBound, tokens[gap].start >= previous.end { gap -= 1 }
        let between = (gap + 1)..<number.lowerBound
        guard !between.isEmpty, between.count <= 12, !between.contains(where: { tokens[$0].kind == .number }),
              between.contains(where: { Vocabulary.coordinators.contains(keys[$0]) || attribution.isComma($0) }) else { return nil }
        let owner = previous.kind == .tokens
            ? between.contains { entityAt[$0] >= 0 }
            : between.contains { Vocabulary.roleCues[keys[$0]] != nil }
        return owner ? (previous.kind, unit) : nil
    }

    /// Words that may follow an amount whose noun was left out: prepositions, "each", "lagi".
    static let followers = Vocabulary.set(["kepada", "untuk", "bagi", "ke", "di", "pada", "dalam", "sebagai", "masing-masing",
                                           "lagi", "saja", "to", "for", "in", "on", "at", "as", "each", "more", "apiece"])
}
