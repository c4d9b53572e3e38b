/// Finds the quantity facts of one article, sentence by sentence.
///
/// A number becomes a fact only when the text says what it measures: a currency (money), "token",
/// "persen"/"%", a model word in an AI sentence, a duration word, a counted noun, or a date pattern.
/// Numbers inside names ("01.AI", "360 Security Technology"), codes ("R1", "H800", "GPT-4"), clock
/// times ("11:01 WIB") and rank labels ("10 besar", "top 10") are never facts.
struct FactExtractor {
    let grammar: NumberGrammar
    let dates: DateReader
    let attribution: Attribution
    let entityNames: SubjectNames
    /// Subjects known before the article was read (the lexicon's entities and makers); names found in it come after.
    var knownSubjects = 0

    private var text: UnsafeBufferPointer<UInt8> { grammar.text }
    var tokens: [Token] { grammar.tokens }
    var keys: [UInt64] { grammar.keys }

    /// The facts of `sentence`, appended to `found` (the article's so far): an array per sentence, appended to the
    /// article's and freed, copied and retained every fact.
    func facts(in sentence: Range<Int>, discourse: inout Discourse, into found: inout [Fact]) {
        let first = found.count
        // Most sentences have neither a figure nor a name: clauses are split only when one needs them.
        var split: [Range<Int>]?
        func clauses() -> [Range<Int>] {
            if split == nil { split = attribution.clauses(of: sentence) }
            return split!
        }
        defer {
            // A sentence without a name tells the discourse nothing.
            if attribution.entityAt.withUnsafeBufferPointer({ entityAt in sentence.contains { entityAt[$0] >= 0 } }) {  // in place: every sentence asks
                discourse.note(main: attribution.mainSubject(of: sentence), in: sentence, attribution: attribution)
            }
            discourse.endSentence()
        }
        var t = sentence.lowerBound
        let limit = sentence.upperBound
        let starters = Vocabulary.starters  // once, not a lazy-init check per token
        while t < limit {
            if attribution.entityAt[t] >= 0 {  // digits inside a name are part of the name
                t = attribution.matches[Int(attribution.matchAt[t])].tokens.upperBound
                continue
            }
            guard tokens[t].kind == .number || starters.contains(keys[t]) else {  // a figure opens with a number or a starter word
                t += 1
                continue
            }
            if let date = dates.read(at: t, limit: limit) {
                if let iso = date.iso { found.append(fact(.date, .date(iso), tokens: t..<date.end, sentence: sentence)) }
                t = date.end
                continue
            }
            if let (fact, end) = quantity(at: t, in: sentence, clauses: clauses(), after: found.count > first ? found.last : nil, discourse: &discourse) {
                if var fact {
                    // "69% perusahaan di Indonesia …, sementara 76% lebih memilih …": the same place's share.
                    if fact.kind == .percent, fact.scope == nil, fact.subject == nil, attribution.opensCoordinatedShare(t, in: sentence),
                       found.count > first, let previous = found.last, previous.kind == .percent, previous.subject == nil, previous.scope != nil {
                        fact.scope = previous.scope
                    }
                    found.append(fact)
                }
                t = end
                continue
            }
            t += 1
        }
    }

    private func fact(_ kind: FactKind, _ value: FactValue, tokens range: Range<Int>, sentence: Range<Int>, bound: Bound = .exact) -> Fact {
        let start = tokens[range.lowerBound].start
        let end = tokens[range.upperBound - 1].end
        return Fact(kind: kind, value: value, valueMax: nil, unit: nil, bound: bound, subject: nil, role: nil, noun: nil,
                    text: string(start, end), sentence: citation(around: range, in: sentence), start: start, end: end)
    }

    /// The sentence to cite. A "sentence" of more than 2,000 bytes is a run-on page (a price list, a table
    /// flattened to one line): cite the ~300 bytes either side of the figure, marked with "…".
    private func citation(around range: Range<Int>, in sentence: Range<Int>) -> String {
        let s = tokens[sentence.lowerBound].start
        let e = tokens[sentence.upperBound - 1].end
        guard e - s > 2000 else { return string(s, e) }
        let first = firstToken(in: sentence, startingAtOrAfter: tokens[range.lowerBound].start - 300)
        let last = firstToken(in: sentence, startingAtOrAfter: tokens[range.upperBound - 1].end + 300) - 1
        let from = tokens[min(first, range.lowerBound)].start
        let to = tokens[max(last, range.upperBound - 1)].end
        return (from > s ? "… " : "") + string(from, to) + (to < e ? " …" : "")
    }

