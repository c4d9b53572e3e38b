/// Decides which entity a number is about by reading the sentence's clauses, not by nearness:
///
/// 1. an acting entity earlier in the number's own clause ("Zhipu memberikan 150 juta token");
/// 2. the owner named right after the counted noun ("1.677 anggota LinkedIn OpenAI" → OpenAI);
/// 3. the subject of the main clause, skipping a fronted clause ("Untuk pengguna … dari OpenAI, Baidu …")
///    and relative clauses ("Baichuan, yang didukung oleh Alibaba dan Tencent, menawarkan …"), and taking
///    an appositive name over a descriptive one ("Perusahaan Tiongkok tersebut, 01.AI, …").
struct Attribution {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let keys: [UInt64]
    /// Entity index of the match covering each token, or -1.
    let entityAt: [Int32]
    let matches: [EntityMatcher.Match]
    /// Match index covering each token, or -1.
    let matchAt: [Int32]
    let categories: [EntityCategory]
    /// Entity index of the maker of each model or product, or -1.
    let makers: [Int32]
    /// Entities below this index are the lexicon's; the others were found in the article.
    var knownSubjects = Int.max

    /// Clauses of `sentence`: token ranges between commas, semicolons, colons, dashes and brackets.
    func clauses(of sentence: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(8)  // one allocation: growing from empty reallocated two or three times per sentence
        var start = sentence.lowerBound
        while let clause = nextClause(from: &start, in: sentence) { result.append(clause) }
        return result
    }

    /// The clause of `sentence` at or after token `start`, which moves past it: clauses one by one, without an array.
    private func nextClause(from start: inout Int, in sentence: Range<Int>) -> Range<Int>? {
        var t = start
        while t < sentence.upperBound {
            if isClauseBreak(t) {
                defer { start = t + 1 }
                if t > start { return start..<t }
            }
            t += 1
        }
        guard start < sentence.upperBound else { return nil }
        defer { start = sentence.upperBound }
        return start..<sentence.upperBound
    }

    private func isClauseBreak(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .punct else { return false }
        let b = text[token.start]
        switch b {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29: return true                       // , ; : ( )
        case 0x2D: return token.spaceBefore && t + 1 < tokens.count && tokens[t + 1].spaceBefore  // " - "
        case 0xE2: return ByteClass.isDash(text, token)                                  // – —
        default: return false
        }
    }

    func usable(_ entity: Int32) -> Bool {
        entity >= 0 && categories[Int(entity)] != .media && categories[Int(entity)] != .ignore
    }

    /// An entity at `t` that can be a subject: not media, and not the country of a currency ("dolar AS").
    func usable(at t: Int) -> Bool {
        usable(entityAt[t]) && !(t > 0 && Vocabulary.currencyAfter[keys[t - 1]] != nil)
    }

    /// The subject of the number whose tokens are `quantity` (unit included) in `sentence`.
    /// `parts` are the sentence's clauses (computed once per sentence: a long sentence with many numbers made
    /// re-splitting it for every number quadratic).
    /// `Attribution.shared(at:)` when two joined names share the figure (`SharedOwners` reads them): then no one named
    /// elsewhere takes it either.
    func subject(of quantity: Range<Int>, in sentence: Range<Int>, clauses parts: [Range<Int>]) -> Int? {
        clauseSubject(of: quantity, in: sentence, clauses: parts).map { Self.sharedToken($0) != nil ? $0 : owner($0) }
    }

    /// A figure about a product is its maker's: "Ernie … 100 juta pengguna" → Baidu.
    func owner(_ entity: Int) -> Int { makers[entity] >= 0 ? Int(makers[entity]) : entity }

    /// What a step of the search found: a subject or, just as final, that the figure has none (`decided(nil)`);
    /// or nothing, so the next step is asked.
    private enum Step { case decided(Int?), undecided }

    private func clauseSubject(of quantity: Range<Int>, in sentence: Range<Int>, clauses parts: [Range<Int>]) -> Int? {
        guard let own = parts.firstIndex(where: { $0.contains(quantity.lowerBound) }) else { return nil }
        let clause = parts[own]

        // 0. "keuntungan Midjourney yang mencapai 300 juta", "the revenue of Baidu reached $5 billion": a name owned
        //    by a figure noun just before the figure is its owner, whoever acts earlier in the clause.
        if let owned = ownedName(before: quantity.lowerBound, from: clause.lowerBound) { return owned }

        // "…, sementara pasar smartphone global tumbuh 4 persen": a market that changes by the figure owns it, not a brand.
        if isMarketChange(quantity, from: clause.lowerBound) { return nil }
        // "perusahaan China dengan kapitalisasi pasar minimal USD 250 juta": a ranking's entry criterion is no one's figure.
        if isCriterion(quantity, from: clause.lowerBound) { return nil }

        // 1. An entity acting earlier in the same clause, or in its own coordinated part of it.
        if case .decided(let subject) = actingInClause(quantity, parts: parts, own: own) { return subject }
        // "…, while Alibaba spent 24.6 billion yuan, up 121%": a trailing change is the figure before it moving, so
        // it is the subject of that clause's figure, not of the sentence's first clause.
        if own > 0, Vocabulary.trailingChanges.contains(keys[clause.lowerBound]), quantity.lowerBound - clause.lowerBound <= 2 {
            let before = parts[own - 1]
            // A place is never that subject ("The company sold 26 million phones in Western Europe, up 61 percent").
            if let number = (before.lowerBound..<before.upperBound).first(where: { tokens[$0].kind == .number && entityAt[$0] < 0 }),
               let acting = firstActing(in: coordinatedStart(before.lowerBound, before: before.upperBound)..<before.upperBound),
               categories[Int(entityAt[acting])] != .country {
                // "Analysts at Morgan Stanley estimate China's … could reach $98 billion this year, up 48%": the forecast's.
                return isForecaster(acting, of: number..<number + 1) ? actingAfterForecast(acting, number..<number + 1) : Int(entityAt[acting])
            }
        }
        // 2. The owner named right after the counted noun.
        if let owner = namedAfter(quantity, in: clause) { return owner }
        // "Google Pixel 3 (USD499-699)", "… dan Larry Page (233,9 miliar/sekitar Rp 3.908 triliun)": a figure in
        // brackets right after a name is that name's, not the main clause's subject.
        if let named = bracketed(clause) { return named }
        // 3. The subject of the main clause, before the number.
        return mainClauseSubject(of: quantity, parts: parts, own: own)
    }

