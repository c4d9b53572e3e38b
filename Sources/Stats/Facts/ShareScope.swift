/// The place a share is limited to when it is named in the share's own clause rather than opening the sentence
/// (issue 9, class 3): "pertumbuhan pembayaran digital di Indonesia tumbuh 77,9%", "sales in China fell 5 percent",
/// and an elliptical share coordinated after one with a place ("69% perusahaan di Indonesia …, sementara 76% …").
/// The place is scope, not subject (docs/output-schema.md); a report's or survey's name never is either.
extension Attribution {
    /// "di/in" + a country before the figure in its clause, not joined to another place ("di Indonesia dan Jepang").
    func placeInClause(_ clause: Range<Int>, before limit: Int) -> Int? {
        var t = clause.lowerBound
        while t + 1 < limit {
            if keys[t] == Self.di || keys[t] == Self.in, entityAt[t + 1] >= 0, categories[Int(entityAt[t + 1])] == .country,
               t == 0 || Vocabulary.currencyAfter[keys[t - 1]] == nil {
                let end = matches[Int(matchAt[t + 1])].tokens.upperBound
                if end < tokens.count, Vocabulary.nameJoiners.contains(keys[end]) { return nil }
                // "SoC pertama di Indonesia yang diklaim 20 persen hemat daya": the place ranks the head noun, and the
                // figure of a relative clause after it is not limited to the place.
                if t > clause.lowerBound, Self.rankWords.contains(keys[t - 1]) { return nil }
                if (end..<limit).contains(where: { Vocabulary.relativeStarts.contains(keys[$0]) }) { return nil }
                return Int(entityAt[t + 1])
            }
            t += 1
        }
        return nil
    }

    static let rankWords = Vocabulary.set(["pertama", "terbesar", "tertinggi", "terbaik", "termurah", "first", "largest", "biggest", "only"])

    /// Whether the figure at `first` opens a coordinated part with no noun of its own: "…, sementara 76% lebih memilih".
    func opensCoordinatedShare(_ first: Int, in sentence: Range<Int>) -> Bool {
        first > sentence.lowerBound && Vocabulary.coordinators.contains(keys[first - 1])
    }
}