    /// Binary search: the first token of `sentence` that starts at or after byte `offset`.
    private func firstToken(in sentence: Range<Int>, startingAtOrAfter offset: Int) -> Int {
        var low = sentence.lowerBound, high = sentence.upperBound
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    private func isPunct(_ t: Int, _ byte: UInt8) -> Bool {
        t >= 0 && t < tokens.count && tokens[t].kind == .punct && tokens[t].end - tokens[t].start == 1 && text[tokens[t].start] == byte
    }

    /// Reads a quantity at `t`. Returns nil when `t` starts no number; (nil, end) for a number that is not a fact.
    /// `previous` is the figure before it in the sentence, whose unit an elided amount takes.
    private func quantity(at t: Int, in sentence: Range<Int>, clauses: [Range<Int>], after previous: Fact? = nil,
                          discourse: inout Discourse) -> (Fact?, Int)? {
        let limit = sentence.upperBound
        let token = tokens[t]
        guard token.kind != .punct || isCurrencySymbol(t) else { return nil }
        if token.kind == .number, let skip = notAQuantity(t, sentence) { return (nil, skip) }

        // Money written before the amount: "$5,5 juta", "US$ 2 miliar", "Rp 79.244 triliun".
        var first = t  // the first token of the fact's text (a bound word, a currency or the number)
        var currency: String?
        var numberStart = t
        if let (code, next) = currencyBefore(at: t, limit: limit) {
            currency = code
            numberStart = next
        } else if token.kind == .punct {
            return nil
        }
        if currency == nil, let (share, after) = Fraction(keys: keys).read(at: t, limit: limit) {
            // "First Half of 2016", "setengah dari tahun ini": part of a period is a time, not a share.
            if opensPeriod(after, limit: limit) { return nil }
            // "setengah dari model AI" = 50 percent, "two-thirds of" = 66.67 percent; "lebih dari setengah dari",
            // "roughly a quarter of" keep their bound.
            let bounded = boundBefore(t)
            var f = fact(.percent, .number(share), tokens: (bounded?.1 ?? t)..<after, sentence: sentence)
            if let bounded { f.bound = bounded.0 }
            f.unit = "%"
            // "…, giving it roughly a quarter of China's market": the company pointed back to. Other owners are not
            // read: "setengah dari" is as often a comparison ("harga setengah dari Tesla Model 3") as a share.
            let clause = clauses.first(where: { $0.contains(t) }) ?? sentence
            f.subject = discourse.openingReferent(of: t..<after, in: clause, sentence: sentence, attribution: attribution).map { entityNames[$0] }
            f.role = PercentRole.share.rawValue
            return (f, after)
        }
        guard numberStart < limit, var reading = grammar.read(at: numberStart, limit: limit, moneyContext: currency != nil, rupiah: currency == "IDR") else {
            return currency != nil ? (nil, numberStart) : nil
        }
        var end = reading.end
        var bound: Bound = reading.vague || reading.approx ? .approx : .exact
        var valueMax: Double?
        if reading.vague, let base = Vocabulary.vague[keys[numberStart]] {
            // "ratusan juta" = hundreds of millions: 100 million up to 999 million.
            let scale = reading.value / base
            valueMax = (base == 11 ? 19 : base * 10 - 1) * scale
        }

        let between = first > sentence.lowerBound && (keys[first - 1] == Vocabulary.antara || keys[first - 1] == Vocabulary.between)
        if let upper = upperEnd(after: end, of: &reading, currency: currency, between: between, limit: limit) {
            valueMax = upper.value
            bound = .range
            end = upper.end
        }
        if currency == nil, let (code, after) = currencyAfter(end, limit: limit) {
            currency = code
            end = after
        }

        // Bounds written before: "setidaknya 79", "lebih dari 200", "sekitar $5 juta".
        if bound != .range, let (b, boundStart) = boundBefore(first), !isReachedByChange(boundStart) {
            bound = b
            first = boundStart
        } else if bound == .range, between {
            first -= 1
        }

        let measured: Measured
        switch measure(after: end, reading: reading, currency: currency, in: sentence) {
        case .measured(let m): measured = m
        case .notAFact(let skip):
            if currency == nil, !reading.scaled, !isYearLike(reading),
               countsModelsOfPhrase(first, in: sentence, after: previous) {
                measured = Measured(kind: .modelCount, unit: nil, end: end)
                break
            }
            let elision = Elision(attribution: attribution)
            guard currency == nil, let (kind, unit) = elision.unit(of: numberStart..<end, scaled: reading.scaled, after: previous, in: sentence)
            else { return (nil, skip) }
            measured = Measured(kind: kind, unit: unit, end: end)
        }
        let kind = measured.kind, unit = measured.unit, scale = measured.scale
        end = measured.end
        if kind == .percent, measured.percentWord { percentRange(&end, &bound, &valueMax, reading.value, limit: limit) }
        if kind != .money, kind != .duration, reading.plainDigits == false, reading.value < 1, !reading.vague { return (nil, end) }
        if kind == .money, isExchangeRate(first, end, in: sentence) { return (nil, end) }
        if kind == .money, unit == "IDR", !reading.scaled, reading.value != reading.value.rounded() {
            guard let whole = wholeRupiah(reading.value, at: numberStart, in: sentence) else { return (nil, end) }
            reading.value = whole
        }
        if kind == .money, unit == "IDR", !reading.scaled, reading.value < 1000, let skip = splitThousands(after: end, limit: limit) { return (nil, skip) }
        if kind == .count, isAnaphoricCount(first, end, reading: reading, in: sentence) { return (nil, end) }
        // "buat satu produk": one thing, written as a word, is no figure.
        if kind == .count, reading.value == 1, !reading.plainDigits { return (nil, end) }
        if isImagined(first, in: sentence, clauses: clauses) {
            discourse.noteImaginedFigure()
            return (nil, end)
        }

        // "The model cost $2 million at least."
        if bound == .exact, end + 1 < limit, keys[end] == Vocabulary.at, keys[end + 1] == Vocabulary.least {
            bound = .atLeast
            end += 2
        }
        // "plus or minus 2%", "plus minus 2 persen": a margin around another figure, not one of its own.
        if isTolerance(first) { return (nil, end) }
        // "-25,8 persen", "minus 3 persen": a written minus makes the percentage negative.
        var sign = 1.0
        if kind == .percent, first == numberStart, let minusStart = minusBefore(first) {
            sign = -1
            first = minusStart
        }
        var f = fact(kind, .number(sign * round2(reading.value * scale)), tokens: first..<end, sentence: sentence, bound: bound)
        f.valueMax = valueMax.map { round2($0 * scale) }
        f.unit = unit
        f.noun = measured.noun
        describe(&f, first..<end, in: sentence, clauses: clauses, discourse: &discourse)
        if kind == .money, let (equivalent, after) = equivalent(after: end, unit: unit, in: sentence, clauses: clauses, discourse: discourse) {
            f.equivalent = equivalent
            return (f, after)
        }
        return (f, end)
    }

    /// Who the figure is about and what it measures: its subject (none for a figure given for comparison, as in
    /// "dibandingkan dengan ratusan juta dolar …"), a money role, a percentage's role and direction.
    private func describe(_ f: inout Fact, _ figure: Range<Int>, in sentence: Range<Int>, clauses: [Range<Int>], discourse: inout Discourse) {
        let compared = (max(sentence.lowerBound, figure.lowerBound - 2)..<figure.lowerBound).contains { Vocabulary.comparisons.contains(keys[$0]) }
        let subject = compared ? nil : attribute(&f, figure, in: sentence, clauses: clauses, discourse: &discourse)
        if f.kind == .money {
            var role = attribution.role(of: figure, in: sentence)
            // What a person is worth is wealth, what a company is worth its valuation.
            if role == .valuation, let subject, attribution.category(subject) == .person,
               (max(sentence.lowerBound, figure.lowerBound - 3)..<figure.lowerBound).contains(where: { keys[$0] == Self.worth }) { role = .wealth }
            f.role = role?.rawValue
            if role == .valuation, !compared, let clause = clauses.first(where: { $0.contains(figure.lowerBound) }),
               let investee = attribution.investee(before: figure.lowerBound, in: clause) { f.subject = entityNames[investee] }
        }
        if f.kind == .percent, let clause = clauses.first(where: { $0.contains(figure.lowerBound) }) {
            let (role, direction) = PercentRoles(keys: keys).read(figure, in: clause)
            f.role = role?.rawValue
            f.direction = direction
        }
    }

    /// "497 miliar dollar AS atau sekitar Rp 8.250 triliun", "4.200 yuan (sekitar Rp 9,8 juta)": the same amount
    /// in another currency is one fact with an equivalent, so nothing is counted twice.
    private func equivalent(after end: Int, unit: String?, in sentence: Range<Int>, clauses: [Range<Int>], discourse: Discourse) -> (Equivalent, Int)? {
        var k = end
        while k < sentence.upperBound, k - end < 4, Vocabulary.equivalentLinks.contains(keys[k]) { k += 1 }
        var restated = discourse  // the restated amount is no figure of its own: it leaves the discourse as it was
        guard k > end, k < sentence.upperBound, let (other, after) = quantity(at: k, in: sentence, clauses: clauses, discourse: &restated),
              let other, other.kind == .money, let otherUnit = other.unit, otherUnit != unit, let value = other.value.number else { return nil }
        var stop = after
        if stop < sentence.upperBound, isPunct(stop, 0x29) { stop += 1 }  // ")"
        return (Equivalent(value: value, unit: otherUnit), stop)
    }

    /// Rupiah has no cents. After a whole amount the decimals are a glued list number ("Rp 124.400.000,3."); a small
    /// amount lost its scale word ("Rp 4,099 … dan Rp 3,899 juta") and takes its neighbour's. Nil when there is no
    /// neighbour to take it from: the amount cannot be read.
    private func wholeRupiah(_ value: Double, at t: Int, in sentence: Range<Int>) -> Double? {
        if value >= 1000 { return value.rounded(.towardZero) }
        return neighbourScale(of: t, in: sentence).map { value * $0 }
    }

    /// "Rp 4, 899": a stray space after a thousands comma cut a small amount in two. Whether 4 or 4,899 (or 4.899
    /// juta) was meant cannot be told, so the amount is no figure; returns the token after the cut-off group.
    private func splitThousands(after end: Int, limit: Int) -> Int? {
        guard end + 1 < limit, isPunct(end, UInt8(ascii: ",")), tokens[end + 1].spaceBefore, isPlainDigits(end + 1),
              tokens[end + 1].end - tokens[end + 1].start == 3 else { return nil }
        return end + 2
    }

    /// "Jangan bikin 100 produk jelek", "Misalnya seseorang membeli …": a figure in an imagined or forbidden case
    /// states nothing.
    private func isImagined(_ first: Int, in sentence: Range<Int>, clauses: [Range<Int>]) -> Bool {
        if let clause = clauses.first(where: { $0.contains(first) }),
           (clause.lowerBound..<first).contains(where: { Vocabulary.hypotheticals.contains(keys[$0]) }) { return true }
        return Hypothetical(keys: keys, tokens: tokens, text: text).imagines(first, in: sentence)
    }

    /// The scale word ("juta", "miliar") written after the number nearest to `t` in the sentence, for an amount
    /// that lost its own.
    private func neighbourScale(of t: Int, in sentence: Range<Int>) -> Double? {
        var best: (distance: Int, scale: Double)?
        for i in sentence where i > sentence.lowerBound && tokens[i - 1].kind == .number {
            guard let scale = Vocabulary.scales[keys[i]], best.map({ abs(i - t) < $0.distance }) ?? true else { continue }
            best = (abs(i - t), scale)
        }
        return best?.scale
    }

    /// "kurs Rp 16.314 per dollar AS", "Rp14.052/USD", "1 dollar AS = Rp 16.270": a rate, not an amount of money.
    private func isExchangeRate(_ first: Int, _ end: Int, in sentence: Range<Int>) -> Bool {
        if first > sentence.lowerBound, Vocabulary.rateWords.contains(keys[first - 1]) { return true }
        if first > sentence.lowerBound + 1, Vocabulary.rateWords.contains(keys[first - 2]) { return true }
        if first > sentence.lowerBound, isPunct(first - 1, 0x3D) { return true }  // "= Rp 16.270"
        guard end < sentence.upperBound else { return false }
        if isPunct(end, 0x3D) { return true }
        if keys[end] == Vocabulary.perWord || isPunct(end, 0x2F), end + 1 < sentence.upperBound {
            let k = keys[end + 1]
            return Vocabulary.currencyAfter[k] != nil || Vocabulary.currencyBefore[k] != nil
        }
        return false
    }

    /// "dua negara", "kedua negara", "dua perusahaan ini", "the two countries": the pair named before, not a count.
    private func isAnaphoricCount(_ first: Int, _ end: Int, reading: NumberGrammar.Reading, in sentence: Range<Int>) -> Bool {
        if end < sentence.upperBound, Vocabulary.demonstrativesAfter.contains(keys[end]) { return true }
        if first > sentence.lowerBound, keys[first - 1] == Vocabulary.the, !reading.plainDigits { return true }
        return !reading.plainDigits && reading.value <= 3 && Vocabulary.pairNouns.contains(keys[end - 1])
    }

    /// Kinds of figure that "angka tersebut", "that figure" may point back to (not dates and durations).
    private static let pointedBack: Set<FactKind> = [.money, .percent, .tokens, .modelCount, .count]

    /// Who the figure is about: its own clause first, then a name right after it, then a subject named
    /// earlier that the sentence refers back to, then (for list lines) the article's topic.
    /// Returns the subject's index.
    private func attribute(_ f: inout Fact, _ quantity: Range<Int>, in sentence: Range<Int>, clauses: [Range<Int>], discourse: inout Discourse) -> Int? {
        // The figure's clause, found once for every rule below.
        let ownClause = clauses.first(where: { $0.contains(quantity.lowerBound) })
        // "S&P 500 anjlok 1,12 persen": an index owns its own move, and nothing else (below).
        if f.kind == .percent, let clause = ownClause, let index = movingIndex(of: quantity, in: clause) {
            f.subject = index
            return nil
        }
        let clause = ownClause ?? sentence
        var subject = (f.kind == .money ? attribution.calledName(after: quantity, in: clause) : nil)
            ?? discourse.openingReferent(of: quantity, in: clause, sentence: sentence, attribution: attribution)
            ?? discourse.framingCompany(around: quantity, in: sentence, keys: keys, attribution: attribution)
            ?? attribution.titledCompany(before: quantity, in: sentence)
            ?? discourse.referredPerson(before: quantity.lowerBound, in: sentence, attribution: attribution)
            ?? attribution.subject(of: quantity, in: sentence, clauses: clauses)
        // An index a percentage's own sentence names as its subject moved by it; one named before owns nothing here.
        let ownIndex = f.kind == .percent ? subject : nil
        // "Microsoft dan Apple … 3 triliun dollar AS": shared by two, so both own it, and no one named elsewhere does.
        var pair: String?, shared = false
        if let token = Attribution.sharedToken(subject) {
            subject = nil
            shared = true
            switch attribution.pairOwner(at: token, of: quantity, in: sentence, names: entityNames, knownSubjects: knownSubjects) {
            case .one(let owner): subject = owner; shared = false
            case .both(let names): pair = names
            case nil: break
            }
        }
        if let clause = ownClause, let (preposition, entity) = attribution.named(after: quantity, in: clause) {
            let place = attribution.category(entity) == .country
            if Vocabulary.recipientPrepositions.contains(preposition) {
                if subject == nil, !place, !shared { subject = entity }
            } else if place {
                // "100 LLM di China" counts China's models; "penetrasi internet di Indonesia 79,5 persen" is scoped to it.
                if f.kind == .modelCount || f.kind == .count, subject == nil { subject = entity } else if subject != entity { f.scope = entityNames[entity] }
            }
        }
        // "kerugian 3,1 miliar dollar AS … bagi Microsoft", "$6.6 billion for TSMC and $8.5 billion for Intel".
        if !shared, f.kind == .money || f.kind == .percent, let clause = ownClause,
           let recipient = attribution.recipient(after: quantity, in: clause), subject == nil || attribution.hasRespectiveRecipients(in: sentence) {
            subject = recipient
        }
        if subject == nil, !shared {
            subject = discourse.referent(in: sentence, before: quantity.lowerBound, keys: keys, text: text, tokens: tokens, attribution: attribution)
                ?? discourse.companyAfter(quantity, in: sentence, keys: keys, attribution: attribution)
                ?? discourse.listTopic(sentence, tokens: tokens, text: text)
                ?? discourse.thingAfterFronted(quantity, clauses: clauses, keys: keys)
                ?? leadCompany(of: f, quantity, in: sentence, clauses: clauses, discourse: &discourse)
                ?? headlineSubject(of: f, quantity, in: sentence, clauses: clauses, discourse: &discourse)
                ?? quotingCompany(of: quantity, in: sentence)
        }
        if f.scope == nil, let place = attribution.frontedPlace(of: sentence, before: quantity.lowerBound), place != subject {
            f.scope = entityNames[place]
        }
        if f.scope == nil, f.kind == .percent, let clause = ownClause,
           let place = attribution.placeInClause(clause, before: quantity.lowerBound), place != subject {
            f.scope = entityNames[place]
        }
        // "10,000 Nvidia A100 GPUs": the maker named inside a count is what is counted, not who counts it.
        if f.kind == .count, let owner = subject, quantity.contains(where: { attribution.entityAt[$0] == Int32(owner) }) { subject = nil }
        if let owner = subject, owner != ownIndex, owner >= knownSubjects, MarketIndex.isIndex(entityNames[owner]) { subject = nil }
        if subject != nil || Self.pointedBack.contains(f.kind), !Discourse.isBreakdown(sentence, before: quantity.lowerBound, keys: keys) {
            discourse.noteFigure(owner: subject, isCompany: subject.map { [.company, .organisation].contains(attribution.category($0)) } ?? false)
        }
        f.subject = subject.map { entityNames[$0] } ?? pair
        return subject
    }

    /// Four decimals ("1.234.567,89", "0,053 persen"), whole units from 1e11 up where a Double has no room for
    /// decimals; either way drops the floating-point noise of scaling ("3,47 triliun").
    private func round2(_ v: Double) -> Double { abs(v) >= 1e11 ? v.rounded() : (v * 10_000).rounded() / 10_000 }

    /// The upper end of a range after the number: "dua hingga tiga tahun", "10-20 persen", "antara 5 dan 10",
    /// "Rp 200-Rp 300 miliar". A lower end written without the upper end's scale takes it ("5-10 juta").
    private func upperEnd(after end: Int, of reading: inout NumberGrammar.Reading, currency: String?, between: Bool, limit: Int) -> NumberGrammar.Reading? {
        var upperStart = end + 1
        if upperStart < limit, keys[end] == Vocabulary.dash, keys[upperStart] == Vocabulary.dash { upperStart += 1 }  // "200--216"
        let afterJoiner = upperStart
        // The currency may be written again before the upper end.
        if let currency, upperStart < limit, let (code, next) = currencyBefore(at: upperStart, limit: limit), code == currency { upperStart = next }
        guard upperStart < limit else { return nil }
        let negative = tokens[end].kind == .punct && tokens[afterJoiner].spaceBefore != tokens[end].spaceBefore && tokens[end].spaceBefore
        guard Vocabulary.rangeJoiners.contains(keys[end]) || (between && (keys[end] == Vocabulary.dan || keys[end] == Vocabulary.and)),
              !negative || upperStart > afterJoiner,  // "5 -10" is five and minus ten; "Rp 1,5 juta -Rp 2 juta" is a range
              let upper = grammar.read(at: upperStart, limit: limit, moneyContext: currency != nil, rupiah: currency == "IDR"), !upper.vague
        else { return nil }
        if !reading.scaled, upper.scaled, let ratio = scaleRatio(upper, upperStart) { reading.value *= ratio }
        return upper.value > reading.value ? upper : nil
    }

    /// Money written after the amount: "ratusan juta dolar", "4 triliun dollar AS", "10 miliar yuan", "dolar Hong Kong".
    private func currencyAfter(_ end: Int, limit: Int) -> (code: String, end: Int)? {
        guard end < limit, let code = Vocabulary.currencyAfter[keys[end]] else { return nil }
        var after = end + 1
        guard code == "USD", after < limit else { return (code, after) }
        if let local = Vocabulary.dollarCountries[keys[after]] {
            return (local, after + ((local == "HKD" && after + 1 < limit) ? 2 : 1))
        }
        if attribution.entityAt[after] >= 0, entityNames[Int(attribution.entityAt[after])] == Rivals.unitedStates {
            after = attribution.matches[Int(attribution.matchAt[after])].tokens.upperBound
        }
        return (code, after)
    }

    /// What a number measures, read from the words after it (or the currency before it).
    private struct Measured {
        var kind: FactKind
        var unit: String?
        var noun: String?
        /// Multiplies the value: a duration in years is counted in months.
        var scale = 1.0
        var end: Int
        /// "persen", "%": a percentage range may follow ("25 persen hingga 40 persen").
        var percentWord = false
    }

    private enum Measurement {
        case measured(Measured)
        /// A number that is no fact; reading goes on after `end`.
        case notAFact(end: Int)
    }

    private func measure(after end: Int, reading: NumberGrammar.Reading, currency: String?, in sentence: Range<Int>) -> Measurement {
        let limit = sentence.upperBound
        var crypto: Bool { sentence.contains(where: { Vocabulary.cryptoContext.contains(keys[$0]) }) || cryptoBefore(sentence) }
        if let currency { return .measured(Measured(kind: .money, unit: currency, end: end)) }
        if end + 1 < limit, keys[end] == Vocabulary.free, Vocabulary.tokenWords.contains(keys[end + 1]) {
            // "150 million free tokens"
            return crypto ? .notAFact(end: end + 2) : .measured(Measured(kind: .tokens, unit: "token", end: end + 2))
        }
        if end < limit, Vocabulary.tokenWords.contains(keys[end]) {
            // "300 token mata uang kripto" counts coins, not the AI tokens the report is about.
            return crypto ? .notAFact(end: end + 1) : .measured(Measured(kind: .tokens, unit: "token", end: end + 1))
        }
        if end < limit, Vocabulary.percentWords.contains(keys[end]) {
            return .measured(Measured(kind: .percent, unit: "%", end: end + 1, percentWord: true))
        }
        if end + 1 < limit, keys[end] == Vocabulary.perCent.0, keys[end + 1] == Vocabulary.perCent.1 {
            return .measured(Measured(kind: .percent, unit: "%", end: end + 2))
        }
        if let modelEnd = modelPhrase(at: end, sentence) { return .measured(Measured(kind: .modelCount, end: modelEnd)) }
        if end < limit, let months = Vocabulary.durationWords[keys[end]], !reading.plainDigits || reading.value < 1000 {
            return .measured(Measured(kind: .duration, unit: "month", scale: months, end: end + 1))
        }
        let yearLike = reading.plainDigits && (1900...2100).contains(reading.value) && tokens[reading.end - 1].end - tokens[reading.end - 1].start == 4
        if reading.value == reading.value.rounded(), let (noun, nounEnd) = countNoun(at: end, limit: limit, namesBetween: !yearLike) {
            return .measured(Measured(kind: .count, noun: noun, end: nounEnd))
        }
        return .notAFact(end: reading.end)
    }

    /// "… dari penjualan token di perusahaan kripto World Liberty Financial. Ia juga melaporkan memiliki 15,75 miliar
    /// token …": coins named earlier in the paragraph (at most 80 words back) make its tokens coins too.
    private func cryptoBefore(_ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k > 0, !tokens[k].lineBefore, sentence.lowerBound - k < 80 {
            k -= 1
            if Vocabulary.cryptoContext.contains(keys[k]) { return true }
        }
        return false
    }

    private func scaleRatio(_ upper: NumberGrammar.Reading, _ t: Int) -> Double? {
        guard let bare = grammar.read(at: t, limit: t + 1, moneyContext: false), bare.value > 0 else { return nil }
        return upper.value / bare.value
    }

    /// Digits that are part of something else: "GPT-4", "ke-3", clock times "11:01", "01.AI", "top 10", "10 besar".
    private func notAQuantity(_ t: Int, _ sentence: Range<Int>) -> Int? {
        let limit = sentence.upperBound
        let token = tokens[t]
        if t >= 2, !token.spaceBefore, isPunct(t - 1, 0x2D), !tokens[t - 1].spaceBefore, tokens[t - 2].kind != .number { return t + 1 }
        if t + 2 < limit, isPunct(t + 1, 0x3A), !tokens[t + 1].spaceBefore, tokens[t + 2].kind == .number, !tokens[t + 2].spaceBefore { return t + 3 }
        if t + 2 < limit, isPunct(t + 1, 0x2E), !tokens[t + 1].spaceBefore, tokens[t + 2].kind != .punct, !tokens[t + 2].spaceBefore { return t + 3 }
        // "top 10", not "its market capitalisation top 600 billion yuan" (a verb before an amount).
        if t > 0, Vocabulary.rankWords.contains(keys[t - 1]),
           !(t + 1 < limit && (Vocabulary.scales[keys[t + 1]] != nil || Vocabulary.currencyAfter[keys[t + 1]] != nil)) { return t + 1 }
        // "0,0008 yuan per 1.000 token", "per 100.000 penduduk": the unit a rate is given in, no figure of its own.
        if t > sentence.lowerBound, keys[t - 1] == Vocabulary.perWord { return grammar.read(at: t, limit: limit, moneyContext: false)?.end ?? t + 1 }
        if isEventYear(t, sentence.lowerBound) { return t + 1 }
        if t + 1 < limit, Vocabulary.rankAfter.contains(keys[t + 1]) { return t + 2 }
        if isProductCode(t, sentence) { return t + 1 }
        return nil
    }

    /// "GTX 1050", "Snapdragon 665 chip": plain digits right after a capitalised name word, with no unit of a
    /// figure after them, are a product's code. A word opening the sentence only counts in capitals ("GTX").
    private func isProductCode(_ t: Int, _ sentence: Range<Int>) -> Bool {
        guard t > sentence.lowerBound, tokens[t].spaceBefore, isPlainDigits(t) else { return false }
        let name = tokens[t - 1]
        guard name.kind == .word, ByteClass.isUpperASCII(text[name.start]), !Vocabulary.starters.contains(keys[t - 1]),
              Vocabulary.boundLastWords.contains(keys[t - 1]) == false, Vocabulary.months[keys[t - 1]] == nil else { return false }
        if t - 1 == sentence.lowerBound {
            for i in name.start..<name.end where !ByteClass.isUpperASCII(text[i]) { return false }
        }
        guard t + 1 < sentence.upperBound else { return true }
        let k = keys[t + 1]
        return !(Vocabulary.percentWords.contains(k) || Vocabulary.currencyAfter[k] != nil || Vocabulary.scales[k] != nil
            || Vocabulary.tokenWords.contains(k) || Vocabulary.modelWords.contains(k) || Vocabulary.durationWords[k] != nil || k == Vocabulary.perCent.0)
    }

    private func isPlainDigits(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .number else { return false }
        for i in token.start..<token.end where !ByteClass.isDigit(text[i]) { return false }
        return true
    }

    /// "2025" written alone: a year, never a count read from context.
    private func isYearLike(_ reading: NumberGrammar.Reading) -> Bool {
        reading.plainDigits && reading.value >= 1900 && reading.value <= 2100 && reading.value == reading.value.rounded()
    }

    /// A year ("2016"), a month or a period noun ("tahun", "the year", "quarter") at `t`.
    private func opensPeriod(_ t: Int, limit: Int) -> Bool {
        let k = t < limit && keys[t] == Vocabulary.the ? t + 1 : t
        guard k < limit else { return false }
        if Fraction.periodWords.contains(keys[k]) || Vocabulary.months[keys[k]] != nil { return true }
        guard tokens[k].kind == .number, tokens[k].end - tokens[k].start == 4, let year = grammar.digits(tokens[k]) else { return false }
        return (1900...2100).contains(year)
    }

    /// A year closing a capitalised name: "Piala Dunia 2022", "Olimpiade Paris 2024" (not "Sebanyak 2000 orang").
    private func isEventYear(_ t: Int, _ first: Int) -> Bool {
        let token = tokens[t]
        guard token.end - token.start == 4, t - 1 > first, tokens[t - 1].kind == .word, ByteClass.isUpperASCII(text[tokens[t - 1].start]),
              tokens[t - 2].kind != .punct || isPunct(t - 2, 0x2C), let year = grammar.digits(token) else { return false }
        return year >= 1900 && year <= 2100
    }

    private func isCurrencySymbol(_ t: Int) -> Bool {
        let k = keys[t]
        return Vocabulary.currencyBefore[k] != nil || k == Vocabulary.yen
    }

    /// A currency written before the amount at `t`. Returns the ISO code and the first token of the amount.
    private func currencyBefore(at t: Int, limit: Int) -> (String, Int)? {
        var i = t
        var code: String?
        if tokens[i].kind == .word, i + 1 < limit, isPunct(i + 1, UInt8(ascii: "$")), !tokens[i + 1].spaceBefore,
           let prefix = Vocabulary.dollarPrefixes[keys[i]] {
            code = prefix; i += 2                               // US$ / S$ / HK$
        } else if keys[i] == Vocabulary.yen {
            code = sentenceMentionsJapan(i) ? "JPY" : "CNY"; i += 1
        } else if let c = Vocabulary.currencyBefore[keys[i]] {
            code = c; i += 1
            if i < limit, isPunct(i, 0x2E), !tokens[i].spaceBefore { i += 1 }   // "Rp."
        }
        guard let code, i < limit, tokens[i].kind == .number || tokens[i].kind == .code
              || Vocabulary.vague[keys[i]] != nil || Vocabulary.units[keys[i]] != nil else { return nil }
        return (code, i)
    }

    private func sentenceMentionsJapan(_ t: Int) -> Bool {
        let jp = [Vocabulary.key("jepang"), Vocabulary.key("japan"), Vocabulary.key("yen")]
        return keys[max(0, t - 30)..<min(keys.count, t + 30)].contains { jp.contains($0) }
    }

    /// "tumbuh hingga 8 persen": "hingga" after a verb of change says how far the change went, not a limit.
    private func isReachedByChange(_ boundStart: Int) -> Bool {
        guard Vocabulary.untilWords.contains(keys[boundStart]) else { return false }
        // The verb may have an object between it and "hingga": "mengurangi bobot hingga 11 persen", "meningkatkan
        // efisiensi penataan komponen hingga 30 persen".
        // So may a verb of record: "mencatat kerugian hingga 16 miliar dollar AS" is the loss, not a limit.
        // A name between counts as one word ("memangkas harga model Qwen-Long hingga 97 persen"); an offer between
        // is the limit again ("menaikkan diskon cashback hingga Rp 3 juta").
        var t = boundStart - 1, words = 0
        while t >= 0, words < 6 {
            if attribution.entityAt[t] >= 0 { t = attribution.matches[Int(attribution.matchAt[t])].tokens.lowerBound - 1; words += 1; continue }
            if keys[t] == Vocabulary.dash, !tokens[t].spaceBefore { t -= 1; continue }  // "Qwen-Long"
            if PercentRoles.cues[keys[t]]?.role == .discount || tokens[t].kind == .number { return false }
            if PercentRoles.cues[keys[t]]?.direction != nil || Vocabulary.changeVerbs.contains(keys[t]) { return words < 4 || Self.cutVerbs.contains(keys[t]) }
            t -= 1; words += 1
        }
        return false
    }
    /// Verbs of a change whose object may be a long phrase before "hingga": "memangkas harga model bahasa … hingga".
    private static let cutVerbs = Vocabulary.set(["memangkas", "memotong", "menurunkan", "menaikkan", "memangkasnya", "cut", "lowered", "slashed"])

    /// "25 persen hingga 40 persen", "10% - 20%": the upper end written with its own unit.
    private func percentRange(_ end: inout Int, _ bound: inout Bound, _ valueMax: inout Double?, _ lower: Double, limit: Int) {
        guard bound != .range, end + 1 < limit, Vocabulary.rangeJoiners.contains(keys[end]),
              let upper = grammar.read(at: end + 1, limit: limit, moneyContext: false, rupiah: false), !upper.vague,
              upper.end < limit, Vocabulary.percentWords.contains(keys[upper.end]), upper.value > lower else { return }
        valueMax = upper.value
        bound = .range
        end = upper.end + 1
    }

    private func isTolerance(_ t: Int) -> Bool {
        t >= 2 && keys[t - 1] == Vocabulary.minus && (keys[t - 2] == Self.plus || t >= 3 && keys[t - 2] == Self.or && keys[t - 3] == Self.plus)
    }
    private static let plus = Vocabulary.key("plus"), or = Vocabulary.key("or"), worth = Vocabulary.key("worth")

    /// The start of a minus written before the number at `t`: "minus 3", or "-25,8" with the dash against the
    /// digits and not after another number (so "10 -20" stays a range).
    private func minusBefore(_ t: Int) -> Int? {
        guard t > 0 else { return nil }
        if keys[t - 1] == Vocabulary.minus { return t - 1 }
        let dash = tokens[t - 1]
        guard dash.kind == .punct, text[dash.start] == 0x2D, dash.end - dash.start == 1, !tokens[t].spaceBefore else { return nil }
        if t >= 2, tokens[t - 2].kind == .number || !dash.spaceBefore { return nil }
        return t - 1
    }

    private func boundBefore(_ t: Int) -> (Bound, Int)? {
        guard t > 0 else { return nil }
        // "minimal sebesar 25 persen", "mulai dengan harga Rp 4 juta": up to two filler words between.
        if Vocabulary.boundFillers.contains(keys[t - 1]) {
            var k = t - 1
            while k > 0, t - k < 3, Vocabulary.boundFillers.contains(keys[k]) { k -= 1 }
            if let (bound, start) = boundPhrase(endingBefore: k + 1) { return (bound, start) }
            return nil
        }
        return boundPhrase(endingBefore: t)
    }

    private func boundPhrase(endingBefore t: Int) -> (Bound, Int)? {
        guard t > 0, Vocabulary.boundLastWords.contains(keys[t - 1]) else { return nil }  // one probe for most numbers
        for (phrase, bound) in Vocabulary.boundPhrases {
            let start = t - phrase.count
            guard start >= 0 else { continue }
            if (0..<phrase.count).allSatisfy({ keys[start + $0] == phrase[$0] }) { return (bound, start) }
        }
        return nil
    }

    /// The end of a model phrase at `t`: "model", "model bahasa besar", "LLM", "large language models", "AI models".
    func modelPhrase(at t: Int, _ sentence: Range<Int>) -> Int? {
        var m = t
        var ai = false
        // A model family of the lexicon may stand among the words: "200 open-source Qwen models".
        while m < sentence.upperBound, m - t < 5, Vocabulary.modelAdjectives.contains(keys[m]) || isModelName(m) {
            if Vocabulary.aiModelAdjectives.contains(keys[m]) { ai = true }
            m += 1
        }
        guard m < sentence.upperBound, Vocabulary.modelWords.contains(keys[m]), ai || isOpenSource(after: m, sentence) || isAIModelCount(m, sentence)
        else { return nil }
        m += 1
        if m + 1 < sentence.upperBound, keys[m] == Vocabulary.bahasa, keys[m + 1] == Vocabulary.besar { m += 2 }
        return m
    }

    /// "200 model Qwen sumber terbuka": open-source models are AI models.
    private func isOpenSource(after m: Int, _ sentence: Range<Int>) -> Bool {
        (m + 2..<max(m + 2, min(sentence.upperBound, m + 4))).contains { keys[$0] == Self.terbuka && keys[$0 - 1] == Self.sumber }
    }
    static let sumber = Vocabulary.key("sumber"), terbuka = Vocabulary.key("terbuka")

    private func isModelName(_ t: Int) -> Bool {
        attribution.entityAt[t] >= 0 && attribution.categories[Int(attribution.entityAt[t])] == .model
    }

    /// "79 model kecerdasan buatan", "200 LLM", but not "3 model bisnis" or a sentence not about AI.
    private func isAIModelCount(_ t: Int, _ sentence: Range<Int>) -> Bool {
        if t + 1 < sentence.upperBound, Vocabulary.notAIModel.contains(keys[t + 1]) { return false }
        if Vocabulary.key("llm") == keys[t] || Vocabulary.key("llms") == keys[t] { return true }
        return sentence.contains { Vocabulary.aiContext.contains(keys[$0]) }
    }

    /// The counted noun after a number: "38 orang", "1.677 anggota", "23 di antaranya".
    /// With `namesBetween`, up to four name tokens may stand before a noun of hardware: "2,000 Nvidia H800 chips"
    /// (never after a year: "2019 Apple devices").
    private func countNoun(at t: Int, limit: Int, namesBetween: Bool = false) -> (String, Int)? {
        var n = t
        while n < limit, n - t < 2, Vocabulary.countAdjectives.contains(keys[n]) { n += 1 }
        if n < limit, Vocabulary.countNouns.contains(keys[n]) {
            return (string(tokens[n].start, tokens[n].end).lowercased(), n + 1)
        }
        if namesBetween {
            var k = t
            while k < limit, k - t < 4, tokens[k].kind != .punct, !Vocabulary.hardwareNouns.contains(keys[k]),
                  attribution.entityAt[k] >= 0 || ByteClass.isUpperASCII(text[tokens[k].start]) || k > t && !tokens[k].spaceBefore {
                k += 1
            }
            if k > t, k < limit, Vocabulary.hardwareNouns.contains(keys[k]) {
                return (string(tokens[k].start, tokens[k].end).lowercased(), k + 1)
            }
        }
        guard t < limit else { return nil }
        if t + 1 < limit, keys[t] == Vocabulary.diAntaranya.0, keys[t + 1] == Vocabulary.diAntaranya.1 {
            return ("di antaranya", t + 2)
        }
        return nil
    }
}