    /// Step 1: an entity acting before the figure in its clause (or its coordinated part), or the head of the relative
    /// clause the figure is in.
    private func actingInClause(_ quantity: Range<Int>, parts: [Range<Int>], own: Int) -> Step {
        let clause = parts[own]
        let part = coordinatedStart(clause.lowerBound, before: quantity.lowerBound)
        // "Dow Jones turun 0,84 persen dan S&P 500 anjlok 1,12 persen": a part opened by a name no one knows has
        // its own subject; the actor of the part before is not it.
        if part == clause.lowerBound, opensUnknownPart(clause.lowerBound, before: quantity.lowerBound) { return .decided(nil) }
        if let acting = firstActing(in: part..<quantity.lowerBound) {
            if isForecaster(acting, of: quantity) { return .decided(actingAfterForecast(acting, quantity)) }
            // "Malaysia, Jepang, dan Korea Selatan dikenakan tarif 24 persen": the last of a list is not the subject alone.
            if own > 0, Vocabulary.nameJoiners.contains(keys[clause.lowerBound]), acting == clause.lowerBound + 1,
               soleEntity(parts[own - 1]) != nil { return .decided(nil) }
            if sharesWithNext(acting) { return .decided(Self.shared(at: acting)) }
            return .decided(Int(entityAt[acting]))
        }
        // A figure in a relative clause belongs to the clause's head: "…, Larry Ellison, yang kekayaannya turun 22 miliar".
        // Only when the clause says whose the figure is ("yang kekayaannya", "whose", "yang memegang").
        if own > 0, Vocabulary.relativeStarts.contains(keys[clause.lowerBound]), isOwnedInClause(clause.lowerBound..<quantity.lowerBound),
           let head = lastEntity(in: parts[own - 1]) { return .decided(head.pairStart.map(Self.shared(at:)) ?? head.entity) }
        // "… catch up with OpenAI, which was valued at $500 billion", "China, which imported …": an English relative
        // clause right after a name, naming no one itself, is about that name.
        if own > 0, Self.whichWords.contains(keys[clause.lowerBound]), let head = nameClosing(parts[own - 1]),
           !(clause.lowerBound..<quantity.lowerBound).contains(where: { entityAt[$0] >= 0 }) { return .decided(head) }
        return .undecided
    }

    static let whichWords = Vocabulary.set(["which", "who"])

    /// The entity whose name ends `part` ("… with OpenAI" before ", which …").
    private func nameClosing(_ part: Range<Int>) -> Int? {
        let t = part.upperBound - 1
        guard t >= part.lowerBound, usable(at: t), matches[Int(matchAt[t])].tokens.upperBound == part.upperBound else { return nil }
        return Int(entityAt[t])
    }

    /// Step 2: the owner named right after the counted noun ("… 50 juta pengguna Baidu"): the last name of a chain of names.
    private func namedAfter(_ quantity: Range<Int>, in clause: Range<Int>) -> Int? {
        var k = quantity.upperBound
        var words = 0
        while k < clause.upperBound, entityAt[k] < 0, tokens[k].kind == .word, words < 2, !Vocabulary.joiners.contains(keys[k]),
              !Vocabulary.afterPrepositions.contains(keys[k]), !Vocabulary.objectPrepositions.contains(keys[k]) { k += 1; words += 1 }
        var owner: Int?
        while k < clause.upperBound, usable(at: k) {
            owner = Int(entityAt[k])
            k = matches[Int(matchAt[k])].tokens.upperBound
        }
        return owner
    }

    /// Step 3: the first entity of the main clause before the figure (after a fronted phrase such as "Menurut …,"),
    /// or the name in apposition to it ("Perusahaan Tiongkok tersebut, 01.AI, …", "CEO Nvidia, Jensen Huang, …").
    private func mainClauseSubject(of quantity: Range<Int>, parts: [Range<Int>], own: Int) -> Int? {
        var index = 0
        if parts.count > 1, Vocabulary.frontedStarts.contains(keys[parts[0].lowerBound]), !parts[0].contains(quantity.lowerBound),
           !opensWithFigures(parts[0]) {
            index = 1
            // "Menurut riset Google, Temasek, dan Bain, …": a fronted phrase ending in a name may list more names.
            if nameClosing(parts[0]) != nil { while index < own, isNameListItem(parts[index]), !isNameListEnd(parts, index) { index += 1 } }
        }
        while index < parts.count, index <= own {
            let part = parts[index]
            // Not "Yang" of a name ("pendiri Lenovo, Yang Yuanqing, …").
            let relative = Vocabulary.relativeStarts.contains(keys[part.lowerBound]) && entityAt[part.lowerBound] < 0
            if relative || index > 0 && index < own && Vocabulary.participleStarts.contains(keys[part.lowerBound]) {
                index += 1
                continue
            }
            guard let first = firstEntity(in: part, before: quantity.lowerBound) else {
                if index == own { return nil }
                index += 1
                continue
            }
            if isForecaster(first.token, of: quantity) { return actingAfterForecast(first.token, quantity) }
            // "Sam Altman, OpenAI's chief executive, has said the company needs …": the person only speaks.
            if index < own, categories[first.entity] == .person, opensWithSpeech(parts[own]) { return nil }
            if sharesWithNext(first.token) { return Self.shared(at: first.token) }
            if categories[first.entity] == .country, !first.leading, index + 1 < parts.count, let apposed = soleEntity(parts[index + 1]) {
                return apposed
            }
            if index + 1 < parts.count, part.upperBound - part.lowerBound <= 3, ProperNames.titles.contains(keys[part.lowerBound]),
               let apposed = soleEntity(parts[index + 1]), categories[apposed] == .person {
                return apposed
            }
            return first.entity
        }
        return nil
    }

    /// Whether the list of names goes on with "dan"/"and" at `index` or after it: "Temasek, dan Bain" is the list's
    /// end; a name alone after the fronted phrase with no "dan" to come is the main clause's subject set apart by a
    /// comma ("Menurut BPS, Indonesia, …" is rare; "Berdasarkan data Google, Tokopedia …" is not a list).
    private func isNameListEnd(_ parts: [Range<Int>], _ index: Int) -> Bool {
        !parts[index...].prefix(3).contains { Vocabulary.nameJoiners.contains(keys[$0.lowerBound]) }
    }

    /// A clause that is only a name, or "dan"/"and" and a name: the next item of a list of names.
    private func isNameListItem(_ part: Range<Int>) -> Bool {
        var t = part.lowerBound
        if t < part.upperBound, Vocabulary.nameJoiners.contains(keys[t]) { t += 1 }
        guard t < part.upperBound, entityAt[t] >= 0 else { return false }
        return matches[Int(matchAt[t])].tokens.upperBound == part.upperBound
    }

