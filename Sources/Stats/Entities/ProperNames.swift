import Foundation

/// Proper-name phrases the lexicon does not know (Samsung, OPPO, "PT Telkom Indonesia Tbk", "Gubernur
/// Dedi Mulyadi"), found so a figure can name its owner. They become subjects under the name as
/// written; the mentions chart stays lexicon-based, so they are kept apart from lexicon matches.
///
/// Demonyms ("Chinese", "American") are found here too: they stand for their country as a subject.
struct ProperNames {
    /// One name: its tokens, the bytes of the name as written (title dropped) and a category guess. The bytes, not a
    /// `String`: most names repeat within an article, and a string is made only for a name new to it.
    struct Name {
        var tokens: Range<Int>
        var written: Range<Int>
        var category: EntityCategory
    }

    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let keys: [UInt64]
    /// How the article writes its words elsewhere, read once on the first sentence-initial candidate.
    private let usage = Usage()
    /// The word sets, keys and gazetteer the rules ask, made once per process and held by one reference: a copy of
    /// each set per article (a lazy-init check and a retain apiece, and as many releases) cost ~3,000 instructions an
    /// article, and reading the statics inside the token loops cost more (3 % of the extractor).
    private let tables = Tables.shared
    private final class Tables: Sendable {
        static let shared = Tables()
        let capitalsNoName = ProperNames.capitalsNoName
        let notNames = ProperNames.notNames, months = Vocabulary.months
        let titles = ProperNames.titles, officeWords = ProperNames.officeWords, companyForms = ProperNames.companyForms
        let organisationWords = ProperNames.organisationWords, labelNouns = ProperNames.labelNouns, jobWords = ProperNames.jobWords
        let labelEnds = ProperNames.labelEnds, titleNouns = ProperNames.titleNouns, productSuffixes = ProperNames.productSuffixes
        let connectors = ProperNames.connectors, openers = ProperNames.openers
        let ownedNouns = Discourse.ownedNouns, speechVerbs = Vocabulary.speechVerbs
        let theKey = ProperNames.the, perKey = ProperNames.per, ofKey = ProperNames.of, forKey = ProperNames.for, ptKey = ProperNames.pt
        let places = Places.shared
        let englishSpeech = ProperNames.englishSpeech, industryWords = ProperNames.industryWords, timeWords = ProperNames.timeWords
        let gluedTails = ProperNames.gluedTails, documentNouns = ProperNames.documentNouns, variantNouns = ProperNames.variantNouns
        let afterSubject = ProperNames.afterSubject, yangKey = Vocabulary.yang, muliaKey = ProperNames.mulia, scales = Vocabulary.scales
    }

