/// What earlier sentences said about who is talked about, so a figure can take a subject named before
/// it: "perusahaan tersebut", "valuasinya", "ia", "the company", "its", "he".
struct Discourse {
    /// Most recent subject of each kind: company-like (company, organisation), person, any actor.
    private(set) var company: Int?
    private(set) var person: Int?
    private(set) var actor: Int?
    /// The country named last: "the country", "negara tersebut" (nearer than the one a sentence was about: "… PDB
    /// Israel … Negara itu …").
    private(set) var country: Int?
    /// The first subject of the article: lines of a price list or spec sheet are about it.
    private(set) var topic: Int?
    /// The last figure: "angka tersebut", "dari total tersebut" refer back to it and so to its owner.
    private(set) var lastFigure = LastFigure.notYet
    /// Sentences read so far: the first two are the article's lead, which names what its headline is about.
    private(set) var sentencesRead = 0
    /// The topic, when the lead named it and it is a company: the article is about it.
    private(set) var leadCompany: Int?
    /// The company or organisation named last, anywhere in a sentence (a product counts as its maker, or as itself when
    /// its maker is unknown: "Lumina X5").
    private(set) var lastCompany: Int?
    /// Other companies and organisations the lead names: "Telkomsel, TikTok, dan GoPay meluncurkan …" is about none alone.
    private(set) var leadOthers: [Int] = []
    /// How often the lead's company was named: an article about it names it again.
    private(set) var leadMentions = 0

    /// The lead's sentences that name someone, and whether a person is the main subject of one: what `about` reads.
    private var leadSentences: [Range<Int>] = []
    private var personLed = false
    /// The article's subject (`ArticleSubject`), found once, when a line first asks: `.some(nil)` when it has none.
    private var articleSubject: Int??
    /// The one company or product the manifest's title names (`Headline`), and whether the text agrees (its own subject,
    /// if any, has the same owner), found once when a line first asks.
    var headline: Int?
    var headlineAgreed: Bool?

    /// Whose the last figure was. `ownerless` when it had no owner ("… mencapai 38 miliar dollar AS pada 2027. Angka
    /// itu setara dengan 9 persen …") or was imagined ("Misalnya seseorang membeli … USD100": "harga tersebut"): a
    /// figure pointing back to it has none either.
    enum LastFigure: Equatable { case notYet, owned(Int), ownerless }

    /// A company that owns a figure is the company talked about next ("Kai-Fu Lee … said his start-up spent $3 million.
    /// Lee said the company had …"), though a person opened the sentence.
    mutating func noteFigure(owner: Int?, isCompany: Bool) {
        lastFigure = owner.map(LastFigure.owned) ?? .ownerless
        if isCompany { company = owner }
    }

    /// "Rinciannya terdiri dari utang pemerintah sebesar 197,5 miliar …, serta utang swasta sebesar 197,8 miliar", "It
    /// consists of …": the parts of a total named before. "Angka tersebut tumbuh 10,3 persen" after them still means
    /// the total, so their figures do not become the last figure.
    static func isBreakdown(_ sentence: Range<Int>, before limit: Int, keys: [UInt64]) -> Bool {
        let verbs = breakdownVerbs, openers = breakdownOpeners  // once, not a lazy-init check per word
        return (sentence.lowerBound..<limit).contains { verbs.contains(keys[$0]) || $0 - sentence.lowerBound < 3 && openers.contains(keys[$0]) }
    }
    static let breakdownOpeners = Vocabulary.set(["rinciannya", "rincian", "perinciannya", "perincian"])
    static let breakdownVerbs = Vocabulary.set(["terdiri", "consists", "consisting", "comprises", "comprising"])
    mutating func noteImaginedFigure() { lastFigure = .ownerless }
    mutating func endSentence() { sentencesRead += 1 }