    /// A market, industry or economy changing by the figure just before it ("pasar ponsel dunia turun 2 persen", "the
    /// global smartphone market grew 4 percent"), with no name or number between; not a measure of a company's
    /// standing in it ("pangsa pasar", "nilai pasar", "market share", "market value").
    func isMarketChange(_ quantity: Range<Int>, from start: Int) -> Bool {
        var t = quantity.lowerBound - 1
        var changes = false
        while t >= max(start, quantity.lowerBound - 8) {
            if entityAt[t] >= 0 || tokens[t].kind == .number { return false }
            if PercentRoles.cues[keys[t]]?.direction != nil { changes = true } else if changes, Self.marketNouns.contains(keys[t]) {
                // "Huawei's market share in China's smartphone market rose to 18%": a share in the market, named earlier.
                return !(t > start && Self.marketMeasures.contains(keys[t - 1])) && !Self.marketMeasures.contains(keys[t + 1])
                    && !(start..<t).contains { Self.shareNouns.contains(keys[$0]) }
            }
            t -= 1
        }
        return false
    }
    static let shareNouns = Vocabulary.set(["share", "pangsa", "porsi", "stake"])

    /// A minimum ("minimal", "sedikitnya", "at least") that companies or countries "dengan/with" a measure must reach.
    func isCriterion(_ quantity: Range<Int>, from start: Int) -> Bool {
        let first = max(start, quantity.lowerBound - 2)
        guard (first..<min(quantity.upperBound, quantity.lowerBound + 3)).contains(where: { Self.minimumWords.contains(keys[$0]) }) else { return false }
        var t = quantity.lowerBound - 1
        while t > max(start, quantity.lowerBound - 8) {
            if tokens[t].kind == .number { return false }
            if keys[t] == Self.dengan || keys[t] == Self.with {
                return (max(start, t - 3)..<t).contains { Self.groupNouns.contains(keys[$0]) }
            }
            t -= 1
        }
        return false
    }
    static let dengan = Vocabulary.key("dengan"), with = Vocabulary.key("with")
    static let minimumWords = Vocabulary.set(["minimal", "minimum", "sedikitnya", "setidaknya", "least"])
    static let groupNouns = Vocabulary.set([
        "perusahaan", "companies", "firms", "negara", "countries", "startup", "startups", "emiten", "bank", "banks", "orang", "people",
    ])

    static let marketNouns = Vocabulary.set(["pasar", "market", "industri", "industry", "ekonomi", "economy"])
    static let marketMeasures = Vocabulary.set([
        "pangsa", "nilai", "kapitalisasi", "share", "value", "cap", "capitalization", "capitalisation", "saham", "stock",
    ])

    /// "Berdasarkan kinerja BTN Semester I 2019 tercatat aset tumbuh 16,68% …": a fronted clause that reports figures
    /// of its own (a percent or an amount, not a year) is the main clause, and its name the subject of the rest.
    private func opensWithFigures(_ part: Range<Int>) -> Bool {
        guard keys[part.lowerBound] == Self.berdasarkan || keys[part.lowerBound] == Self.based else { return false }
        return part.contains { tokens[$0].kind == .number && entityAt[$0] < 0 && $0 + 1 < part.upperBound && Vocabulary.scales[keys[$0 + 1]] != nil
            || tokens[$0].kind == .punct && text[tokens[$0].start] == 0x25 }
    }
    static let berdasarkan = Vocabulary.key("berdasarkan"), based = Vocabulary.key("based")

    /// The entity named just before the bracket that opens `clause`, past a model number or code ("Pixel 3 (").
    private func bracketed(_ clause: Range<Int>) -> Int? {
        var t = clause.lowerBound - 1
        guard t > 0, tokens[t].kind == .punct, text[tokens[t].start] == 0x28 else { return nil }
        t -= 1
        if entityAt[t] < 0, tokens[t].kind == .number && tokens[t].end - tokens[t].start <= 2 || tokens[t].kind == .code { t -= 1 }
        return t >= 0 && usable(at: t) ? Int(entityAt[t]) : nil
    }

    /// The token of the first usable entity in `range` that no preposition governs ("dari OpenAI",
    /// "antara Indonesia dan Rusia": a name joined to a prepositional object is an object too).
    private func firstActing(in range: Range<Int>) -> Int? {
        var t = range.lowerBound
        var objectEnd = -1  // just past the last governed name
        while t < range.upperBound {
            guard entityAt[t] >= 0 else { t += 1; continue }
            let end = matches[Int(matchAt[t])].tokens.upperBound
            let governed = t > range.lowerBound && (Vocabulary.objectPrepositions.contains(keys[t - 1])
                || (t - 1 == objectEnd && Vocabulary.nameJoiners.contains(keys[t - 1])) || isTransitiveVerb(t - 1) || isRelativeAgent(t - 1)
                || isNounAfterPreposition(t - 1, from: range.lowerBound) || isFigureRecipient(t))
            if governed { objectEnd = end } else if usable(at: t), !isSpeaker(t, end), !isSource(t, end, from: range.lowerBound),
                                                    !isPlaceInReferringPhrase(t, end: end, in: range), !isGluedModifier(end),
                                                    !isPlaceAfterPossessive(t) {
                // "DeepSeek's founder Liang Wenfeng is worth …": the person the company's title names acts.
                if let titled = titledAfterPossessive(end, before: range.upperBound) ?? titledPossessor(end, before: range.upperBound) {
                    return titled
                }
                // "Kekayaan CEO Nvidia Jensen Huang melonjak …": the company inside a person's title does not act; the
                // person does, unless only speaking ("CEO Nvidia Jensen Huang mengatakan pendapatan naik …").
                if t > range.lowerBound, ProperNames.titles.contains(keys[t - 1]), end < range.upperBound, entityAt[end] >= 0,
                   [.company, .organisation].contains(categories[Int(entityAt[t])]),
                   categories[Int(entityAt[end])] == .person, !isSpeaker(end, matches[Int(matchAt[end])].tokens.upperBound) {
                    return end
                }
                // "perusahaan China Zhipu", "Chinese start-up Moonshot": the company named next is the subject.
                if categories[Int(entityAt[t])] == .country, let next = (end..<min(range.upperBound, end + 4)).first(where: { entityAt[$0] >= 0 }),
                   usable(at: next), categories[Int(entityAt[next])] == .company { return next }
                if categories[Int(entityAt[t])] == .country, let named = namedAfterCompanyNoun(end, before: range.upperBound) { return named }
                if let apposed = apposedAfterPossessive(end, in: range) { return apposed }
                return t
            }
            t = end
        }
        return nil
    }