    init(text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64]) {
        self.text = text
        self.tokens = tokens
        self.keys = keys
    }

    /// Words the article writes in lower case somewhere ("kekayaan"), and words it capitalises after
    /// another word ("… saham Walmart"): a capital that opens a sentence is a name only if the article
    /// never writes it in lower case.
    private final class Usage {
        var lowercase: Set<UInt64> = []
        var capitalised: Set<UInt64> = []
        var read = false
        /// One byte of each token's key, made on the first scan: `memchr` looks for a key's byte 32 tokens at a time,
        /// where comparing every key was 4 % of the extractor; a byte that matches is checked against the key.
        var fingerprints: [UInt8] = []
    }

    /// The byte of `key` that `Usage.fingerprints` holds (keys end with a full avalanche, so any byte will do).
    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key >> 56) }

    /// Every key's fingerprint, in a loop over the keys' memory (`map` cost as much as the scans it serves).
    private static func fingerprints(of keys: [UInt64]) -> [UInt8] {
        keys.withUnsafeBufferPointer { keys in
            [UInt8](unsafeUninitializedCapacity: keys.count) { bytes, count in
                for i in 0..<keys.count { (bytes.baseAddress! + i).initialize(to: fingerprint(keys[i])) }
                count = keys.count
            }
        }
    }

    /// Names in `sentence` outside lexicon matches (`entityAt` < 0), left to right, appended to `found` (one buffer
    /// for the article: an array per sentence with a name was allocated and freed 20,000 times on 2,000 articles).
    func names(in sentence: Range<Int>, entityAt: [Int32], into found: inout [Name]) {
        let before = found.count
        var t = sentence.lowerBound
        while t < sentence.upperBound {
            guard entityAt[t] < 0, opensName(t), !tables.notNames.contains(keys[t]) || isSurnameYang(t, in: sentence) || isAfterAbbreviatedTitle(t, in: sentence),
                  tables.months[keys[t]] == nil else {
                t += 1
                continue
            }
            // "membuatScale AImenghasilkan" (a lost space), "realme 5 Pro": a name opening inside a word or in lower case.
            let odd = !ByteClass.isUpperASCII(text[tokens[t].start])
            var end = runEnd(from: t, in: sentence, entityAt: entityAt)
            // "PT Maxindo Renault Indonesia": a company's legal name goes on through a known name inside it.
            // (After a capital that opens the sentence too: "Saham PT Telefast Indonesia Tbk …".)
            let pt = keys[t] == tables.ptKey ? t : t + 1
            if !odd, pt < end, keys[pt] == tables.ptKey, end - pt >= 2, end < sentence.upperBound, entityAt[end] >= 0, tokens[end].spaceBefore {
                end = legalNameEnd(after: end, in: sentence, entityAt: entityAt)
            }
            var first = t
            var category: EntityCategory?
            // "Kekayaan Larry Page", "Pendapatan Walmart": a common noun opening the sentence is not part of the name.
            while !odd, first < end - 1, first == t, isOpening(first, in: sentence), isCommonWord(first), !isSurnameYang(first, in: sentence) {
                first += 1
            }
            // "NEW YORK, KOMPAS.com -": a dateline in capitals is a place.
            if isDateline(first..<end, in: sentence) { t = end; continue }
            // "Earnings per Share", "Internet of Things", "Institute for Local Self-Reliance": the tail of a titled phrase
            // is no name of its own.
            if isTitleTail(first, in: sentence) || isTitleHead(first..<end, in: sentence) { t = end; continue }
            // A label owns no figure: a round, segment or tier ("seri Serie B", "segmen Inspeksi", "Series C"),
            // an offer or document ("Premium Service", "… Index 2024"), a job title ("Marketing Manager Xiaomi Budi").
            // It is kept as a name no one owns, so a country inside a title ("… Oppo Indonesia Budi") is no owner either.
            if let label = label(first..<end, in: sentence, entityAt: entityAt) {
                found.append(label)
                t = label.tokens.upperBound; continue
            }
            // "Gubernur Dedi Mulyadi", "CEO Lisa Su": the title says a person and is not part of the name,
            // nor is the office's place or portfolio ("Gubernur Jawa Barat Dedi Mulyadi").
            // Words before a title inside the run are an office ("Finance Minister") or an opener ("Kemarin Gubernur").
            if let title = (first..<(end - 1)).last(where: { tables.titles.contains(keys[$0]) }), !tables.titles.contains(keys[end - 1]) {
                first = (first...title).first(where: { tables.titles.contains(keys[$0]) }) ?? first
            }
            while first < end - 1, tables.titles.contains(keys[first]) {
                first += 1; category = .person
                while first < end - 1, tables.officeWords.contains(keys[first]) { first += 1 }
            }
            // "Direktur Utama CRSN Timotius Tjahjana": the acronym is the holder's organisation.
            if category == .person, end - first >= 3, isAcronym(first) { first += 1 }
            // "Menteri Keuangan": a title and its portfolio name no one.
            if category == .person, tables.officeWords.contains(keys[first]), end - first == 1 { t = end; continue }
            // "Penjualan", "Bank", "PHK": one common or derived word, or an organisation word alone, is no name.
            if end - first == 1, isDerivedWord(first) || tables.ownedNouns.contains(keys[first]) || tables.organisationWords.contains(keys[first]) {
                t = end; continue
            }
            if first > sentence.lowerBound, tables.titles.contains(keys[first - 1]) { category = .person }
            // "Mr. Yang said …": a name after an abbreviated title is a person's, not a sentence's opening capital.
            let afterTitle = isAfterAbbreviatedTitle(first, in: sentence)
            if afterTitle { category = .person }
            // A company form closes the name: "Inc", "Tbk", "Group"; "PT" opens it.
            if (first..<end).contains(where: { tables.companyForms.contains(keys[$0]) }) || keys[first] == tables.ptKey { category = .company }
            if category == nil, tables.organisationWords.contains(keys[first]) { category = .organisation }
            // "Jakarta Selatan", "Kota Bekasi", "Eropa Barat": a place, reported as a country is, never a person.
            let place = category == nil && tables.places.isPlace(first..<end, keys: keys, tokens: tokens, text: text)
            // "Liputan6.com, Jakarta -Infinix …": a place before a dash that opens the sentence is its dateline.
            if place, end < sentence.upperBound, tokens[end].spaceBefore, ByteClass.isDash(text, tokens[end]), first - sentence.lowerBound <= 4 { t = end; continue }
            // "Edwin mengatakan": whoever speaks is a person, unless the name reads as a company ("Horizon Robotics
            // said"), or is an English acronym ("NIO said"; Indonesian ones are mostly agencies: "BPS menyebut").
            if category == nil, !place, end < sentence.upperBound, tables.speechVerbs.contains(keys[end]),
               end - first == 1 ? !isAcronym(first) || !tables.englishSpeech.contains(keys[end])
                                : !(first..<end).contains(where: { tables.industryWords.contains(keys[$0]) }) {
                category = .person
            }
            let single = end - first == 1
            // After a dash, bracket or quote a lone capital opens a phrase ("-- Robot bedah …", "(Earnings per Share)").
            let opensSentence = !afterTitle && ((sentence.lowerBound..<first).allSatisfy { tokens[$0].kind == .punct }
                || (first > sentence.lowerBound && tokens[first - 1].kind == .punct && text[tokens[first - 1].start] != 0x2C))
            let short = single && tokens[first].end - tokens[first].start <= 2
            // A lone capital opening a sentence is a name only if the article never writes it in lower case and
            // it is no common sentence opener ("Walmart juga …", "ICBC merupakan …", but not "Pertumbuhan …").
            let initialName = single && opensSentence && category == nil && isInitialName(first, in: sentence)
            if !(single && opensSentence && category == nil) || initialName, !short, !tables.titles.contains(keys[first]) || !single {
                let name = written(first..<end, glued: first == t && odd)
                found.append(Name(tokens: first..<end, written: name, category: category ?? (place ? .country : guess(first..<end))))
            }
            t = end
        }
        // Asked last: most sentences have no name, and then whether they are a headline does not matter.
        // (An `if`, not `||`: the operator's autoclosure copied `self`, every table, once per sentence.)
        if found.count == before { return }
        if isHeadline(sentence) { found.removeSubrange(before...) }
    }

    /// A product named right after its maker ("Honda WR-V", "OPPO Find X9", "Infinix Hot 40"): the name found after a
    /// lexicon company whose first token is `maker`, with a model number closing it, unless it is a company,
    /// organisation, place or person of its own ("Toyota Astra Motor", "Google Cloud"). Reported as written, as a
    /// product: a share of "Suzuki Carry" is not Suzuki's.
    func product(after maker: Int, _ name: Name, in sentence: Range<Int>) -> Name? {
        // "CEO Xiaomi Lei Jun": a title before the maker makes the name after it its holder.
        if maker > sentence.lowerBound, Self.titles.contains(keys[maker - 1]) || Self.jobWords.contains(keys[maker - 1]) { return nil }
        // "Realme membandrol 5 Pro": a word in lower case after the maker is a verb, not a product.
        guard name.category == .model || name.category == .company, name.tokens.count <= 4, ByteClass.isUpperASCII(text[tokens[name.tokens.lowerBound].start]),
              !name.tokens.contains(where: { Self.companyForms.contains(keys[$0]) || Self.industryWords.contains(keys[$0])
                  || Self.organisationWords.contains(keys[$0]) }) else { return nil }
        var end = name.tokens.upperBound
        if end < sentence.upperBound, tokens[end].kind == .number, tokens[end].spaceBefore, tokens[end].end - tokens[end].start <= 4,
           end + 1 == sentence.upperBound || !isUnitWord(keys[end + 1]) {
            end += 1
        }
        return Name(tokens: maker..<end, written: written(maker..<end, glued: false), category: .model)
    }

    /// A word that makes the number before it a figure: "persen", "juta", "dollar", "tahun", "token".
    private func isUnitWord(_ k: UInt64) -> Bool {
        Vocabulary.percentWords.contains(k) || Vocabulary.currencyAfter[k] != nil || Vocabulary.scales[k] != nil
            || Vocabulary.durationWords[k] != nil || Vocabulary.tokenWords.contains(k) || Vocabulary.modelWords.contains(k)
    }

    /// Just past the name words from `t` on: names, codes and model numbers after it, connectors and hyphens
    /// between capitals. Out of line, so the per-token loop of `names` stays as small as it compiled before.
    @inline(never)
    private func runEnd(from t: Int, in sentence: Range<Int>, entityAt: [Int32]) -> Int {
        var end = t + 1
        while end < sentence.upperBound, entityAt[end] < 0, gluedEnd(end - 1) == nil {
            // "Self-Reliance", "Mercedes-Benz": capitals joined by a hyphen are one name.
            if !tokens[end].spaceBefore {
                guard isHyphenJoin(end, in: sentence, entityAt: entityAt) else { break }
                end += 2
            } else if isNameWord(end) || isCodeAfterName(end) || isModelNumber(end, in: sentence, entityAt: entityAt),
               !tables.notNames.contains(keys[end]) || tables.companyForms.contains(keys[end]) || tables.productSuffixes.contains(keys[end]) {
                end += 1
            } else if tables.months[keys[end]] != nil, isGivenName(end, in: sentence) {
                end += 1
            } else if tables.connectors.contains(keys[end]), end + 1 < sentence.upperBound, isNameWord(end + 1), entityAt[end + 1] < 0 {
                end += 2
            } else { break }
        }
        return end
    }

    /// "Lei Jun", "Choi Jun Woo", "Lindsay June Sandiford": a capitalised month word is a given name between two name
    /// words, or after a short surname ("Lei", "Wei", "Seo") when no number or word of time follows it ("Mei 2025",
    /// "Mei lalu"). Not after a common word or an acronym ("Awal Februari naik …", "CPI Mei").
    private func isGivenName(_ t: Int, in sentence: Range<Int>) -> Bool {
        let before = tokens[t - 1]
        guard tokens[t].kind == .word, ByteClass.isUpperASCII(text[tokens[t].start]), before.kind == .word else { return false }
        let next = t + 1
        if next < sentence.upperBound, tokens[next].kind == .word, isNameWord(next), tables.months[keys[next]] == nil { return true }
        let length = before.end - before.start
        guard length <= 3, length >= 2, !ByteClass.isUpperASCII(text[before.start + 1]) else { return false }
        guard next < sentence.upperBound else { return true }
        switch tokens[next].kind {
        case .word: return !isNameWord(next) && !tables.timeWords.contains(keys[next])
        case .punct: return text[tokens[next].start] == UInt8(ascii: ",") || text[tokens[next].start] == UInt8(ascii: ".")
        default: return false
        }
    }
    /// Words after a month that say it is one: "Mei lalu", "Juni ini", "June and July".
    static let timeWords = Vocabulary.set([
        "lalu", "ini", "itu", "depan", "mendatang", "kemarin", "silam", "nanti", "tahun", "hingga", "sampai", "dan", "atau",
        "ke", "yang", "mulai", "awal", "akhir", "last", "this", "next", "and", "or", "to", "through", "until", "of",
    ])

    /// Whether `t` follows an abbreviated title and its dot: "Mr. Yang", "Dr. Tan".
    private func isAfterAbbreviatedTitle(_ t: Int, in sentence: Range<Int>) -> Bool {
        t >= sentence.lowerBound + 2 && tokens[t - 1].kind == .punct && text[tokens[t - 1].start] == UInt8(ascii: ".")
            && !tokens[t - 1].spaceBefore && tables.titles.contains(keys[t - 2]) && isNameWord(t)
    }

    /// Just past a PT company's legal name that runs through the known names starting at `start` ("PT Maxindo Renault
    /// Indonesia", "PT Telefast Indonesia Tbk"): known names and name words, up to punctuation.
    private func legalNameEnd(after start: Int, in sentence: Range<Int>, entityAt: [Int32]) -> Int {
        var k = start
        while k < sentence.upperBound, tokens[k].spaceBefore {
            if entityAt[k] >= 0 {
                let entity = entityAt[k]
                while k < sentence.upperBound, entityAt[k] == entity { k += 1 }
            } else if isNameWord(k) || tables.companyForms.contains(keys[k]) {
                k = runEnd(from: k, in: sentence, entityAt: entityAt)
            } else { break }
        }
        return k
    }

    /// The bytes of the name as written from `run`'s first to last token, without the words glued to it.
    @inline(never)
    private func written(_ run: Range<Int>, glued: Bool) -> Range<Int> {
        var from = tokens[run.lowerBound].start, to = tokens[run.upperBound - 1].end
        if glued, let start = gluedStart(run.lowerBound) { from = start }
        if let end = gluedEnd(run.upperBound - 1) { to = end }
        return from..<to
    }

    /// A capitalised name word, or a word in lower case that opens a name.
    @inline(__always)
    private func opensName(_ t: Int) -> Bool {
        if isNameWord(t) { return true }
        if !mayOpenOddName(t) { return false }
        return opensOddName(t)
    }

    /// Whether a word that is no capital could open a name: a word before a number or code, or a long word with a
    /// capital after its third letter. Inline and on the bytes alone, as it is asked of every word.
    @inline(__always)
    private func mayOpenOddName(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word else { return false }
        if t + 1 < tokens.count, tokens[t + 1].kind == .number || tokens[t + 1].kind == .code { return true }
        guard token.end - token.start >= 6 else { return false }
        return ByteClass.containsUpperASCII(text, (token.start + 3)..<token.end)
    }

    /// A word in lower case that opens a name: a name glued to the word before it ("membuatScale"), or a brand
    /// written in lower case before its model number and suffix ("realme 5 Pro", "vivo V17 Pro"). Asked of
    /// every lower-case word, so the common answer (no) comes after a look at the next token or the letters.
    @inline(never)
    private func opensOddName(_ t: Int) -> Bool {
        guard tokens[t].kind == .word else { return false }
        if t + 2 < tokens.count, tokens[t + 1].kind == .number || tokens[t + 1].kind == .code, tokens[t + 1].spaceBefore {
            return isLowercaseBrand(t)
        }
        return gluedStart(t) != nil
    }

    /// "realme 5 Pro", "vivo V17 Pro": a lower-case word that is no common word, then a model number or code and a
    /// product suffix ("tipe 5 Pro", "ponsel X2 Pro" are no names).
    private func isLowercaseBrand(_ t: Int) -> Bool {
        let model = tokens[t + 1], suffix = tokens[t + 2]
        guard model.kind == .code ? ByteClass.isUpperASCII(text[model.start]) : model.end - model.start <= 2,
              suffix.spaceBefore, ByteClass.isUpperASCII(text[suffix.start]), tables.productSuffixes.contains(keys[t + 2]) else { return false }
        let key = keys[t]
        return !tables.notNames.contains(key) && !tables.openers.contains(key) && !tables.labelNouns.contains(key) && !tables.ownedNouns.contains(key)
            && tokens[t].end - tokens[t].start >= 3 && !isVerbForm(tokens[t].start..<tokens[t].end)
    }

    /// Lower-case letters that read as a word of their own: an Indonesian verb or adverb (me-, di-, ber-, ter-, se-),
    /// a function word, or a word the article writes alone.
    private func readsAsWord(_ bytes: Range<Int>) -> Bool {
        if isVerbForm(bytes) { return true }
        let key = FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: text[bytes]))
        return tables.notNames.contains(key) || tables.gluedTails.contains(key) || writtenLowercase(key)
    }

    /// Five letters or more opening with me-, di-, se-, ber- or ter-: an Indonesian verb or adverb ("membandrol").
    private func isVerbForm(_ bytes: Range<Int>) -> Bool {
        guard bytes.count >= 5 else { return false }
        let a = text[bytes.lowerBound], b = text[bytes.lowerBound + 1], c = text[bytes.lowerBound + 2]
        return a == 0x6D && b == 0x65 || a == 0x64 && b == 0x69 || a == 0x73 && b == 0x65 || (a == 0x62 || a == 0x74) && b == 0x65 && c == 0x72
    }

    /// Where a name glued to a lower-case word starts ("membuatScale" → "Scale"): at a capital after three or more
    /// lower-case letters that read as a word of their own: an Indonesian verb (me-, ber-, di-, ter-), a function
    /// word, or a word the article writes alone ("microSD", "detikFinance" are names). A name glued to a label or
    /// document noun ("laporanState of … Report") labels something and is left out.
    private func gluedStart(_ t: Int) -> Int? {
        let token = tokens[t]
        var i = token.start
        while i < token.end, text[i] &- 0x61 < 26 { i += 1 }
        guard i - token.start >= 3, i + 2 < token.end, ByteClass.isUpperASCII(text[i]), ByteClass.isASCIILetter(text[i + 1]) else { return nil }
        let prefix = FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: text[token.start..<i]))
        if tables.labelNouns.contains(prefix) || tables.documentNouns.contains(prefix) { return nil }
        return readsAsWord(token.start..<i) ? i : nil
    }
    static let documentNouns = Vocabulary.set(["laporan", "report", "survei", "survey", "studi", "study", "riset", "buku", "book", "judul", "title", "acara", "aplikasi", "app"])

    /// Where a name glued to the next word ends (asked of every word of a name, out of line so `names` stays small): "AImenghasilkan" → "AI", "UNMmendorong" → "UNM" (capitals, then four
    /// or more lower-case letters: "IDCamp" stays whole), or, for a name glued at both ends, before a function word ("tulisHuaweidalam").
    @inline(never)
    private func gluedEnd(_ t: Int) -> Int? {
        let token = tokens[t]
        guard token.kind == .word, token.end - token.start >= 5 else { return nil }
        let start: Int
        if ByteClass.isUpperASCII(text[token.start]) {
            // "Larry": a capital then a small letter has no end to find (asked of every word of a name).
            guard ByteClass.isUpperASCII(text[token.start + 1]) else { return nil }
            start = token.start
        } else {
            guard let glued = gluedStart(t) else { return nil }
            start = glued
        }
        var i = start
        while i < token.end, ByteClass.isUpperASCII(text[i]) { i += 1 }
        // The lower-case rest reads as a word ("menghasilkan", "senilai"), or is long after three capitals or more
        // ("UBSlebih"); a name's own ending stays ("XForce", "QJMotor", "BUMDes").
        if i - start >= 2, token.end - i >= 4 {
            var j = i
            while j < token.end, text[j] &- 0x61 < 26 { j += 1 }
            if j == token.end, i - start >= 3 && token.end - i >= 5 || readsAsWord(i..<token.end) { return i }
        }
        guard start > token.start else { return nil }
        for tail in stride(from: token.end - 2, through: start + 3, by: -1)
        where tables.gluedTails.contains(FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: text[tail..<token.end]))) {
            return tail
        }
        return nil
    }
    static let gluedTails = Vocabulary.set(["dalam", "pada", "telah", "yang", "untuk", "dengan", "dari", "akan", "juga", "sudah", "di", "dan", "ini", "itu"])

    /// A name that labels a thing rather than an owner: after or opening with a label noun, closed by or
    /// before an offer or document word, or opened by a job word (the title of someone speaking).
    /// Kept out of line: `names` runs for every token, and its loop stays as the compiler had it.
    @inline(never)
    private func label(_ run: Range<Int>, in sentence: Range<Int>, entityAt: [Int32]) -> Name? {
        guard isLabel(run, in: sentence) else { return nil }
        var end = run.upperBound
        if tables.jobWords.contains(keys[run.lowerBound]) {
            // "Head of Investor Relations CTRA Aditya …": the title runs on through "of".
            while end < sentence.upperBound, tokens[end].spaceBefore,
                  entityAt[end] >= 0 || isNameWord(end) || keys[end] == tables.ofKey && end + 1 < sentence.upperBound && isNameWord(end + 1) {
                end += 1
            }
        }
        return Name(tokens: run.lowerBound..<end, written: tokens[run.lowerBound].start..<tokens[end - 1].end, category: .ignore)
    }

    private func isLabel(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
        let first = run.lowerBound
        if first > sentence.lowerBound, tables.labelNouns.contains(keys[first - 1]) { return true }
        if run.count >= 2, tables.labelNouns.contains(keys[first]) || tables.jobWords.contains(keys[first]) { return true }
        if tables.jobWords.contains(keys[first]), run.upperBound < sentence.upperBound, keys[run.upperBound] == tables.ofKey { return true }
        if tables.labelEnds.contains(keys[run.upperBound - 1]) { return true }
        return run.upperBound < sentence.upperBound && tokens[run.upperBound].spaceBefore
            && tokens[run.upperBound].kind == .word && ByteClass.isUpperASCII(text[tokens[run.upperBound].start])
            && tables.labelEnds.contains(keys[run.upperBound])
    }

    @inline(never)
    private func isHyphenJoin(_ t: Int, in sentence: Range<Int>, entityAt: [Int32]) -> Bool {
        t + 1 < sentence.upperBound && text[tokens[t].start] == 0x2D && tokens[t].end - tokens[t].start == 1
            && !tokens[t + 1].spaceBefore && entityAt[t + 1] < 0 && isNameWord(t + 1)
    }

    /// A capital after "per", or after "of"/"for" that follows a generic capitalised noun ("Internet of", "Institute for").
    @inline(never)
    private func isTitleTail(_ t: Int, in sentence: Range<Int>) -> Bool {
        // "State of the Global …": past the article.
        let j = t - 1 > sentence.lowerBound && keys[t - 1] == tables.theKey ? t - 2 : t - 1
        guard j > sentence.lowerBound, tokens[j].kind == .word, text[tokens[j].start] &- 0x61 < 26 else { return false }
        let joiner = keys[j]
        if joiner == tables.perKey { return isNameWord(j - 1) }
        guard joiner == tables.ofKey || joiner == tables.forKey, isNameWord(j - 1) else { return false }
        return tables.titleNouns.contains(keys[j - 1]) || tables.organisationWords.contains(keys[j - 1])
    }
    /// "State of the Global Islamic Economy", "Internet of Things": a generic noun alone before "of", "for" or "per".
    @inline(never)
    private func isTitleHead(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard run.count == 1, run.upperBound < sentence.upperBound, tables.titleNouns.contains(keys[run.lowerBound]) else { return false }
        let joiner = keys[run.upperBound]
        return joiner == tables.ofKey || joiner == tables.forKey || joiner == tables.perKey
    }
    static let the = Vocabulary.key("the"), per = Vocabulary.key("per"), of = Vocabulary.key("of"), `for` = Vocabulary.key("for")
    /// Capitalised common nouns that open the titled name of a thing, a measure or a report: "State of …", "Return on …".
    static let titleNouns = Vocabulary.set([
        "internet", "state", "earnings", "revenue", "return", "cost", "price", "rate", "index", "future", "age", "world", "center",
        "centre", "school", "college", "academy", "association", "federation", "society", "foundation", "office", "board", "house",
        "bureau", "league", "union", "forum", "program", "programme", "project", "report", "survey", "index", "network",
    ])

    /// Only punctuation (quotes, bullets) before `t` in the sentence.
    private func isOpening(_ t: Int, in sentence: Range<Int>) -> Bool {
        (sentence.lowerBound..<t).allSatisfy { tokens[$0].kind == .punct }
    }

    /// A common word written with a capital because it opens the sentence.
    private func isCommonWord(_ t: Int) -> Bool {
        tables.openers.contains(keys[t]) || tables.ownedNouns.contains(keys[t]) || tables.notNames.contains(keys[t]) || writtenLowercase(keys[t])
    }

    /// "ICBC merupakan …", "Walmart juga …" (with "saham Walmart" elsewhere): an acronym, or a word the
    /// article also capitalises inside a sentence, followed by a word in lower case. Indonesian derived
    /// words ("Perubahan", "Harganya") never are.
    private func isInitialName(_ t: Int, in sentence: Range<Int>) -> Bool {
        // Cheapest questions first: the scans of the article come last.
        guard t + 1 < sentence.upperBound, !isDerivedWord(t) else { return false }
        let next = tokens[t + 1]
        guard next.kind == .word, !ByteClass.isUpperASCII(text[next.start]) else { return false }
        let key = keys[t]
        guard !tables.openers.contains(key), !tables.ownedNouns.contains(key), !tables.notNames.contains(key) else { return false }
        let (lowercase, capitalised) = usage(of: key)
        return !lowercase && (isAcronym(t) || isVerbLike(t + 1) || capitalised || tables.variantNouns.contains(keys[t + 1]))
    }

    /// "Sigra tipe tertinggi …", "Corolla type G …": a capital opening the sentence before a variant noun names a product.
    static let variantNouns = Vocabulary.set(["tipe", "type", "varian", "variant", "versi", "version", "generasi", "edisi"])

    /// Whether the article writes `key` in lower case somewhere, and whether it capitalises it after another
    /// word: one pass for both questions, ended by the first lower-case use.
    private func usage(of key: UInt64) -> (lowercase: Bool, capitalised: Bool) {
        guard tokens.count <= Self.scanLimit else {
            readUsage()
            return (usage.lowercase.contains(key), usage.capitalised.contains(key))
        }
        var capitalised = false
        var i = 0
        while let hit = nextUse(of: key, from: i) {
            if text[tokens[hit].start] &- 0x61 < 26 { return (true, capitalised) }
            if hit > 0, !capitalised, isCapitalisedInside(hit) { capitalised = true }
            i = hit + 1
        }
        return (false, capitalised)
    }

    /// "Exxon menguat", "Walmart juga", "Nvidia reported": a verb or adverb that follows a sentence's subject.
    private func isVerbLike(_ t: Int) -> Bool {
        if tables.afterSubject.contains(keys[t]) { return true }
        let token = tokens[t]
        guard token.end - token.start >= 6 else { return false }
        let a = text[token.start], b = text[token.start + 1], c = text[token.start + 2]
        return a == 0x6D && b == 0x65 && c != 0x73   // me-, not "mesin"
            || a == 0x62 && b == 0x65 && c == 0x72   // ber-
    }

    private func isAcronym(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.end - token.start >= 3 else { return false }
        for i in token.start..<token.end where !ByteClass.isUpperASCII(text[i]) { return false }
        return true
    }

    /// Ends in -nya, -kan, or is pe-/per-/ke-/ber- … -an: an Indonesian derived word, not a name.
    private func isDerivedWord(_ t: Int) -> Bool {
        let token = tokens[t]
        let n = token.end - token.start
        guard n >= 5 else { return false }
        func at(_ i: Int) -> UInt8 { text[token.start + i] | 0x20 }
        func endsWith(_ s: StaticString) -> Bool {
            let c = s.utf8CodeUnitCount
            return (0..<c).allSatisfy { at(n - c + $0) == s.utf8Start[$0] }
        }
        if endsWith("nya") || endsWith("kan") { return true }
        guard endsWith("an") else { return false }
        return at(0) == 0x70 && at(1) == 0x65 || at(0) == 0x6B && at(1) == 0x65 || at(0) == 0x62 && at(1) == 0x65 && at(2) == 0x72
    }

    /// Most articles are short: a scan of their keys per question is cheaper than building sets; long ones
    /// (a run-on page) build the sets once so the cost stays linear.
    private static let scanLimit = 3000

    private func writtenLowercase(_ key: UInt64) -> Bool {
        if tokens.count <= Self.scanLimit {
            var i = 0
            while let hit = nextUse(of: key, from: i) {
                if text[tokens[hit].start] &- 0x61 < 26 { return true }
                i = hit + 1
            }
            return false
        }
        readUsage()
        return usage.lowercase.contains(key)
    }

    /// The next token from `start` on whose key is `key`: `memchr` over the keys' fingerprints, as most
    /// words of an article are not the one asked about.
    private func nextUse(of key: UInt64, from start: Int) -> Int? {
        if usage.fingerprints.count != keys.count { usage.fingerprints = Self.fingerprints(of: keys) }
        let byte = Int32(Self.fingerprint(key))
        return usage.fingerprints.withUnsafeBufferPointer { f in
            keys.withUnsafeBufferPointer { k in
                guard let base = f.baseAddress else { return nil }
                var i = start
                while i < f.count, let hit = memchr(base + i, byte, f.count - i) {
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if k[i] == key { return i }
                    i += 1
                }
                return nil
            }
        }
    }

    private func isCapitalisedInside(_ i: Int) -> Bool {
        ByteClass.isUpperASCII(text[tokens[i].start]) && tokens[i - 1].kind == .word && !ByteClass.isUpperASCII(text[tokens[i - 1].start])
    }

    private func readUsage() {
        guard !usage.read else { return }
        usage.read = true
        for (i, token) in tokens.enumerated() where token.kind == .word {
            let b = text[token.start]
            if b &- 0x61 < 26 {
                usage.lowercase.insert(keys[i])
            } else if i > 0, isCapitalisedInside(i) {
                usage.capitalised.insert(keys[i])
            }
        }
    }

    /// Capitals only, at the start of the sentence and followed by a comma or a spaced dash: "NEW YORK, KOMPAS.com",
    /// "HONG KONG — DeepSeek".
    private func isDateline(_ run: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard run.upperBound < sentence.upperBound else { return false }
        let next = tokens[run.upperBound]
        guard text[next.start] == 0x2C || (ByteClass.isDash(text, next) && next.spaceBefore) else { return false }
        for t in sentence.lowerBound..<run.upperBound where tokens[t].kind != .punct {
            let token = tokens[t]
            guard token.kind == .word, token.end - token.start >= 2 else { return false }
            for i in token.start..<token.end where text[i] &- 0x61 < 26 { return false }
        }
        return true
    }

    /// The dateline opening `sentence` ("HONG KONG —"), lexicon names included: where the story was filed, which
    /// owns none of its figures.
    func dateline(in sentence: Range<Int>) -> Range<Int>? {
        var end = sentence.lowerBound
        while end < sentence.upperBound, tokens[end].kind == .word, ByteClass.isUpperASCII(text[tokens[end].start]) { end += 1 }
        return end > sentence.lowerBound && isDateline(sentence.lowerBound..<end, in: sentence) ? sentence.lowerBound..<end : nil
    }

    /// A name with a model number or code, or closed by a product suffix, is a product ("Legion Y740", "Band 5",
    /// "Pura 70 Ultra"); two or three title-case words read as a person ("Larry Page"); anything else as a company.
    private func guess(_ range: Range<Int>) -> EntityCategory {
        if range.contains(where: { tokens[$0].kind == .number || tokens[$0].kind == .code }) || tables.productSuffixes.contains(keys[range.upperBound - 1]) {
            return .model
        }
        guard range.count >= 2, range.count <= 3 else { return .company }
        if range.contains(where: { tables.industryWords.contains(keys[$0]) }) { return .company }  // "Sanil Electric"
        let titleCase = range.allSatisfy { t in
            let token = tokens[t]
            return token.kind == .word && token.end - token.start >= 2 && !ByteClass.isUpperASCII(text[token.start + 1])
        }
        return titleCase ? .person : .company
    }

    /// "yang didirikan Yang Zhilin", "pendiri Lenovo, Yang Yuanqing": after a word in lower case or a comma, a capital
    /// "Yang" before a capitalised word is the surname, not the relative pronoun (a headline in title case
    /// capitalises the word before it too).
    private func isSurnameYang(_ t: Int, in sentence: Range<Int>) -> Bool {
        guard keys[t] == tables.yangKey, t > sentence.lowerBound, t + 1 < sentence.upperBound, tokens[t].end - tokens[t].start == 4,
              text[tokens[t].start + 1] == 0x61 else { return false }
        let before = tokens[t - 1]
        let lowerBefore = before.kind == .word && text[before.start] &- 0x61 < 26 || before.kind == .punct && text[before.start] == 0x2C
        return lowerBefore && isNameWord(t + 1) && !tables.notNames.contains(keys[t + 1])
            && keys[t + 1] != tables.muliaKey
    }
    static let mulia = Vocabulary.key("mulia")  // "Yang Mulia": Your Honour

    private func isNameWord(_ t: Int) -> Bool {
        let token = tokens[t]
        return token.kind == .word && ByteClass.isUpperASCII(text[token.start]) && !tables.capitalsNoName.contains(keys[t])
    }

    /// Capitalised words that open no name: currencies before or after an amount, dollar prefixes, the words that
    /// open a figure, demonyms. One set, as `isNameWord` asks it of every capital (five lookups were 2 % of the extractor).
    static let capitalsNoName = WordSet(Vocabulary.currencyBefore.members + Vocabulary.currencyAfter.members
        + Vocabulary.dollarPrefixes.members + Vocabulary.starters.members + demonyms.members)

    /// "Galaxy A50s", "Realme C3": a code right after a name word belongs to it.
    private func isCodeAfterName(_ t: Int) -> Bool { tokens[t].kind == .code && ByteClass.isUpperASCII(text[tokens[t].start]) }

    /// "Realme 5 Pro", "Honor 9 Lite": a one- or two-digit number inside a name when a capitalised name word
    /// (not a month) follows it; "Samsung 20 persen" stays a name and a figure.
    private func isModelNumber(_ t: Int, in sentence: Range<Int>, entityAt: [Int32]) -> Bool {
        guard tokens[t].kind == .number, tokens[t].end - tokens[t].start <= 2, t + 1 < sentence.upperBound,
              tokens[t + 1].spaceBefore, entityAt[t + 1] < 0, isNameWord(t + 1) else { return false }
        return tables.months[keys[t + 1]] == nil && (!tables.notNames.contains(keys[t + 1]) || tables.productSuffixes.contains(keys[t + 1]))
    }

    /// Words that are no name alone but end a product's name inside one ("Find X9 Pro", "Realme 5 Pro").
    static let productSuffixes = Vocabulary.set(["pro", "max", "plus", "ultra", "mini", "lite"])

    /// A sentence in headline case (most words capitalised) has no telling capitals.
    private func isHeadline(_ sentence: Range<Int>) -> Bool {
        // On the tokens' memory: asked of every sentence with a name, a bounds check per token and look was a fifth of it.
        tokens.withUnsafeBufferPointer { tokens in
            var words = 0, capitals = 0
            for t in sentence where tokens[t].kind == .word {
                let capital = ByteClass.isUpperASCII(text[tokens[t].start])
                // "Steve Ballmer -- 156 miliar dollar AS": a headline would capitalise the scale.
                if t > sentence.lowerBound, tokens[t - 1].kind == .number, tables.scales[keys[t]] != nil, !capital { return false }
                words += 1
                if capital {
                    capitals += 1
                } else if (words - capitals) * 10 > sentence.count * 3 {
                    return false  // more words in lower case than 30 % of the sentence's tokens: no headline, whatever follows
                }
            }
            return words >= 4 && capitals * 10 >= words * 7
        }
    }

    static let pt = Vocabulary.key("PT")
    static let connectors = Vocabulary.set(["bin", "binti", "van", "de", "der", "von", "&", "al"])
    static let companyForms = Vocabulary.set(["inc", "corp", "corporation", "co", "ltd", "limited", "tbk", "group", "holdings", "holding", "llc", "plc", "ag", "sa", "technologies", "technology", "labs", "capital", "ventures", "electronics", "motors", "pt"])
    static let titles = Vocabulary.set([
        "ceo", "cto", "cfo", "presiden", "wakil", "menteri", "gubernur", "bupati", "walikota", "direktur", "dirut", "ketua",
        "pendiri", "founder", "chairman", "president", "minister", "governor", "director", "chief", "senator", "analis", "analyst",
        "profesor", "professor", "prof", "dr", "mr", "mrs", "ms", "pak", "bu", "bapak", "ibu",
    ])
    /// Nouns whose name follows them and is a label: "seri Serie B", "segmen Inspeksi", "paket Premium".
    static let labelNouns = Vocabulary.set([
        "seri", "serie", "series", "segmen", "segment", "kategori", "category", "paket", "package", "tier", "edisi", "edition",
        "putaran", "round", "mode", "fitur", "feature", "program", "proyek", "project", "kode", "code", "sandi", "codename",
        "promo", "proteksi", "protection", "garansi", "warranty", "voucher",
    ])
    /// Words closing an offer's, plan's or document's name: "Premium Service", "Work Trend Index", "Economic Outlook".
    static let labelEnds = Vocabulary.set([
        "service", "plan", "index", "indeks", "report", "survey", "outlook", "award", "awards", "summit",
        "conference", "expo", "festival", "programme", "package", "bundle", "edition", "membership", "subscription",
    ])
    /// Job words opening a run of title, company and person: "Marketing Manager Oppo Indonesia Budi".
    static let jobWords = Vocabulary.set([
        "marketing", "product", "brand", "sales", "head", "manager", "pemasaran", "humas", "communications", "komunikasi",
        "senior",
    ])
    /// English speech verbs: an acronym before them is read as a company ("NIO said"), not as a person.
    static let englishSpeech = Vocabulary.set(["said", "says", "told", "added", "noted", "explained"])
    /// Words of an industry in a name make it a company: "Sanil Electric", "Kakao Mobility".
    static let industryWords = Vocabulary.set([
        "electric", "energy", "tech", "semiconductor", "semiconductors", "mobile", "mobility", "motor", "systems", "solutions",
        "software", "networks", "network", "media", "digital", "telecom", "telecommunications", "airlines", "bank", "pharma",
        "robotics", "instruments", "industries", "industrial", "chemical", "steel", "power", "foods", "retail", "mart", "securities",
        "insurance", "financial", "partners", "devices", "computing", "cloud", "games", "studio", "studios", "auto", "automotive",
        "microelectronics", "micro", "data", "ai", "bio", "biotech", "logistics", "express", "air", "pay", "tbk",
    ])
    /// Places and portfolios between a title and the holder's name: "Gubernur Jawa Barat", "Menteri Keuangan".
    static let officeWords = Vocabulary.set([
        "jawa", "barat", "timur", "tengah", "utara", "selatan", "dki", "jakarta", "sumatera", "kalimantan", "sulawesi", "bali",
        "papua", "aceh", "riau", "banten", "yogyakarta", "diy", "ntt", "ntb", "keuangan", "perdagangan", "perindustrian",
        "komunikasi", "digital", "informatika", "kominfo", "komdigi", "luar", "dalam", "negeri", "bumn", "investasi", "pertahanan",
        "kesehatan", "pendidikan", "tenaga", "kerja", "koordinator", "bidang", "perekonomian", "ekonomi", "kreatif", "pariwisata",
        "eksekutif", "utama", "executive", "officer", "financial", "technology", "operating", "of", "the", "treasury", "commerce",
        "state", "finance", "secretary", "menkeu", "ri", "republik", "indonesia", "operation", "operations", "marketing", "sales",
    ])
    /// Words that follow a sentence's subject: "ICBC merupakan", "CRSN sendiri", "Nvidia said".
    static let afterSubject = Vocabulary.set([
        "juga", "sendiri", "merupakan", "adalah", "ialah", "telah", "sudah", "akan", "masih", "kini", "pun", "tercatat", "terus",
        "hanya", "baru", "bahkan", "mencatat", "has", "had", "have", "is", "was", "will", "would", "said", "says", "reported",
        "posted", "raised", "rose", "fell", "gained", "lost", "earned", "plans", "announced", "also",
    ])
    /// Capitalised words that commonly open a sentence and are no names, in both languages.
    static let openers = Vocabulary.set([
        "selama", "sekitar", "lebih", "kurang", "hampir", "rata-rata", "sebagian", "seluruh", "semua", "setiap", "tiap", "beberapa",
        "banyak", "sejumlah", "jumlah", "angka", "nilai", "kenaikan", "penurunan", "peningkatan", "pertumbuhan", "dengan", "melalui",
        "dibandingkan", "sedangkan", "sebab", "oleh", "begitu", "demikian", "tentu", "memang", "sayangnya", "akhirnya", "padahal",
        "terlebih", "apalagi", "misalnya", "contohnya", "produk", "layanan", "program", "paket", "model", "laptop", "mobil",
        "baterai", "layar", "kamera", "varian", "tipe", "versi", "generasi", "saham", "dana", "pajak", "tarif", "ekspor", "impor",
        "negara", "pemerintah", "masyarakat", "konsumen", "pengguna", "warga", "pekerja", "investor", "analis", "laporan", "data",
        "survei", "riset", "studi", "hasil", "berita", "informasi", "sebelumnya", "sementara", "meski", "walau", "diketahui",
        "dilansir", "mengutip", "dikutip", "tercatat", "terdapat", "simak", "lihat", "tonton", "klik", "cek", "catat",
        "some", "many", "most", "more", "less", "about", "around", "nearly", "almost", "over", "under", "each", "every", "all",
        "last", "next", "earlier", "later", "meanwhile", "still", "now", "then", "here", "sales", "revenue", "shares", "prices",
        "price", "its", "their", "our", "your", "my", "companies", "firms", "users", "analysts", "investors", "data", "reports",
        "research", "during", "despite", "under", "between", "among", "within", "without", "through", "into", "just", "only",
    ])
    static let organisationWords = Vocabulary.set([
        "kementerian", "badan", "komisi", "dewan", "otoritas", "lembaga", "departemen", "universitas", "institut", "pemerintah",
        "pemprov", "pemkot", "pemkab", "bank", "ministry", "department", "commission", "council", "authority", "university", "institute", "agency",
    ])
    /// Capitalised words that are not names: function words, weekdays, units, common acronyms of things.
    static let notNames = Vocabulary.set([
        "namun", "dalam", "pada", "di", "menurut", "ketika", "saat", "setelah", "sebelum", "sejak", "meskipun", "meski",
        "untuk", "dengan", "selain", "sementara", "dan", "atau", "tetapi", "ini", "itu", "hal", "ia", "dia", "mereka", "kami",
        "kita", "saya", "sebuah", "para", "bahkan", "jika", "karena", "yang", "ada", "dari", "ke", "oleh", "baca", "juga",
        "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "this", "that", "it", "its", "he", "she", "they", "we", "i",
        "his", "her", "their", "our", "as", "by", "of", "to", "with", "from", "after", "before", "while", "when", "if",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "wib", "wit", "wita", "ai", "a.i", "llm", "llms", "gpu", "gpus", "cpu", "api", "vpn", "ipo", "pdb",
        "gdp", "ram", "rom", "gb", "tb", "mb", "mah", "hz", "usb", "nfc", "ui", "ux", "hp", "ponsel", "smartphone", "foto",
        "ilustrasi", "dok", "sumber", "kompas.com", "kompas", "kecerdasan", "buatan", "artificial", "intelligence", "sebanyak",
        "tahun", "bulan", "pekan", "hari", "kini", "adapun", "sedangkan", "selanjutnya", "sebelumnya", "kemudian", "lalu",
        "tak", "tidak", "bukan", "perusahaan", "pihak", "total", "harga", "persen", "rp", "us", "apakah", "bagaimana", "mengapa",
        "kenapa", "apa", "siapa", "tapi", "sehingga", "maka", "agar", "supaya", "yakni", "yaitu", "seperti", "antara", "hingga",
        "sampai", "terkait", "berdasarkan", "sebagai", "bagi", "tahun", "there", "these", "those", "what", "which", "who",
        "how", "why", "according", "however", "also", "yet", "so", "not", "no", "one", "new", "pro", "max", "plus", "ultra", "mini", "lite",
        "gratis", "free", "promo", "diskon", "cashback", "varian", "rata", "indeks", "index", "ekonomi", "pasar",
        "sedang", "phk", "dpr", "pdb", "bumn", "umkm", "ojk", "hut", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "series", "seri", "ebitda", "ebit", "oled", "amoled", "lcd", "led", "ssd", "hdd", "yoy", "qoq", "mtd", "ytd",
        // Common words that open Indonesian sentences in capitals and were taken for owners on the 27,494-article corpus
        // ("Anda", "Berikut", "Bagian punggung …", "Jumlah …"): never a name on their own nor part of one.
        "anda", "berikut", "kalau", "jadi", "termasuk", "dimana", "seiring", "secara", "sempat", "usai", "sekarang", "tadi",
        "jumlah", "pasal", "populasi", "periode", "ketiga", "bagian", "konsumen", "peserta", "realisasi", "triwulan", "semester", "undang",
        // Market indices and ratios: what a figure measures, never whose it is ("IHSG meningkat 0,41 persen", "bank itu
        // mencatat NIM sebesar 6,65 persen", "ULN Indonesia … angka tersebut tumbuh"). A tax keeps its rate ("PPnBM (15
        // persen)"): the judges of the answer keys disagree on it, and an earlier round chose the tax.
        "ihsg", "nim", "roe", "roa", "npl", "uln", "cagr",
    ])

    /// Nationality words that stand for their country as a subject ("Chinese firms", "perusahaan asal Negeri").
    static let demonyms: WordTable<String> = Vocabulary.map([
        "chinese": Rivals.china, "american": Rivals.unitedStates, "americans": Rivals.unitedStates, "japanese": "Japan",
        "korean": "South Korea", "indonesian": "Indonesia", "taiwanese": "Taiwan", "british": "United Kingdom",
        "french": "France", "german": "Germany", "indian": "India", "russian": "Russia", "singaporean": "Singapore",
        "european": "European Union", "malaysian": "Malaysia", "vietnamese": "Vietnam",
    ])
}