    /// Records a sentence: its main subject first, then any other entity whose slot is still empty. A person a
    /// title names is the latest person even when the sentence's subject is no person ("Bos LVMH, Bernard Arnault,
    /// menjadi … Kekayaannya naik …", "Alibaba Chairman Joe Tsai told … He said …"): a personal noun or pronoun
    /// after it refers to that person.
    mutating func note(main: Int?, in sentence: Range<Int>, attribution: Attribution) {
        if main.map({ attribution.category($0) != .person }) ?? true, let named = attribution.titledPerson(in: sentence) {
            person = named
        }
        let categories = attribution.categories  // captured alone: capturing `attribution` copied all of it per sentence
        attribution.forEachEntity(in: sentence) { entity in
            let category = categories[entity]
            if category == .company || category == .organisation || category == .model { lastCompany = entity }
            if category == .country { country = entity }
            if entity == leadCompany { leadMentions += 1 }
            guard entity != main else { return }
            switch category {
            case .company, .organisation: if company == nil { company = entity }
            case .person: if person == nil { person = entity }
            default: break
            }
        }
        if sentencesRead < 2 {
            leadSentences.append(sentence)
            if let main, attribution.category(main) == .person { personLed = true }
        }
        guard let main else { return }
        switch attribution.category(main) {
        case .company, .organisation: company = main; actor = main
        case .person: person = main; actor = main
        case .country, .model: actor = main  // a product found with its code ("Huawei Pura X"): "Harganya" is its
        default: break
        }
        if topic == nil, attribution.category(main) != .country {
            topic = main
            if sentencesRead < 2, attribution.category(main) == .company, !attribution.isListed(main, in: sentence) {
                leadCompany = main
                attribution.forEachEntity(in: sentence) { entity in
                    if entity == main { leadMentions += 1 } else if [.company, .organisation].contains(attribution.category(entity)) {
                        leadOthers.append(entity)
                    }
                }
            }
        }
    }

    /// The product or company the article is about, while the text keeps talking about it: the company or
    /// organisation named last is it. The lead must name it, and neither be about a person ("Tom Lembong menyatakan …"
    /// is no product story, whatever name it repeats) nor list it with others ("Telkomsel, TikTok, dan GoPay
    /// meluncurkan …" is about none of them alone).
    mutating func about(attribution: Attribution, names: SubjectNames, knownSubjects: Int) -> Int? {
        guard let last = lastCompany else { return nil }
        if articleSubject == nil {
            articleSubject = .some(nil)
            if !personLed, !leadSentences.isEmpty, let subject = ArticleSubject(attribution: attribution, names: names, knownSubjects: knownSubjects)?.entity,
               let lead = leadSentences.first(where: { sentence in
                   var named = false
                   attribution.forEachEntity(in: sentence) { if $0 == subject { named = true } }
                   return named
               }), !attribution.isListed(subject, in: lead) {
                articleSubject = .some(subject)
            }
        }
        return articleSubject == .some(last) ? last : nil
    }