    /// "Chinese artificial intelligence start-up Moonshot AI has raised …": after a demonym, a phrase in lower case
    /// ending in a company noun, then a name: the name is the company the phrase describes (a guessed name too).
    private func namedAfterCompanyNoun(_ end: Int, before limit: Int) -> Int? {
        var k = end
        while k < limit, k - end < 8, entityAt[k] < 0, tokens[k].kind == .word && text[tokens[k].start] &- 0x61 < 26 || keys[k] == ReferringPhrase.dash {
            k += 1
        }
        guard k > end + 1, k < limit, usable(at: k) else { return nil }
        let noun = keys[k - 1]
        guard ReferringPhrase.headNouns.contains(noun) || noun == ReferringPhrase.up && keys[k - 2] == ReferringPhrase.dash else { return nil }
        let category = categories[Int(entityAt[k])]
        return category == .country || category == .person ? nil : k
    }

    /// "The company's China revenue", "Apple's US sales": a place after a possessive says where, not who.
    private func isPlaceAfterPossessive(_ t: Int) -> Bool {
        t >= 2 && categories[Int(entityAt[t])] == .country && keys[t - 1] == ReferringPhrase.s && tokens[t - 2].kind == .punct
            && !tokens[t - 1].spaceBefore
    }

    /// "Its Hong Kong-listed shares", "Nvidia-backed CoreWeave", "a Tencent-led round": a name glued to a hyphen and a
    /// participle describes what follows; it does not act. So does a doubled word read as a name ("Laki-laki",
    /// "Gara-gara"). Not a name going on in lower case ("Yamaha N-max", "Son Heung-min", "Seal 06 DM-i").
    func isGluedModifier(_ end: Int) -> Bool {
        guard end + 1 < tokens.count, keys[end] == ReferringPhrase.dash, !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
              tokens[end + 1].kind == .word, text[tokens[end + 1].start] &- 0x61 < 26 else { return false }
        let word = tokens[end + 1], length = word.end - word.start
        if length >= 3, text[word.end - 2] == 0x65, text[word.end - 1] == 0x64 { return true }   // -ed
        return Self.gluedParticiples.contains(keys[end + 1]) || end >= 1 && keys[end - 1] == keys[end + 1]
    }
    static let gluedParticiples = Vocabulary.set(["based", "made", "born", "built"])

    /// The token of the person in "X's founder NAME", "X's Chief Executive NAME" after a name ending at `end` (a
    /// title in capitals too, which `apposedAfterPossessive` does not read).
    private func titledAfterPossessive(_ end: Int, before limit: Int) -> Int? {
        var k = end
        while k < limit, k - end < 2, tokens[k].kind == .punct || keys[k] == ReferringPhrase.s, tokens[k].kind != .punct || text[tokens[k].start] != 0x2C { k += 1 }
        guard k > end, k < limit else { return nil }
        return personAfterTitle(from: k, before: limit)
    }

    /// The token of the person in "Nvidia CEO Jensen Huang's net worth …", "Tesla CEO Elon Musk's pay …" after a name
    /// ending at `end`: a person the company's title names, who owns the noun after the name. Without the possessive
    /// the company keeps the figure ("Nvidia CEO Jensen Huang said revenue rose …").
    private func titledPossessor(_ end: Int, before limit: Int) -> Int? {
        guard let k = personAfterTitle(from: end, before: limit), isPossessive(matches[Int(matchAt[k])].tokens.upperBound, before: limit)
        else { return nil }
        return k
    }

    /// The token of a person right after one or two title words starting at `start` ("founder", "Chief Executive").
    private func personAfterTitle(from start: Int, before limit: Int) -> Int? {
        var k = start
        while k < limit, k - start < 2, ProperNames.titles.contains(keys[k]) || Self.companyTitles.contains(keys[k]) { k += 1 }
        guard k > start, k < limit, usable(at: k), categories[Int(entityAt[k])] == .person else { return nil }
        return k
    }

    /// Whether an English possessive "'s" starts at `t`, glued to the name before it.
    private func isPossessive(_ t: Int, before limit: Int) -> Bool {
        t + 1 < limit && tokens[t].kind == .punct && !tokens[t].spaceBefore && keys[t + 1] == ReferringPhrase.s
    }

    /// "Liang Wenfeng's hedge fund High-Flyer manages …", "DeepSeek's parent company High-Flyer invested …": the name
    /// apposed to the noun the possessor owns is what acts; the possessor only says whose it is.
    private func apposedAfterPossessive(_ end: Int, in range: Range<Int>) -> Int? {
        guard end + 2 < range.upperBound, isPossessive(end, before: range.upperBound) else { return nil }
        var k = end + 2, words = 0
        // Not past a preposition: "Huawei's market share in China's …" names the market, not the share.
        while k < range.upperBound, entityAt[k] < 0, words < 4, tokens[k].kind == .word, text[tokens[k].start] &- 0x61 < 26 {
            if Vocabulary.objectPrepositions.contains(keys[k]) || Self.placePrepositions.contains(keys[k]) { return nil }
            k += 1; words += 1
        }
        // "Elon Musk's xAI is raising …", "China's Huawei reported …": a known company right after the possessive acts
        // too; a person there ("Nvidia's Jensen Huang said …") may only speak, and a guessed name may be a title's
        // tail ("Credit Suisse's Global Wealth Report").
        guard k < range.upperBound, usable(at: k) else { return nil }
        guard words >= 1 || categories[Int(entityAt[k])] == .company && Int(entityAt[k]) < knownSubjects else { return nil }
        return k
    }

    static let placePrepositions = Vocabulary.set(["in", "of", "on", "at", "for", "di", "pada", "untuk"])

    /// "perusahaan asal China ini …", "the Chinese start-up said …", "the Hangzhou-based company": a place describing a
    /// company noun that refers back does not act.
    private func isPlaceInReferringPhrase(_ t: Int, end: Int, in range: Range<Int>) -> Bool {
        guard categories[Int(entityAt[t])] == .country || end + 1 < tokens.count && keys[end] == ReferringPhrase.dash && keys[end + 1] == ReferringPhrase.based
        else { return false }
        return ReferringPhrase(attribution: self).isModifier(t, end: end, in: range)
    }

