/// Lines that name no one under a company's article: "Harga: Rp 4,2 juta", "dilego Rp4,9 juta", "layar … 89 persen"
/// in a launch story. The article's lead names a company it is about, or the product or company the article repeats
/// (`ArticleSubject`), and the text keeps talking about it: no other company was named since. Then a price, amount or
/// share whose sentence names no one is its.
extension FactExtractor {
    func leadCompany(of f: Fact, _ quantity: Range<Int>, in sentence: Range<Int>, clauses: [Range<Int>], discourse: inout Discourse) -> Int? {
        guard Self.ownedKinds.contains(f.kind), discourse.lastCompany != nil,
              let owner = safeLead(discourse) ?? discourse.about(attribution: attribution, names: entityNames, knownSubjects: knownSubjects)
        else { return nil }
        return isUnnamedLine(f, quantity, in: sentence, clauses: clauses) ? owner : nil
    }

    /// The lead's company, when the text keeps talking about it: no other company named since.
    private func safeLead(_ discourse: Discourse) -> Int? {
        guard let lead = discourse.leadCompany, discourse.lastCompany == lead else { return nil }
        // A lexicon company the article names again, or a name in a company form ("PT … Tbk") it goes on about.
        guard hasCompanyForm(lead) || lead < knownSubjects && discourse.leadMentions >= 2 else { return nil }
        // A lead naming another known company or organisation ("Telkomsel, TikTok, dan GoPay …") is about none of them
        // alone; capitalised words merely guessed names ("NEW YORK", "Galaxy Unpacked") do not count.
        guard !discourse.leadOthers.contains(where: { $0 < knownSubjects || hasCompanyForm($0) }) else { return nil }
        return lead
    }

    /// A price, amount or share in a sentence that names no one and is no survey, market figure or change of something.
    func isUnnamedLine(_ f: Fact, _ quantity: Range<Int>, in sentence: Range<Int>, clauses: [Range<Int>]) -> Bool {
        let keys = attribution.keys
        // A sentence naming anyone (a source, a place, another firm) says whose figure it is, or that it is no one's.
        guard !sentence.contains(where: { attribution.entityAt[$0] >= 0 }) else { return false }
        guard let clause = clauses.first(where: { $0.contains(quantity.lowerBound) }),
              !attribution.isCriterion(quantity, from: clause.lowerBound),
              !attribution.opensUnknownPart(clause.lowerBound, before: quantity.lowerBound) else { return false }
        // "Sekitar 48 persen hanya akan membayar US$ 300", "55 persen pemilik ponsel": a survey's shares of people.
        if isSurvey(sentence) { return false }
        let before = sentence.lowerBound..<quantity.lowerBound
        // "Pasar komputasi … bernilai USD2 triliun", "nilai ekonomi komputer kuantum": a market's figure, not the company's.
        if before.contains(where: { Attribution.marketNouns.contains(keys[$0]) }) { return false }
        // "harga acuan nikel mengalami penurunan 5,20 persen", "suku bunga naik menjadi 6 persen": a change is of something
        // the sentence names (a rate, a price, a count), not a line of the product's; the company's own accounts are
        // found before, by their nouns.
        if f.kind == .percent, before.contains(where: { PercentRoles.cues[keys[$0]]?.direction != nil }) { return false }
        return true
    }

    /// "PT … Tbk", "… Inc.": a name written as a company. A capitalised word merely guessed a company ("Jakarta" in a
    /// dateline) is not safe to chain to.
    private func hasCompanyForm(_ entity: Int) -> Bool {
        let name = entityNames[entity]
        return name.hasPrefix("PT ") || Self.companyForms.contains { name.hasSuffix($0) }
    }

    /// A percent followed by the people it counts or by what they do or say.
    private func isSurvey(_ sentence: Range<Int>) -> Bool {
        let keys = attribution.keys, people = Self.surveyWords
        return sentence.contains { t in
            Vocabulary.percentWords.contains(keys[t]) && (t + 1..<min(sentence.upperBound, t + 3)).contains { people.contains(keys[$0]) }
        }
    }

    static let surveyWords = Vocabulary.set([
        "pengguna", "pemilik", "konsumen", "responden", "orang", "warga", "masyarakat", "pembeli", "pelanggan", "karyawan", "pekerja",
        "akan", "mengatakan", "menyatakan", "memilih", "mengaku", "ingin", "siap", "setuju",
        "of", "users", "owners", "consumers", "respondents", "people", "customers", "said", "say", "will",
    ])
    static let ownedKinds: Set<FactKind> = [.money, .percent, .tokens]
    static let companyForms = [" Tbk", " Inc", " Inc.", " Corp", " Corp.", " Ltd", " Ltd.", " Holdings", " Group", " Co."]
}

extension Attribution {
    /// "Telkomsel, TikTok, dan GoPay meluncurkan …": the entity's first name in the sentence is one of a list of names.
    /// A country before it is an apposition ("penyedia asal Tiongkok, Huawei, …"), no list.
    func isListed(_ entity: Int, in sentence: Range<Int>) -> Bool {
        guard let t = sentence.first(where: { entityAt[$0] >= 0 && owner(Int(entityAt[$0])) == entity }) else { return false }
        let end = matches[Int(matchAt[t])].tokens.upperBound
        func joiner(_ k: Int) -> Bool { Self.pairJoiners.contains(keys[k]) || isComma(k) }
        func name(_ k: Int) -> Bool { k < sentence.upperBound && entityAt[k] >= 0 && categories[Int(entityAt[k])] != .country }
        if t - 2 >= sentence.lowerBound, joiner(t - 1), name(t - 2) { return true }
        guard end + 1 < sentence.upperBound, joiner(end) else { return false }
        return name(end + 1) || isComma(end) && Self.pairJoiners.contains(keys[end + 1]) && name(end + 2)
    }
}
