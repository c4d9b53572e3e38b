/// A share written as a fraction of a whole: "setengah dari model AI", "sepertiga dari", "dua pertiga dari",
/// "a fifth of Chinese firms", "two-thirds of", "three-quarters of". Read only before "dari"/"of", so "a third
/// round" or "dua pertiga jalan" stay words.
struct Fraction {
    let keys: [UInt64]

    /// The share in percent and the token after the fraction's "dari"/"of", when a fraction starts at `t`.
    func read(at t: Int, limit: Int) -> (percent: Double, end: Int)? {
        var k = t, percent: Double?
        if let whole = Self.words[keys[k]] {
            percent = whole
            k += 1
        } else if k + 1 < limit, let count = Self.counts[keys[k]] {
            var part = k + 1
            if part + 1 < limit, keys[part] == Vocabulary.dash { part += 1 }   // "two-thirds"
            if let each = Self.parts[keys[part]] {
                percent = count * each
                k = part + 1
            }
        }
        guard let percent, k < limit, keys[k] == Vocabulary.dari || keys[k] == Vocabulary.of else { return nil }
        return ((percent * 100).rounded() / 100, k + 1)
    }

    /// Periods a fraction can be part of without being a share: "First Half of the year", "paruh … tahun".
    static let periodWords = Vocabulary.set([
        "tahun", "year", "years", "bulan", "month", "months", "kuartal", "quarter", "triwulan", "semester", "abad", "century",
        "dekade", "decade", "dasawarsa", "musim", "season", "pekan", "week", "hari", "day", "periode", "period", "masa",
    ])

    /// One word for the whole fraction.
    static let words: WordTable<Double> = Vocabulary.map([
        "setengah": 50, "separuh": 50, "half": 50, "seperempat": 25, "sepertiga": 100.0 / 3, "seperlima": 20, "sepersepuluh": 10,
    ])
    /// How many parts: "a third", "dua pertiga", "three-quarters".
    static let counts: WordTable<Double> = Vocabulary.map(["a": 1, "one": 1, "satu": 1, "two": 2, "dua": 2, "three": 3, "tiga": 3])
    /// The size of one part, singular or plural: "quarter(s)", "pertiga", "perempat", "fifth(s)".
    static let parts: WordTable<Double> = Vocabulary.map([
        "quarter": 25, "quarters": 25, "third": 100.0 / 3, "thirds": 100.0 / 3, "fifth": 20, "fifths": 20, "tenth": 10,
        "tenths": 10, "pertiga": 100.0 / 3, "perempat": 25, "perlima": 20,
    ])
}