    /// "kerugian dari investasi OpenAI", "a loss from the OpenAI stake": a noun in lower case after a preposition of
    /// source or goal, so the name after it is inside the prepositional phrase, not acting. Not after "dengan" or
    /// "oleh" ("dengan indeks Dow Jones turun …", "oleh data US …" name who acts) nor in comparisons.
    private func isNounAfterPreposition(_ t: Int, from start: Int) -> Bool {
        t > start && tokens[t].kind == .word && text[tokens[t].start] &- 0x61 < 26 && entityAt[t] < 0
            && Self.phrasePrepositions.contains(keys[t - 1]) && !Vocabulary.objectPrepositions.contains(keys[t])
    }
    /// Whether a verb follows at `t`, after at most two helping words: "(juga telah) mengirimkan", "meningkat",
    /// "dijual", "shipped", "rose".
    private func actsAfter(_ t: Int) -> Bool {
        let k = pastHelpingWords(t, before: tokens.count)
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        let token = tokens[k], first = text[token.start], length = token.end - token.start
        guard first &- 0x61 < 26, length >= 4 else { return false }
        let second = text[token.start + 1]
        if first == 0x6D, second == 0x65 { return true }                       // me-
        if first == 0x64, second == 0x69 { return true }                       // di-
        if first == 0x62 || first == 0x74, second == 0x65, text[token.start + 2] == 0x72 { return true }  // ber-, ter-
        if text[token.end - 2] == 0x65, text[token.end - 1] == 0x64 { return true }  // -ed
        return PercentRoles.cues[keys[k]]?.direction != nil
    }
    static let helpingWords = Vocabulary.set(["juga", "telah", "sudah", "akan", "mampu", "masih", "tengah", "sedang", "has", "have",
                                              "had", "will", "also", "is", "was"])

    /// Verbs of recording or reporting: the owner's own figure ("Carsurin mencatat laba …"), unless a name follows.
    static let recordVerbs = Vocabulary.set(["mencatat", "mencatatkan", "melaporkan", "menunjukkan", "reported", "reports", "showed", "shows"])
    static let phrasePrepositions = Vocabulary.set(["dari", "from", "melalui", "via", "through", "ke", "kepada", "to", "atas"])

    /// A person who only says something ("Huang mengatakan …", "Lisa Su said") is not the figure's owner.
    private func isSpeaker(_ t: Int, _ end: Int) -> Bool {
        // Anyone reporting on someone named next, who acts: "Canalys mencatat (bahwa) Huawei mengirimkan …", not
        // "BI mencatat ULN swasta sebesar …".
        if end + 1 < tokens.count, Vocabulary.speechVerbs.contains(keys[end]) || Self.recordVerbs.contains(keys[end]) {
            let next = keys[end + 1] == Discourse.bahwa || keys[end + 1] == Discourse.that ? end + 2 : end + 1
            if next < tokens.count, usable(at: next), actsAfter(matches[Int(matchAt[next])].tokens.upperBound) { return true }
        }
        // A person, or an agency reporting statistics ("Badan Pusat Statistik menyebut, …"); not an organisation
        // speaking of itself ("The agency said it had raised …").
        guard categories[Int(entityAt[t])] == .person || categories[Int(entityAt[t])] == .organisation else { return false }
        if categories[Int(entityAt[t])] == .organisation, speaksOfItself(after: end) { return false }
        // "Pendiri 01.AI, Kai-Fu Lee, mengatakan …": the comma closing an apposition may stand before the verb.
        let verb = isComma(end) ? end + 1 : end
        if verb < tokens.count, Vocabulary.speechVerbs.contains(keys[verb]) { return true }
        return t > 0 && Vocabulary.speechVerbs.contains(keys[t - 1])
    }

    /// "… said it had raised", "… said its revenue": the speaker's own figure follows.
    private func speaksOfItself(after end: Int) -> Bool {
        guard end + 1 < tokens.count, Vocabulary.speechVerbs.contains(keys[end]) else { return false }
        let next = keys[end + 1] == Discourse.that ? end + 2 : end + 1
        return next < tokens.count && Self.itself.contains(keys[next])
    }
    static let itself = Vocabulary.set(["it", "its", "pihaknya"])

    /// "X memberi 50 juta token dan Y memberi 150 juta token", "X rose 8 percent while Y fell 3 percent": after an
    /// earlier figure, a coordinator followed by a name opens a part with its own subject.
    private func coordinatedStart(_ start: Int, before limit: Int) -> Int {
        // Backwards to the last coordinator before the figure, then forwards to a figure before it: each word looked at once.
        let coordinators = Vocabulary.coordinators
        var k = limit - 2
        while k >= start {
            if coordinators.contains(keys[k]), usable(at: k + 1) {
                for j in start..<k where tokens[j].kind == .number && entityAt[j] < 0 { return k + 1 }
                return start
            }
            k -= 1
        }
        return start
    }

    /// Whether the last coordinator before the figure, after an earlier figure, is followed by a capitalised word
    /// that is no known name.
    func opensUnknownPart(_ start: Int, before limit: Int) -> Bool {
        var k = limit - 2
        while k > start {
            if Vocabulary.coordinators.contains(keys[k]) {
                let next = tokens[k + 1]
                guard next.kind == .word, entityAt[k + 1] < 0, ByteClass.isUpperASCII(text[next.start]) else { return false }
                return (start..<k).contains { tokens[$0].kind == .number && entityAt[$0] < 0 }
            }
            k -= 1
        }
        return false
    }

    /// "menggunakan Pureplay": a name right after an Indonesian me- verb is its object, not the actor. After a verb
    /// of recording it is the actor when it acts itself ("mencatat Huawei mengirimkan …"), else the object ("BI
    /// mencatat ULN swasta sebesar …").
    private func isTransitiveVerb(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, token.end - token.start >= 6, text[token.start] == 0x6D, text[token.start + 1] == 0x65 else { return false }
        if Self.recordVerbs.contains(keys[t]), t + 1 < tokens.count, entityAt[t + 1] >= 0 {
            return !actsAfter(matches[Int(matchAt[t + 1])].tokens.upperBound)
        }
        return !Vocabulary.speechVerbs.contains(keys[t])
    }

    /// "perusahaan rintisan yang didirikan Yang Zhilin itu", "startup yang dipimpin Sam Altman": the agent of a passive
    /// verb in a relative clause on a company noun describes the company; it does not act. On a figure's noun it
    /// does own the figure: "uang yang dikeluarkan Dipo sebesar …", "harga yang dipatok Google …".
    private func isRelativeAgent(_ t: Int) -> Bool {
        let token = tokens[t]
        guard t > 1, keys[t - 1] == Vocabulary.yang, token.kind == .word, token.end - token.start >= 6,
              text[token.start] == 0x64, text[token.start + 1] == 0x69 else { return false }   // di-
        return (max(0, t - 4)..<(t - 1)).contains { ReferringPhrase.headNouns.contains(keys[$0]) }
    }