    /// The entity an anaphor before `limit` in the sentence refers to.
    func referent(in sentence: Range<Int>, before limit: Int, keys: [UInt64], text: UnsafeBufferPointer<UInt8>, tokens: [Token], attribution: Attribution) -> Int? {
        // One table lookup per word: this scan runs for every figure without a subject.
        let classes = Self.anaphorClasses, demonstratives = Self.demonstratives
        var otherCompany = false  // a company noun that introduces a company rather than referring back
        for t in sentence.lowerBound..<limit {
            let k = keys[t]
            guard let word = classes[k] else {
                if let owner = possessiveOwner(t, k, text: text, tokens: tokens) { return owner }
                continue
            }
            // "perusahaan tersebut", "raksasa teknologi itu", "the company", "the chipmaker"
            var demonstrative: Bool { (t + 1..<min(limit, t + 3)).contains { demonstratives.contains(keys[$0]) } }
            // "Perusahaan yang dinilai …", "15% perusahaan tersebut …": companies described by what they are or counted by
            // a share are many, not the one talked about; they do not refer back, and an account line after them is not it.
            if word.contains(.manyCompanies)
                || word.contains(.companyNoun) && isManyCompanies(t, opening: t == sentence.lowerBound, before: limit, keys: keys, attribution: attribution) {
                otherCompany = true
                continue
            }
            if word.contains(.companyNoun) {
                // "Perusahaan menjual …" opening a sentence is the company talked about, as is "perseroan" anywhere.
                // So is "Tetapi perusahaan menegaskan …", "But the company said …" after an opening conjunction, and a
                // phrase closed by a demonstrative or opened by "the": "perusahaan asal China ini", "the Chinese start-up".
                let phrase = ReferringPhrase(attribution: attribution)
                if word.contains(.onlyInPhrase) {
                    // Outside such a phrase "bank" is any bank ("pengguna bank digital", "bank bjb membukukan laba …").
                    if phrase.closesWithDemonstrative(t, before: limit) || phrase.opensWithThe(t, from: sentence.lowerBound) { return company }
                    continue
                } else {
                    if t == sentence.lowerBound || keys[t - 1] == Self.the || demonstrative
                        || t - 1 == sentence.lowerBound && Self.openingConjunctions.contains(keys[t - 1])
                        || phrase.closesWithDemonstrative(t, before: limit) || phrase.opensWithThe(t, from: sentence.lowerBound)
                        || phrase.closesRelativeClause(t, before: limit) {
                        // English "the company" may point to a company of its own sentence; Indonesian "perusahaan
                        // asal Tiongkok ini" points back past an event or venue named before it ("GIIAS 2025").
                        let english = t > sentence.lowerBound && keys[t - 1] == Self.the
                        return (english ? attribution.firstCompany(in: sentence.lowerBound..<t) : nil) ?? company
                    }
                }
                if t > sentence.lowerBound, !Self.ownedNouns.contains(keys[t - 1]) { otherCompany = true }
            }
            if word.contains(.formalCompany) { return company }
            // "pihaknya": the institution of whoever was speaking.
            if word.contains(.pihaknya) { return company ?? actor }
            // "Target pendapatan itu naik …", "Angka tersebut …": a figure named before, so its owner.
            // At most one comma between: "Dari total tersebut, 11,6 miliar …", not a figure clauses later.
            if word.contains(.figureNoun), demonstrative, commas(t..<limit, text: text, tokens: tokens) <= 1 {
                switch lastFigure {
                case .owned(let owner): return owner
                case .ownerless: return nil
                case .notYet: return actor ?? headline
                }
            }
            // "the country had 1,509 large language models", "negara tersebut": the country named last; not "kedua
            // negara itu" (two), "negara-negara tersebut" (many), "negara saat ini" (now), "di negara ini" (a place).
            if word.contains(.countryNoun), let country, t + 1 < limit,
               Self.demonstratives.contains(keys[t + 1]) || t > sentence.lowerBound && keys[t - 1] == Self.the,
               !(t > sentence.lowerBound && (Self.pairWords.contains(keys[t - 1]) || Vocabulary.afterPrepositions.contains(keys[t - 1])
                   || keys[t - 1] == ReferringPhrase.dash)) {
                return country
            }
            // "Kesepakatan itu bernilai sekitar 30 miliar dollar AS", "The deal is worth …": the deal of whoever acted last.
            // Not the parts of a deal ("Transaksi tersebut terdiri dari transaksi tunai (Rp1,78 miliar), …").
            if word.contains(.dealNoun), demonstrative || t > sentence.lowerBound && keys[t - 1] == Self.the,
               !Self.isBreakdown(sentence, before: limit, keys: keys) { return actor }
            // "Laba neto diprakirakan Rp 45 miliar", "Net profit rose to $5 million": a line of a company's accounts
            // with no owner named is the company's, when the noun is close to the figure with no other number
            // between ("total pendapatan dari 2.000 perusahaan …" is not one company's).
            // Not when the sentence introduces another company ("perusahaan energi BP … laba"), speaks of a total,
            // or names someone after the figure ("kerugian 3,1 miliar … bagi Microsoft").
            if word.contains(.accountNoun), company != nil, !otherCompany, isOwnAccount(t, keys: keys),
               !(sentence.lowerBound..<t).contains(where: { keys[$0] == Self.total }),
               limit - t <= 10 && !(t + 1..<limit).contains(where: { tokens[$0].kind == .number && attribution.entityAt[$0] < 0 })
                   || limit - t <= 24 && isRespectiveList(t + 1..<sentence.upperBound, keys: keys),
               !(limit..<sentence.upperBound).contains(where: { attribution.entityAt[$0] >= 0 }) { return company }
            // "Saham perusahaan melonjak …": a company noun owning a figure noun is the company talked about.
            if word.contains(.companyNoun), t > sentence.lowerBound, Self.ownedNouns.contains(keys[t - 1]) { return company }
            // "Ia menjabarkan, arus kas …": a speaker introduces the figure, the figure is not theirs.
            // So does "He said the company would invest …": what follows the speech verb has its own subject.
            // "He added $20 billion to his fortune" is no speech: "added" only says so before a comma or "that".
            if word.contains(.personPronoun) {
                if t + 2 < limit, Vocabulary.speechVerbs.contains(keys[t + 1]),
                   !Self.addVerbs.contains(keys[t + 1]) || text[tokens[t + 2].start] == 0x2C || keys[t + 2] == Self.bahwa || keys[t + 2] == Self.that {
                    continue
                }
                return person
            }
            // "chip ini", "smartphone tersebut", "bandara itu": the product or place the article is about.
            if word.contains(.thingNoun), demonstrative { return topic ?? actor ?? headline }
            if word.contains(.companyPronoun) { return attribution.firstCompany(in: sentence.lowerBound..<t) ?? company ?? actor }
            // "mereka" are people or companies, not a country.
            if word.contains(.pluralPronoun) { return actor.flatMap { attribution.category($0) == .country ? nil : $0 } }
            // "It" opening the sentence
            if word.contains(.it), t == sentence.lowerBound { return company ?? actor }
            // "Shares fell about 1% in extended trading": the company talked about, its shares opening the sentence
            // and moving. (Indonesian "Saham …" alone is as often the whole market.)
            if word.contains(.sharesNoun), t == sentence.lowerBound, t + 1 < limit, PercentRoles.cues[keys[t + 1]]?.direction != nil {
                return company
            }
            if let owner = possessiveOwner(t, k, text: text, tokens: tokens) { return owner }
        }
        return nil
    }

