/// What earlier sentences said about who is talked about, so a figure can take a subject named before
/// it: "perusahaan tersebut", "valuasinya", "ia", "the company", "its", "he".
struct Discourse {
    /// Most recent subject of each kind: company-like (company, organisation), person, any actor.
    private(set) var company: Int?
    private(set) var person: Int?
    private(set) var actor: Int?
    /// The first subject of the article: lines of a price list or spec sheet are about it.
    private(set) var topic: Int?

    /// Records a sentence: its main subject first, then any other entity whose slot is still empty.
    mutating func note(main: Int?, others: [Int], attribution: Attribution) {
        for entity in others where entity != main {
            switch attribution.category(entity) {
            case .company, .organisation: if company == nil { company = entity }
            case .person: if person == nil { person = entity }
            default: break
            }
        }
        guard let main else { return }
        switch attribution.category(main) {
        case .company, .organisation: company = main; actor = main
        case .person: person = main; actor = main
        case .country: actor = main
        default: break
        }
        if topic == nil, attribution.category(main) != .country { topic = main }
    }

    /// The entity an anaphor before `limit` in the sentence refers to.
    func referent(in sentence: Range<Int>, before limit: Int, keys: [UInt64], text: UnsafeBufferPointer<UInt8>, tokens: [Token], attribution: Attribution) -> Int? {
        for t in sentence.lowerBound..<limit {
            let k = keys[t]
            // "perusahaan tersebut", "raksasa teknologi itu", "the company", "the chipmaker"
            var demonstrative: Bool { (t + 1..<min(limit, t + 3)).contains { Self.demonstratives.contains(keys[$0]) } }
            if Self.companyNouns.contains(k) {
                // "Perusahaan menjual …" opening a sentence is the company talked about, as is "perseroan" anywhere.
                if demonstrative || (t > sentence.lowerBound && keys[t - 1] == Self.the) || t == sentence.lowerBound { return company }
            }
            if Self.formalCompany.contains(k) { return company }
            // "pihaknya": the institution of whoever was speaking.
            if k == Self.pihaknya { return company ?? actor }
            // "Target pendapatan itu naik …", "Angka tersebut …": a figure named before, so its owner.
            if demonstrative, Self.ownedNouns.contains(k) || Self.figureNouns.contains(k) { return actor }
            // "Ia menjabarkan, arus kas …": a speaker introduces the figure, the figure is not theirs.
            if Self.personPronouns.contains(k) {
                if t + 2 < limit, Vocabulary.speechVerbs.contains(keys[t + 1]),
                   text[tokens[t + 2].start] == 0x2C || keys[t + 2] == Self.bahwa || keys[t + 2] == Self.that { continue }
                return person
            }
            // "chip ini", "smartphone tersebut", "bandara itu": the product or place the article is about.
            if demonstrative, Self.thingNouns.contains(k) { return topic ?? actor }
            if Self.companyPronouns.contains(k) { return company ?? actor }
            // "mereka" are people or companies, not a country.
            if Self.pluralPronouns.contains(k) { return actor.flatMap { attribution.category($0) == .country ? nil : $0 } }
            // "It" opening the sentence
            if k == Self.it, t == sentence.lowerBound { return company ?? actor }
            if isPossessive(t, text: text, tokens: tokens) {
                // "kekayaannya", "gajinya": wealth and pay belong to a person.
                if Self.personalNouns.contains(keys[t]) { return person ?? actor }
                return actor
            }
        }
        return nil
    }

    /// A list line ("- 8/256 GB: Rp 4,5 juta") takes the article's topic.
    func listTopic(_ sentence: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Int? {
        let first = tokens[sentence.lowerBound]
        guard first.kind == .punct, Self.bullets.contains(text[first.start]) else { return nil }
        return topic
    }

    /// "valuasinya", "pendapatannya", "Baidu-nya" is not one: a noun of ownership with -nya.
    private func isPossessive(_ t: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, token.end - token.start > 5, text[token.end - 3] == 0x6E, text[token.end - 2] == 0x79, text[token.end - 1] == 0x61 else { return false }
        if Self.ownedNouns.contains(FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: text[token.start..<(token.end - 3)]))) { return true }
        // "laba bersihnya", "pendapatan operasionalnya": -nya on the word after an owned noun.
        return t > 0 && Self.ownedNouns.contains(Vocabulary.key(text, tokens[t - 1]))
    }

    static let the = Vocabulary.key("the"), it = Vocabulary.key("it"), bahwa = Vocabulary.key("bahwa"), that = Vocabulary.key("that"),
               pihaknya = Vocabulary.key("pihaknya")
    static let bullets: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "*"), 0xE2]  // 0xE2 opens "•"
    static let companyNouns = Vocabulary.set(["perusahaan", "raksasa", "startup", "start-up", "firma", "emiten", "produsen", "pabrikan",
                                              "company", "firm", "chipmaker", "giant", "group", "maker", "carmaker", "lab"])
    static let demonstratives = Vocabulary.set(["tersebut", "ini", "itu"])
    /// Words that always mean the company the article is about: "perseroan".
    /// Owned nouns that belong to people: "kekayaannya", "hartanya", "gajinya".
    static let personalNouns = Vocabulary.set(["kekayaannya", "hartanya", "gajinya"])
    /// Things an article is about, referred back to with a demonstrative.
    static let thingNouns = Vocabulary.set([
        "ponsel", "smartphone", "hp", "perangkat", "chip", "chipset", "prosesor", "laptop", "kacamata", "mobil", "produk",
        "tablet", "jam", "bandara", "gawai", "device", "phone", "laptop", "chip", "car", "product", "bank",
    ])
    static let formalCompany = Vocabulary.set(["perseroan"])
    /// Nouns that stand for a figure said before: "angka itu", "jumlah tersebut".
    static let figureNouns = Vocabulary.set(["angka", "jumlah", "nilai", "target", "capaian", "kinerja"])
    static let personPronouns = Vocabulary.set(["ia", "dia", "beliau", "he", "she", "his", "her"])
    static let companyPronouns = Vocabulary.set(["its"])
    static let pluralPronouns = Vocabulary.set(["mereka", "they", "their"])
    /// Stems whose -nya form says "its": valuasi-nya, pendapatan-nya, kekayaan-nya.
    static let ownedNouns = Vocabulary.set([
        "valuasi", "pendapatan", "penjualan", "laba", "rugi", "kerugian", "keuntungan", "kekayaan", "harta", "saham", "nilai",
        "harga", "aset", "modal", "utang", "investasi", "pangsa", "kapitalisasi", "omzet", "belanja", "anggaran", "biaya",
        "gaji", "pengguna", "pelanggan", "karyawan", "pertumbuhan", "produksi", "ekspor", "impor", "dana", "pendanaan",
        "pengiriman", "kinerja", "target", "beban", "penerimaan",
    ])
}