    /// A name cited as a source is not the owner: "menurut Omdia", "mengutip Business Research Insights",
    /// "firma riset pasar Omdia", "according to IDC".
    private func isSource(_ t: Int, _ end: Int, from start: Int) -> Bool {
        // "Data IDC menunjukkan …", "IDC data show …", "A Stanford report found …": whose data they are is who reports
        // the figure; a country's data are about it ("data US Challenger Job Cuts", "China's data show exports rose").
        if t > start && keys[t - 1] == Self.data || end < tokens.count && Self.sourceNounsAfter.contains(keys[end]) {
            return categories[Int(entityAt[t])] != .country
        }
        var k = t - 1
        while k >= max(start, t - 5) {
            if Vocabulary.sourceCues.contains(keys[k]) { return true }
            if entityAt[k] >= 0 || tokens[k].kind == .number { return false }
            k -= 1
        }
        return false
    }

    private func isOwnedInClause(_ range: Range<Int>) -> Bool {
        range.contains { t in
            Vocabulary.ownershipWords.contains(keys[t])
                || (tokens[t].kind == .word && tokens[t].end - tokens[t].start > 5 && text[tokens[t].end - 3] == 0x6E && text[tokens[t].end - 2] == 0x79 && text[tokens[t].end - 1] == 0x61)
        }
    }

    /// The last usable entity of a clause and, when it is the second of a pair ("Microsoft dan Apple"), the first's token.
    private func lastEntity(in part: Range<Int>) -> (entity: Int, pairStart: Int?)? {
        var found: (entity: Int, pairStart: Int?)?
        var t = part.lowerBound
        while t < part.upperBound {
            if entityAt[t] >= 0 {
                if usable(at: t) {
                    let paired = t >= 2 && Self.pairJoiners.contains(keys[t - 1]) && usable(at: t - 2)
                    found = (Int(entityAt[t]), paired ? Int(matches[Int(matchAt[t - 2])].tokens.lowerBound) : nil)
                }
                t = matches[Int(matchAt[t])].tokens.upperBound
            } else { t += 1 }
        }
        return found
    }

    /// "Microsoft dan Apple mencapai 3 triliun dollar AS", "Microsoft and Apple, which each reached …": two joined
    /// names share the figure; the first alone would be half right, so neither is its subject.
    private func sharesWithNext(_ t: Int) -> Bool {
        let end = matches[Int(matchAt[t])].tokens.upperBound
        return end + 1 < tokens.count && Self.pairJoiners.contains(keys[end]) && usable(at: end + 1)
    }
    static let pairJoiners = Vocabulary.set(["dan", "serta", "and", "&"])

    /// The subject of the sentence's main clause (for later sentences that refer back to it).
    /// Runs once per sentence with a name, so its clauses are read one by one rather than split into an array.
    func mainSubject(of sentence: Range<Int>) -> Int? {
        var start = sentence.lowerBound
        guard var part = nextClause(from: &start, in: sentence) else { return nil }
        // A fronted phrase ("Menurut …,", "Selain itu,") is skipped when another clause follows.
        if Vocabulary.frontedStarts.contains(keys[part.lowerBound]), let next = nextClause(from: &start, in: sentence) { part = next }
        while true {
            if !Vocabulary.relativeStarts.contains(keys[part.lowerBound]), let t = firstActing(in: part) { return owner(Int(entityAt[t])) }
            guard let next = nextClause(from: &start, in: sentence) else { return nil }
            part = next
        }
    }

    /// The company a later "the company" or "its" in the sentence points to, nearer than one of the sentences before:
    /// the first acting in `range` ("DeepSeek's app topped the U.S. App Store, and the company …"), else the last named
    /// ("Kai-Fu Lee, founder of 01.AI, said his start-up …", "Sam Altman, OpenAI's chief executive, has said the company
    /// needs …").
    func firstCompany(in range: Range<Int>) -> Int? {
        func isCompany(_ entity: Int) -> Bool { categories[entity] == .company || categories[entity] == .organisation }
        if let t = firstActing(in: range), isCompany(owner(Int(entityAt[t]))) { return owner(Int(entityAt[t])) }
        var last: Int?
        forEachEntity(in: range) { if isCompany($0) { last = $0 } }
        return last
    }

    /// Every usable entity of the sentence, in order, as owners, handed to `body` (no array per sentence).
    func forEachEntity(in sentence: Range<Int>, _ body: (Int) -> Void) {
        var t = sentence.lowerBound
        while t < sentence.upperBound {
            if entityAt[t] >= 0 {
                if usable(at: t) { body(owner(Int(entityAt[t]))) }
                t = matches[Int(matchAt[t])].tokens.upperBound
            } else { t += 1 }
        }
    }

    /// The last person a title names: between commas after it ("Bos LVMH asal Prancis, Bernard Arnault, menjadi …",
    /// "CEO Nvidia, Jensen Huang, …"), or right after a company title ("Alibaba Chairman Joe Tsai told …"). A
    /// title-case pair alone may be a place ("Kecamatan Pancoran, Jakarta Selatan,"); the title before it says a
    /// person, and company titles are never followed by a place.
    func titledPerson(in sentence: Range<Int>) -> Int? {
        var found: Int?
        var t = sentence.lowerBound
        while t < sentence.upperBound {
            guard entityAt[t] >= 0 else { t += 1; continue }
            let end = matches[Int(matchAt[t])].tokens.upperBound
            if t > sentence.lowerBound, usable(at: t), categories[Int(entityAt[t])] == .person {
                let apposed = t - 1 > sentence.lowerBound && isComma(t - 1) && isComma(end)
                    && (max(sentence.lowerBound, t - 7)..<(t - 1)).contains(where: { ProperNames.titles.contains(keys[$0]) || Self.ownerTitles.contains(keys[$0]) })
                if apposed || isCompanyTitle(before: t) { found = owner(Int(entityAt[t])) }
            }
            t = end
        }
        return found
    }

    /// "Chairman Joe Tsai", "Alibaba Chairman Joe Tsai", "Pendiri Alibaba Jack Ma": a company title right before
    /// the name, or before the company named right before it.
    private func isCompanyTitle(before t: Int) -> Bool {
        var k = t - 1
        if entityAt[k] >= 0, [.company, .organisation].contains(categories[Int(entityAt[k])]) { k = matches[Int(matchAt[k])].tokens.lowerBound - 1 }
        return k >= 0 && Self.companyTitles.contains(keys[k])
    }

    static let ownerTitles = Vocabulary.set(["bos", "boss", "pemilik", "owner", "miliarder", "billionaire", "taipan", "tycoon", "konglomerat"])
    /// Titles of a company's people, which only a person's name follows.
    static let companyTitles = Vocabulary.set(["ceo", "cto", "cfo", "coo", "chairman", "chairwoman", "founder", "co-founder", "pendiri",
                                               "executive", "direktur", "dirut", "bos", "boss"])

