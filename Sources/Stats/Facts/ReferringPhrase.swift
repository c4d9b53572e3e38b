/// Noun phrases that point back to a company named before: a head noun of company kind, its modifiers, and a
/// demonstrative closing the phrase ("perusahaan asal China ini", "bank terbesar di AS ini", "raksasa teknologi asal
/// Korea Selatan tersebut"), or English "the" opening it ("the Chinese start-up", "the Hangzhou-based company").
/// Only modifiers that describe a company may stand between, so "perusahaan di sektor ini" (the sector) and "pada
/// tahun ini" (the year) do not refer back.
struct ReferringPhrase {
    let attribution: Attribution
    private var keys: [UInt64] { attribution.keys }
    private var tokens: [Token] { attribution.tokens }

    /// Whether the company noun at `head` is closed by a demonstrative before `limit`, past modifiers only.
    func closesWithDemonstrative(_ head: Int, before limit: Int) -> Bool {
        var k = head + 1
        var words = 0
        while k < limit, words <= 5 {
            if Discourse.demonstratives.contains(keys[k]) { return true }
            if let end = modifyingPlace(at: k) { k = end } else if Self.modifiers.contains(keys[k]) { k += 1 } else { return false }
            words += 1
        }
        return false
    }

    /// "perusahaan yang dipimpin Jensen Huang itu", "startup yang didirikan Liang Wenfeng tersebut": a relative clause
    /// closed by a demonstrative, with no punctuation or figure inside, points back like a phrase of modifiers.
    func closesRelativeClause(_ head: Int, before limit: Int) -> Bool {
        guard head + 2 < limit, keys[head + 1] == Vocabulary.yang else { return false }
        var k = head + 2
        while k < min(limit, head + 10) {
            if Discourse.demonstratives.contains(keys[k]) { return true }
            if tokens[k].kind != .word { return false }
            k += 1
        }
        return false
    }

    /// Whether "the" opens the phrase of the English company noun at `head`: "the company", "the Chinese start-up",
    /// "the Hangzhou-based company", "the Microsoft-backed company", "the world's largest chipmaker".
    func opensWithThe(_ head: Int, from start: Int) -> Bool {
        var k = head - 1
        var words = 0
        while k >= start, words <= 4 {
            if keys[k] == Discourse.the { return true }
            if attribution.entityAt[k] >= 0 {
                let first = attribution.matches[Int(attribution.matchAt[k])].tokens.lowerBound
                guard attribution.category(Int(attribution.entityAt[k])) == .country || isBasedIn(k + 1) || attribution.isGluedModifier(k + 1)
                else { return false }
                k = first - 1
            } else if k >= 2, keys[k - 1] == Self.dash, keys[k] == Self.based || attribution.isGluedModifier(k - 1) { k -= 2    // "Hangzhou-based", "Microsoft-backed"
            } else if Self.englishModifiers.contains(keys[k]) || isPossessiveS(k) { k -= 1
            } else { return false }
            words += 1
        }
        return false
    }

    /// A place inside such a phrase modifies the company noun and does not act: "perusahaan asal China ini membanderol …",
    /// "the Chinese start-up said …".
    func isModifier(_ t: Int, end: Int, in range: Range<Int>) -> Bool {
        // English: "the [mods] <place> [mods] <company noun>".
        var k = end
        if k + 1 < range.upperBound, keys[k] == Self.dash, keys[k + 1] == Self.based { k += 2 }
        var words = 0
        while k < range.upperBound, words <= 3 {
            if isCompanyNoun(k) { return opensWithThe(k, from: range.lowerBound) }
            guard Self.englishModifiers.contains(keys[k]) else { break }
            k += 1; words += 1
        }
        // Indonesian: "<company noun> [mods] <place> [mods] ini".
        k = t - 1
        words = 0
        while k >= range.lowerBound, words <= 3 {
            if isCompanyNoun(k) { return closesWithDemonstrative(k, before: range.upperBound) }
            guard Self.modifiers.contains(keys[k]) else { return false }
            k -= 1; words += 1
        }
        return false
    }

    func isCompanyNoun(_ t: Int) -> Bool {
        if keys[t] == Self.start { return t + 2 < tokens.count && keys[t + 1] == Self.dash && keys[t + 2] == Self.up }  // "start-up"
        return Self.headNouns.contains(keys[t])
    }

    /// The end of a country's name at `k` ("AS", "Korea Selatan"), or nil.
    private func modifyingPlace(at k: Int) -> Int? {
        guard attribution.entityAt[k] >= 0, attribution.category(Int(attribution.entityAt[k])) == .country else { return nil }
        return attribution.matches[Int(attribution.matchAt[k])].tokens.upperBound
    }

    private func isBasedIn(_ k: Int) -> Bool { k + 1 < keys.count && keys[k] == Self.dash && keys[k + 1] == Self.based }
    private func isPossessiveS(_ k: Int) -> Bool { keys[k] == Self.s && k > 0 && tokens[k - 1].kind == .punct }

    static let start = Vocabulary.key("start"), up = Vocabulary.key("up"), dash = Vocabulary.key("-"), based = Vocabulary.key("based"),
               s = Vocabulary.key("s")
    static let headNouns = Vocabulary.set(Discourse.companyNounWords + ["bank"])
    /// Words that describe a company between its noun and a demonstrative.
    static let modifiers = Vocabulary.set([
        "asal", "dari", "di", "berbasis", "milik", "induk", "terbesar", "besar", "raksasa", "ternama", "terkemuka", "rintisan", "baru",
        "teknologi", "chip", "semikonduktor", "otomotif", "elektronik", "telekomunikasi", "digital", "internet", "kecerdasan", "buatan",
        "ai", "perangkat", "lunak", "keras", "ponsel", "smartphone", "mobil", "listrik", "kendaraan", "energi", "keuangan", "investasi",
        "pembuat", "produsen", "swasta", "asing", "global", "multinasional", "dunia", "media", "sosial", "komputer", "komputasi", "awan",
        "e", "commerce", "-", "fintech", "perbankan", "investasi", "modal", "ventura", "riset", "robotika", "mesin", "pencari",
    ])
    /// English words between "the" and a company noun.
    static let englishModifiers = Vocabulary.set([
        "tech", "technology", "chip", "ai", "artificial", "intelligence", "internet", "e", "commerce", "-", "search", "social", "media",
        "electric", "vehicle", "car", "phone", "smartphone", "software", "semiconductor", "state", "owned", "private", "young", "new",
        "largest", "biggest", "big", "world", "'", "’", "cloud", "computing", "gaming", "startup", "san", "francisco", "based",
    ])
}