    /// "Dengan harga sekitar USD 410, kacamata tersebut melengkapi …", "At $999, the phone …": a figure in a fronted
    /// phrase is about the thing the main clause then points back to: the product or company named last.
    func thingAfterFronted(_ quantity: Range<Int>, clauses: [Range<Int>], keys: [UInt64]) -> Int? {
        guard let own = clauses.firstIndex(where: { $0.contains(quantity.lowerBound) }), own + 1 < clauses.count,
              Vocabulary.frontedStarts.contains(keys[clauses[own].lowerBound]) || keys[clauses[own].lowerBound] == Self.at else { return nil }
        let next = clauses[own + 1], first = next.lowerBound
        func isThing(_ t: Int) -> Bool { Self.anaphorClasses[keys[t]]?.contains(.thingNoun) == true }
        guard next.count >= 2, keys[first] == Self.the ? isThing(first + 1) : isThing(first) && Self.demonstratives.contains(keys[first + 1])
        else { return nil }
        return lastCompany ?? topic ?? actor
    }

    /// "Perusahaan yang dipilih ialah …" opening a sentence (a restrictive relative clause, no demonstrative closing it)
    /// and "Sebanyak 15% perusahaan tersebut …" (a share of the companies) speak of many companies.
    private func isManyCompanies(_ t: Int, opening: Bool, before limit: Int, keys: [UInt64], attribution: Attribution) -> Bool {
        if t > 0, Vocabulary.percentWords.contains(keys[t - 1]) { return true }
        guard opening, t + 1 < limit, keys[t + 1] == Vocabulary.yang else { return false }
        var k = t + 2
        while k < min(limit, t + 8) {
            if Self.demonstratives.contains(keys[k]) { return false }  // "Perusahaan yang didirikan Sam Altman itu …"
            if attribution.tokens[k].kind == .punct { break }
            k += 1
        }
        return true
    }

    /// "Kekayaan bos Tesla, SpaceX, dan xAI itu menyentuh 504 miliar dollar AS", "harta sang miliarder tersebut", "the
    /// billionaire's fortune": what a noun for a person owns, in a phrase pointing back (a demonstrative closing it, or
    /// English "the" opening it), is the person talked about's, whatever companies the phrase names on the way.
    func referredPerson(before limit: Int, in sentence: Range<Int>, attribution: Attribution) -> Int? {
        guard let person else { return nil }
        let keys = attribution.keys, tokens = attribution.tokens
        for t in sentence.lowerBound..<limit where Self.personNouns.contains(keys[t]) {
            var owned = t - 1
            if owned >= sentence.lowerBound, keys[owned] == Self.sang { owned -= 1 }
            if owned >= sentence.lowerBound, Self.ownedNouns.contains(keys[owned]) {
                var k = t + 1
                while k < min(limit, t + 16) {
                    if Self.demonstratives.contains(keys[k]) { return person }
                    if attribution.entityAt[k] >= 0 {
                        // A person named in the phrase is named, not referred to.
                        if attribution.category(Int(attribution.entityAt[k])) == .person { return nil }
                        k = attribution.matches[Int(attribution.matchAt[k])].tokens.upperBound
                        continue
                    }
                    guard attribution.isComma(k) || Self.listJoiners.contains(keys[k]) || ReferringPhrase.modifiers.contains(keys[k]) else { break }
                    k += 1
                }
            }
            // "the billionaire's fortune", "the Tesla boss's net worth"
            if t + 2 < limit, tokens[t + 1].kind == .punct, keys[t + 2] == ReferringPhrase.s {
                var b = t - 1
                while b >= sentence.lowerBound, t - b <= 4, keys[b] != Self.the {
                    if attribution.entityAt[b] >= 0 { b = attribution.matches[Int(attribution.matchAt[b])].tokens.lowerBound - 1 } else { b -= 1 }
                }
                if b >= sentence.lowerBound, keys[b] == Self.the, t - b <= 4 { return person }
            }
        }
        return nil
    }