    /// Whether token `t` (in range or not) is a comma.
    func isComma(_ t: Int) -> Bool {
        t >= 0 && t < tokens.count && tokens[t].kind == .punct && text[tokens[t].start] == 0x2C
    }

    /// A name right after the figure behind a preposition: "investasi $400 juta ke Zhipu" (the recipient),
    /// "100 LLM di China" (the place). Returns the preposition's key and the entity.
    func named(after quantity: Range<Int>, in clause: Range<Int>) -> (preposition: UInt64, entity: Int)? {
        var k = quantity.upperBound
        var words = 0
        while k < clause.upperBound, entityAt[k] < 0, words < 3, tokens[k].kind == .word, !Vocabulary.afterPrepositions.contains(keys[k]),
              !Vocabulary.joiners.contains(keys[k]) { k += 1; words += 1 }
        guard k + 1 < clause.upperBound, Vocabulary.afterPrepositions.contains(keys[k]), usable(at: k + 1) else { return nil }
        return (keys[k], owner(Int(entityAt[k + 1])))
    }

    /// "invest $40 billion in OpenAI at a $300 billion valuation", "suntikan dana ke Moonshot dengan valuasi 3
    /// miliar dollar AS": the company invested in, named just before the figure, owns the valuation, not the investor.
    func investee(before figure: Int, in clause: Range<Int>) -> Int? {
        var k = figure - 1
        while k > clause.lowerBound, figure - k <= 5, entityAt[k] < 0, tokens[k].kind == .word { k -= 1 }
        guard k > clause.lowerBound, entityAt[k] >= 0, usable(at: k) else { return nil }
        let start = matches[Int(matchAt[k])].tokens.lowerBound
        guard start > clause.lowerBound, Self.investedIn.contains(keys[start - 1]) else { return nil }
        let entity = owner(Int(entityAt[k]))
        return [.company, .organisation].contains(categories[entity]) ? entity : nil
    }
    static let investedIn = Vocabulary.set(["in", "into", "ke", "kepada"])

    /// Whether `part` opens with a speech verb, after at most two helping words ("has said", "juga mengatakan").
    private func opensWithSpeech(_ part: Range<Int>) -> Bool {
        let k = pastHelpingWords(part.lowerBound, before: part.upperBound)
        return k < part.upperBound && Vocabulary.speechVerbs.contains(keys[k])
    }

    /// The token after at most two helping words from `t` ("has said", "juga telah mengirimkan").
    private func pastHelpingWords(_ t: Int, before limit: Int) -> Int {
        var k = t
        while k < limit, k - t < 2, Self.helpingWords.contains(keys[k]) { k += 1 }
        return k
    }

    /// "Di Indonesia, 65 persen bisnis …", "In China, 40 percent of firms …": a country opening the sentence in a
    /// place phrase of its own is the scope of the figures after it.
    func frontedPlace(of sentence: Range<Int>, before limit: Int) -> Int? {
        var t = sentence.lowerBound
        while t < limit, tokens[t].kind == .punct { t += 1 }
        guard t + 2 < limit, keys[t] == Self.di || keys[t] == Self.in, usable(at: t + 1), categories[Int(entityAt[t + 1])] == .country else { return nil }
        let end = matches[Int(matchAt[t + 1])].tokens.upperBound
        guard end < limit, isComma(end) else { return nil }
        return Int(entityAt[t + 1])
    }
    static let di = Vocabulary.key("di"), `in` = Vocabulary.key("in")

    func category(_ entity: Int) -> EntityCategory { categories[entity] }

    /// The subject of a clause comes before its first number: "85 persen berbasis di Amerika Serikat" has none.
    private func firstEntity(in part: Range<Int>, before limit: Int) -> (entity: Int, token: Int, leading: Bool)? {
        var end = min(part.upperBound, limit)
        if let number = (part.lowerBound..<end).first(where: { tokens[$0].kind == .number && entityAt[$0] < 0 }) { end = number }
        guard let t = firstActing(in: part.lowerBound..<end) else { return nil }
        return (Int(entityAt[t]), t, t == part.lowerBound)
    }

    /// The entity of "<owned noun> <name>" ("pendapatan Baidu", "revenue of Baidu") ending at most four words before
    /// `limit`, with no other number or name in between.
    private func ownedName(before limit: Int, from start: Int) -> Int? {
        var t = limit - 1
        let stop = max(start, limit - 6)
        while t >= stop, entityAt[t] < 0 {
            if tokens[t].kind == .number { return nil }
            t -= 1
        }
        guard t >= stop, usable(at: t) else { return nil }
        let first = matches[Int(matchAt[t])].tokens.lowerBound
        guard first > start else { return nil }
        // "kerugian dari investasi OpenAI sebesar …": the owned noun inside a phrase of source is not the figure's.
        if Discourse.ownedNouns.contains(keys[first - 1]) {
            return isNounAfterPreposition(first - 1, from: start) ? nil : owner(Int(entityAt[t]))
        }
        if keys[first - 1] == Vocabulary.of, first - 1 > start, Self.ownedNounsEnglish.contains(keys[first - 2]) { return owner(Int(entityAt[t])) }
        return nil
    }

    static let ownedNounsEnglish = Vocabulary.set([
        "revenue", "revenues", "profit", "profits", "earnings", "sales", "valuation", "shares", "stock", "wealth", "fortune",
        "loss", "losses", "assets",
    ])

    /// "Huawei memprediksi … AI akan menguasai 80 persen", "IDC forecasts … 80 percent": who forecasts a figure
    /// does not own it, unless the figure is a line of its own accounts ("Nvidia memperkirakan kerugian 8 miliar").
    private func isForecaster(_ t: Int, of quantity: Range<Int>) -> Bool {
        let end = matches[Int(matchAt[t])].tokens.upperBound
        guard end < quantity.lowerBound, Self.forecastVerbs.contains(keys[end]) else { return false }
        // "Google expects to invest around $75 billion": expecting to do something is the actor's own plan.
        if end + 1 < quantity.lowerBound, keys[end + 1] == Self.to { return false }
        return !(max(end, quantity.lowerBound - 10)..<quantity.lowerBound).contains { Self.ownFigures.contains(keys[$0]) }
    }

    /// Whom a forecast is about: "Analysts at Morgan Stanley estimate China's AI capital expenditure could reach …",
    /// "Goldman expects Nvidia's revenue to rise …". Nil when the forecast names no one.
    private func actingAfterForecast(_ forecaster: Int, _ quantity: Range<Int>) -> Int? {
        var start = matches[Int(matchAt[forecaster])].tokens.upperBound + 1
        if start < quantity.lowerBound, keys[start] == Discourse.that || keys[start] == Discourse.bahwa { start += 1 }
        // Not a name in brackets, which spells out a term ("pertumbuhan CAGR (Compound Annual Growth Rate)").
        guard start < quantity.lowerBound, let t = firstActing(in: start..<quantity.lowerBound),
              !(tokens[t - 1].kind == .punct && text[tokens[t - 1].start] == 0x28) else { return nil }
        return Int(entityAt[t])
    }