    private func commas(_ range: Range<Int>, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Int {
        var n = 0
        for t in range where tokens[t].kind == .punct && text[tokens[t].start] == 0x2C { n += 1 }
        return n
    }

    /// "Pendapatan di segmen ini", "belanja modal sebesar …" are the company's; "pendapatan pengemudi",
    /// "pendapatan per kapita", "modal ventura" are someone else's or no account line at all.
    private func isOwnAccount(_ t: Int, keys: [UInt64]) -> Bool {
        if keys[t] == Self.modal { return t > 0 && keys[t - 1] == Self.belanja }
        guard keys[t] == Self.pendapatan, t + 1 < keys.count else { return true }
        return Self.accountContinuations.contains(keys[t + 1])
    }

    /// "laba operasi dan laba neto masing-masing menjadi Rp 73 miliar dan Rp 45 miliar", "… respectively": the
    /// figures between the account noun and this one are the list's other items, not another owner's figure.
    private func isRespectiveList(_ range: Range<Int>, keys: [UInt64]) -> Bool {
        range.contains { keys[$0] == Self.masing || keys[$0] == Self.respectively }
    }

    /// "60 persen pendapatan perusahaan berasal dari …", "30 percent of the company's revenue", "40% of its sales":
    /// an owned noun of the company right after the figure refers back to the company talked about.
    func companyAfter(_ quantity: Range<Int>, in sentence: Range<Int>, keys: [UInt64], attribution: Attribution) -> Int? {
        guard let company else { return nil }
        let q = quantity.upperBound, end = sentence.upperBound
        func isCompanyNoun(_ t: Int) -> Bool { t < end && (keys[t] == Self.perusahaan || keys[t] == Self.perseroan) }
        // Indonesian: "… persen pendapatan perusahaan", "… persen saham perseroan".
        if q + 1 < end, Self.ownedNouns.contains(keys[q]), isCompanyNoun(q + 1) { return company }
        // English: "of the company's revenue", "of its revenue".
        guard q + 2 < end, keys[q] == Vocabulary.of else { return nil }
        if keys[q + 1] == Self.its, Attribution.ownedNounsEnglish.contains(keys[q + 2]) { return company }
        if keys[q + 1] == Self.the, q + 3 < end, keys[q + 2] == Self.company,
           attribution.tokens[q + 3].kind == .punct || Attribution.ownedNounsEnglish.contains(keys[q + 3]) { return company }
        return nil
    }

    /// "perusahaan bernilai 4,7 triliun dollar AS itu", "the $5 billion company": a company noun and a demonstrative
    /// (or "the") around the figure refer back to the company talked about, before any name later in the clause
    /// ("… itu didirikan Tang Yan": the founder does not own the company's value).
    func framingCompany(around quantity: Range<Int>, in sentence: Range<Int>, keys: [UInt64], attribution: Attribution) -> Int? {
        guard let company else { return nil }
        let classes = Self.anaphorClasses
        func isCompanyNoun(_ t: Int) -> Bool { classes[keys[t]]?.contains(.companyNoun) == true }
        // English: "the $5 billion company".
        if quantity.lowerBound > sentence.lowerBound, keys[quantity.lowerBound - 1] == Self.the,
           quantity.upperBound < sentence.upperBound, isCompanyNoun(quantity.upperBound) { return company }
        // Indonesian: "perusahaan [dengan nilai pasar|bernilai] … itu", only words between the noun and the figure,
        // and no punctuation or name between the figure and the demonstrative.
        var t = quantity.lowerBound - 1
        var noun = false
        while t >= max(sentence.lowerBound, quantity.lowerBound - 5) {
            if attribution.entityAt[t] >= 0 || attribution.tokens[t].kind != .word { return nil }
            if isCompanyNoun(t) { noun = true; break }
            t -= 1
        }
        guard noun else { return nil }
        let demonstratives = Self.demonstratives
        for k in quantity.upperBound..<min(sentence.upperBound, quantity.upperBound + 8) {
            if demonstratives.contains(keys[k]) { return company }
            if attribution.entityAt[k] >= 0 || isCompanyNoun(k) || attribution.tokens[k].kind == .punct { return nil }
        }
        return nil
    }

    /// "kekayaannya", "gajinya": wealth and pay belong to a person; other owned nouns with -nya to the actor.
    @inline(__always)
    private func possessiveOwner(_ t: Int, _ key: UInt64, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Int?? {
        guard isPossessive(t, text: text, tokens: tokens) else { return nil }
        return .some(Self.personalNouns.contains(key) ? person ?? actor : actor)
    }

    /// A list line ("- 8/256 GB: Rp 4,5 juta") takes the article's topic.
    func listTopic(_ sentence: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Int? {
        let first = tokens[sentence.lowerBound]
        guard first.kind == .punct, Self.bullets.contains(text[first.start]) else { return nil }
        // 0xE2 opens "•" but also the curly quotes and dashes: a quoted sentence is no list line.
        if text[first.start] == 0xE2, first.start + 2 >= text.count || text[first.start + 1] != 0x80 || text[first.start + 2] != 0xA2 { return nil }
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

    static let perusahaan = Vocabulary.key("perusahaan"), perseroan = Vocabulary.key("perseroan"), its = Vocabulary.key("its"),
               company = Vocabulary.key("company")
    /// Conjunctions that open a sentence before its subject: "Tetapi perusahaan …", "But the company …".
    static let openingConjunctions = Vocabulary.set(["tetapi", "tapi", "namun", "sementara", "kini", "but", "however", "meanwhile", "now"])
    static let sang = Vocabulary.key("sang"), at = Vocabulary.key("at")
    static let listJoiners = Vocabulary.set(["dan", "serta", "and"])
    static let pairWords = Vocabulary.set(["kedua", "dua", "both", "two"])
    /// Nouns for a rich or leading person, referred back to: "bos … itu", "sang miliarder", "the billionaire".
    static let personNouns = Vocabulary.set(["bos", "pendiri", "miliarder", "konglomerat", "taipan", "pengusaha", "billionaire",
                                             "tycoon", "boss", "founder", "mogul"])
    static let the = Vocabulary.key("the"), it = Vocabulary.key("it"), bahwa = Vocabulary.key("bahwa"), that = Vocabulary.key("that"),
               pihaknya = Vocabulary.key("pihaknya"), total = Vocabulary.key("total"),
               masing = Vocabulary.key("masing"), respectively = Vocabulary.key("respectively"),
               modal = Vocabulary.key("modal"), belanja = Vocabulary.key("belanja"), pendapatan = Vocabulary.key("pendapatan")
    /// Words that may follow "pendapatan" in a line of the company's own accounts.
    static let accountContinuations = Vocabulary.set([
        "di", "pada", "dari", "perseroan", "perusahaan", "bersih", "kotor", "operasional", "usaha", "tahunan", "kuartalan",
        "sebesar", "senilai", "mencapai", "naik", "turun", "meningkat", "menurun", "tumbuh", "melonjak", "anjlok",
        "diperkirakan", "diproyeksikan", "ditargetkan", "tercatat", "juga", "tahun", "kuartal", "semester", "segmen",
    ])
    /// What a word can be as an anaphor; a word may be several things ("target" is owned and a figure).
    struct AnaphorClass: OptionSet, Sendable {
        let rawValue: UInt16
        static let companyNoun = Self(rawValue: 1), formalCompany = Self(rawValue: 2), pihaknya = Self(rawValue: 4),
                   figureNoun = Self(rawValue: 8), personPronoun = Self(rawValue: 16), thingNoun = Self(rawValue: 32),
                   companyPronoun = Self(rawValue: 64), pluralPronoun = Self(rawValue: 128), it = Self(rawValue: 256),
                   accountNoun = Self(rawValue: 512), onlyInPhrase = Self(rawValue: 1024), sharesNoun = Self(rawValue: 2048),
                   manyCompanies = Self(rawValue: 4096), dealNoun = Self(rawValue: 8192), countryNoun = Self(rawValue: 16384)
    }

    /// Every word `referent` looks at, with its classes: one lookup per word of the sentence.
    static let anaphorClasses: WordTable<AnaphorClass> = {
        var table: [UInt64: AnaphorClass] = [:]
        func add(_ words: [String], _ c: AnaphorClass) { for w in words { table[Vocabulary.key(w), default: []].insert(c) } }
        add(companyNounWords, .companyNoun)
        // "bank terbesar di AS ini", "the Chinese start-up": company nouns only inside a referring phrase.
        add(["bank", "start"], [.companyNoun, .onlyInPhrase])
        add(["perseroan"], .formalCompany)  // always the company the article is about
        add(["pihaknya"], .pihaknya)
        add(figureNounWords + ownedNounWords, .figureNoun)
        add(["ia", "dia", "beliau", "he", "she", "his", "her"], .personPronoun)
        add(thingNounWords, .thingNoun)
        add(["its"], .companyPronoun)
        add(["shares", "stock"], .sharesNoun)
        add(["mereka", "they", "their"], .pluralPronoun)
        add(["it"], .it)
        add(["companies", "firms"], .manyCompanies)  // "Companies that were ranked had revenue of …": many, none of them one
        add(accountNounWords, .accountNoun)
        add(["negara", "country", "nation"], .countryNoun)
        add(["kesepakatan", "transaksi", "kontrak", "akuisisi", "deal", "contract", "acquisition", "agreement"], .dealNoun)
        return WordTable(table)
    }()

    static let bullets: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "*"), 0xE2]  // 0xE2 opens "•"
    /// Nouns for a company, referred back to with a demonstrative or "the".
    static let companyNounWords = ["perusahaan", "raksasa", "startup", "start-up", "firma", "emiten", "produsen", "pabrikan",
                                              "company", "firm", "chipmaker", "giant", "group", "maker", "carmaker", "lab"]
    static let demonstratives = Vocabulary.set(["tersebut", "ini", "itu"])
    /// Speech verbs that also mean adding something.
    static let addVerbs = Vocabulary.set(["added", "adds", "menambahkan"])
    /// Owned nouns that belong to people: "kekayaannya", "hartanya", "gajinya".
    static let personalNouns = Vocabulary.set(["kekayaannya", "hartanya", "gajinya"])
    /// Things an article is about, referred back to with a demonstrative.
    static let thingNounWords = [
        "ponsel", "smartphone", "hp", "perangkat", "chip", "chipset", "prosesor", "laptop", "kacamata", "mobil", "produk",
        "tablet", "jam", "bandara", "gawai", "device", "phone", "car", "product",
    ]
    /// Lines of a company's accounts: only a company has them, so without a name they are the company's.
    static let accountNounWords = [
        "laba", "rugi", "kerugian", "ebitda", "margin", "kas", "capex", "aset", "liabilitas", "ekuitas", "pendapatan", "modal",
        "profit", "earnings", "revenue", "revenues", "ebit", "assets", "liabilities",
    ]
    /// Nouns that stand for a figure said before: "angka itu", "jumlah tersebut".
    static let figureNounWords = ["angka", "jumlah", "nilai", "target", "capaian", "kinerja", "total"]
    /// Stems whose -nya form says "its": valuasi-nya, pendapatan-nya, kekayaan-nya.
    static let ownedNouns = Vocabulary.set(ownedNounWords)
    static let ownedNounWords = [
        "valuasi", "pendapatan", "penjualan", "laba", "rugi", "kerugian", "keuntungan", "kekayaan", "harta", "saham", "nilai",
        "harga", "aset", "modal", "utang", "investasi", "pangsa", "kapitalisasi", "omzet", "belanja", "anggaran", "biaya",
        "gaji", "pengguna", "pelanggan", "karyawan", "pertumbuhan", "produksi", "ekspor", "impor", "dana", "pendanaan",
        "pengiriman", "kinerja", "target", "beban", "penerimaan",
    ]
}