    static let to = Vocabulary.key("to")
    static let forecastVerbs = Vocabulary.set([
        "memprediksi", "memprediksikan", "memperkirakan", "memproyeksikan", "meramalkan", "meramal",
        "predict", "predicts", "predicted", "forecasts", "forecast", "expect", "expects", "expected", "estimate", "estimates",
        "estimated", "project", "projects", "projected",
    ])
    /// Figures a company forecasts about itself.
    static let ownFigures = Vocabulary.set(Discourse.accountNounWords + ["pendapatan", "penjualan", "sales", "valuasi", "valuation", "pendapatannya", "labanya"])

    /// The entity when a clause is nothing but one name.
    private func soleEntity(_ part: Range<Int>) -> Int? {
        let m = matchAt[part.lowerBound]
        guard m >= 0, usable(entityAt[part.lowerBound]), matches[Int(m)].tokens.upperBound == part.upperBound else { return nil }
        return Int(entityAt[part.lowerBound])
    }

    /// What a money amount is, from the nearest cue word before it in the sentence ("biaya pelatihannya" → training_cost).
    func role(of quantity: Range<Int>, in sentence: Range<Int>) -> MoneyRole? {
        var t = quantity.lowerBound - 1
        // "raised $300 million at a $2 billion valuation", "raises funds at $3.8 billion valuation": after "a" or "at",
        // the amount describes the noun that follows it.
        if t >= sentence.lowerBound, keys[t] == Vocabulary.a || keys[t] == Vocabulary.an || keys[t] == Self.at,
           let named = roleNamedAfter(quantity, in: sentence) {
            return named
        }
        let stop = max(sentence.lowerBound, quantity.lowerBound - 12)
        while t >= stop {
            let k = keys[t]
            if k == Vocabulary.pasar || k == Vocabulary.pasarnya || k == Vocabulary.value, t > sentence.lowerBound,
               keys[t - 1] == Vocabulary.nilai || keys[t - 1] == Vocabulary.market { return .marketValue }
            // "net worth" is a fortune, not what something is worth.
            if k == Vocabulary.worth, t > sentence.lowerBound, keys[t - 1] == Self.net { return .wealth }
            if let role = Vocabulary.roleCues[k] {
                // "laba per lembar saham sebesar 0,07 dollar AS", "profit per share of $1.20": a per-share figure, not
                // the company's profit.
                if role == .profit || role == .revenue, isPerShare(t + 1..<quantity.lowerBound) { return nil }
                if role == .cost, isTraining(near: t, after: quantity, in: sentence) { return .trainingCost }
                return role
            }
            // "trained its V3 model for just $5.6 million", "dilatih dengan 6 juta dolar AS": what the training cost.
            if Vocabulary.trainingVerbs.contains(k), isPaidFor(quantity, from: t) { return .trainingCost }
            t -= 1
        }
        return roleNamedAfter(quantity, in: sentence)
    }

    /// English often names the role right after the amount: "$3 billion valuation", "$600 billion in market
    /// value". Only the very next word (after "in"/"of"), so the next item of a list ("pendapatan US$5,6
    /// miliar, laba …") never lends its role.
    private func roleNamedAfter(_ quantity: Range<Int>, in sentence: Range<Int>) -> MoneyRole? {
        var t = quantity.upperBound
        if t < sentence.upperBound, Vocabulary.roleLinks.contains(keys[t]) { t += 1 }
        guard t < sentence.upperBound else { return nil }
        if keys[t] == Vocabulary.market, t + 1 < sentence.upperBound, keys[t + 1] == Vocabulary.value { return .marketValue }
        // "kehilangan hampir $600 miliar nilai pasarnya"
        if keys[t] == Vocabulary.nilai, t + 1 < sentence.upperBound, keys[t + 1] == Vocabulary.pasar || keys[t + 1] == Vocabulary.pasarnya { return .marketValue }
        guard let role = Vocabulary.roleCues[keys[t]], role != .cost, role != .price else { return nil }
        return role
    }

    /// Whether the amount is what something was done for: "for (just) $5.6 million", "dengan (hanya) Rp 5 miliar",
    /// with at most ten words between the verb at `verb` and the amount.
    private func isPaidFor(_ quantity: Range<Int>, from verb: Int) -> Bool {
        var k = quantity.lowerBound - 1
        if k > verb, Self.onlyWords.contains(keys[k]) { k -= 1 }
        return k > verb && quantity.lowerBound - verb <= 12 && Self.paidForWords.contains(keys[k])
    }
    /// Whether "per (lembar) saham" / "per share" stands in `between`.
    private func isPerShare(_ between: Range<Int>) -> Bool {
        between.contains { keys[$0] == Vocabulary.perWord && $0 + 1 < between.upperBound && Self.shareWords.contains(keys[$0 + 1]) }
    }
    static let shareWords = Vocabulary.set(["saham", "lembar", "share"])

    static let onlyWords = Vocabulary.set(["just", "only", "hanya", "cuma", "sekitar", "about"])
    static let net = Vocabulary.key("net"), data = Vocabulary.key("data"), at = Vocabulary.key("at")
    /// "IDC data show", "A Stanford report found": what a name publishes.
    static let sourceNounsAfter = Vocabulary.set(["data", "report", "study", "survey", "analysis", "estimates", "research"])
    static let paidForWords = Vocabulary.set(["for", "dengan", "seharga"])

    /// A training cue near the cost word at `t` or just after the amount: "spent $5.6 million training",
    /// "spent just $5.6 million on the final training run".
    private func isTraining(near t: Int, after quantity: Range<Int>, in sentence: Range<Int>) -> Bool {
        // Past the amount restated in brackets: "5,6 juta dollar AS (sekitar Rp 91 miliar) untuk melatih model V3".
        var after = quantity.upperBound
        if after < sentence.upperBound, tokens[after].kind == .punct, text[tokens[after].start] == 0x28,
           let close = (after + 1..<min(sentence.upperBound, after + 10)).first(where: { tokens[$0].kind == .punct && text[tokens[$0].start] == 0x29 }) {
            after = close + 1
        }
        let range = max(sentence.lowerBound, t - 3)..<min(sentence.upperBound, max(t + 7, after + 4))
        return range.contains { Vocabulary.trainingCues.contains(keys[$0]) }
    }
}
