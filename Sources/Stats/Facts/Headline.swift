import Foundation

/// The manifest's title read as a headline line before the text. Scraped articles often lose their headline (and
/// with it the only naming of the product: "Harganya Rp 2,9 juta" in a review of the Realme 5 Pro); the manifest beside
/// the folder keeps it. The headline names the article's subject when it names exactly one company or product: a
/// lexicon company or model, or a product written after one with a model number ("Realme 5 Pro", "Oppo A9",
/// "Samsung Galaxy A50s"). Two owners ("Xiaomi vs Realme") name none, also when the other is a company only the text
/// names ("Telkomsel Luncurkan Kartu Perdana Simpati TikTok", "Amazon dan Walmart …"); so does a digest of stories
/// ("Daftar Harga Mobil Bekas | Mobil Listrik VW"). Several products of one ("Realme 5 dan Realme 5 Pro", "Samsung Galaxy
/// A10s, A30s, A50s") name their maker.
/// The title adds no mentions: the mentions chart counts the text.
struct Headline {
    /// The one company or product the headline names: a lexicon subject, or a product named as in the title with the
    /// subject index of its maker.
    enum Subject: Equatable {
        case known(Int)
        case product(String, maker: Int)
    }

    /// The subject of `title`, if it names exactly one company or product. `categories` and `makers` are the analyzer's
    /// per subject index (a model's maker, or -1); `companies` the names of companies and organisations the text names
    /// that the lexicon does not know.
    static func subject(of title: String, matcher: EntityMatcher, categories: [EntityCategory], makers: [Int32],
                        companies: [String] = []) -> Subject? {
        guard !title.contains(" | ") else { return nil }
        var title = title
        return title.withUTF8 { text -> Subject? in
            let tokens = Tokenizer.tokenize(text)
            let keys = WordKey.keys(of: tokens, in: text)
            var matches: [EntityMatcher.Match] = []
            matcher.forEachMatch(in: text, tokens: tokens, keys: keys, range: 0..<tokens.count) { matches.append($0) }
            var owners: Set<Int> = [], products: Set<String> = [], named: Int?, listed = false
            for (i, match) in matches.enumerated() {
                let category = categories[match.entity]
                guard category == .company || category == .model else { continue }
                // A short product line alone is as often a word in headline case ("Mi Berformalin"): only with its maker
                // or a model number ("Xiaomi Mi 9", "Mi 9").
                if category == .model, match.end - match.start <= 3, !(i > 0 && matches[i - 1].tokens.upperBound == match.tokens.lowerBound),
                   productEnd(after: match.tokens.upperBound, text: text, tokens: tokens, keys: keys) == nil { continue }
                let owner = makers[match.entity] >= 0 ? Int(makers[match.entity]) : match.entity
                owners.insert(owner)
                // "Pertamina, Shell, BP, Vivo", "Amazon dan Walmart": listed with a name the lexicon lacks, one of several.
                if isListed(match, with: matches, text: text, tokens: tokens, keys: keys) { owners.insert(-1) }
                named = named ?? match.entity
                // A model right after its maker is read with it ("Samsung Galaxy A50s"), from the maker.
                if i + 1 < matches.count, matches[i + 1].tokens.lowerBound == match.tokens.upperBound,
                   makers[matches[i + 1].entity] == Int32(match.entity) { continue }
                let start = i > 0 && matches[i - 1].tokens.upperBound == match.tokens.lowerBound
                    && makers[match.entity] == Int32(matches[i - 1].entity) ? matches[i - 1].tokens.lowerBound : match.tokens.lowerBound
                if let end = productEnd(after: match.tokens.upperBound, text: text, tokens: tokens, keys: keys) {
                    products.insert(String(decoding: UnsafeBufferPointer(rebasing: text[tokens[start].start..<tokens[end - 1].end]), as: UTF8.self))
                    // "A10s, A30s, A50s", "Z Fold 6 dan Z Fold 7": more model numbers listed after it.
                    if end + 1 < tokens.count, isListJoiner(end, text: text, tokens: tokens, keys: keys),
                       productEnd(after: end + 1, text: text, tokens: tokens, keys: keys, first: true) != nil { listed = true }
                }
            }
            guard owners.count == 1, let owner = owners.first, let named,
                  !namesAnother(companies, in: text, tokens: tokens, keys: keys, beside: matches) else { return nil }
            if products.count == 1, !listed, let product = products.first { return .product(product, maker: owner) }
            return .known(categories[owner] == .company ? owner : named)
        }
    }

    /// Just past a model number after a maker or model (`from` is the token after it): a code ("A9", "V17") or a short
    /// number ("5", "40") not followed by a unit ("10 Juta"), directly or after one name word ("Note 8", "Find X9"),
    /// then suffixes ("Pro", "Max"). Nil when none follows: "Huawei Luncurkan …", "Sigra 2019" (a year is no model number).
    /// With `first`, `from` may open the title or follow a comma without a space.
    private static func productEnd(after from: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64], first: Bool = false) -> Int? {
        func isModelNumber(_ t: Int) -> Bool {
            guard t < tokens.count, tokens[t].spaceBefore || first && t == from else { return false }
            let token = tokens[t]
            switch token.kind {
            case .code: return ByteClass.isASCIILetter(text[token.start])
            case .number:
                return token.end - token.start <= 3
                    && (t + 1 == tokens.count || !unitWords.contains(keys[t + 1]) && Vocabulary.months[keys[t + 1]] == nil)
            default: return false
            }
        }
        var end: Int
        if isModelNumber(from) {
            end = from + 1
        } else if from < tokens.count, tokens[from].kind == .word, tokens[from].spaceBefore || first, ByteClass.isUpperASCII(text[tokens[from].start]),
                  !commonWords.contains(keys[from]), isModelNumber(from + 1) {
            end = from + 2
        } else {
            return nil
        }
        while end < tokens.count, tokens[end].spaceBefore, suffixes.contains(keys[end]) { end += 1 }
        return end
    }

    /// Whether the title writes one of `companies` as another actor: opening it ("Telkomsel Luncurkan Kartu Perdana
    /// Simpati TikTok"; an acronym there is the maker's local arm: "TAM Janjikan Toyota Prius …") or listed with a
    /// lexicon name ("Amazon dan Walmart …", "Shell, BP, Vivo"). Elsewhere a name the text found is as often the
    /// product ("Suzuki Masih Bergantung dengan Carry") or a venue ("… Meluncur di GIIAS 2025").
    private static func namesAnother(_ companies: [String], in text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64],
                                     beside matches: [EntityMatcher.Match]) -> Bool {
        func isJoiner(_ t: Int) -> Bool { t >= 0 && t < tokens.count && isListJoiner(t, text: text, tokens: tokens, keys: keys) }
        let opening = tokens.firstIndex { $0.kind != .punct } ?? 0
        return companies.contains { name in
            var name = name
            return name.withUTF8 { name in
                guard !name.isEmpty, name.count <= text.count else { return false }
                for start in 0...(text.count - name.count) where text[start] == name[0] {
                    guard memcmp(text.baseAddress! + start, name.baseAddress!, name.count) == 0 else { continue }
                    let end = start + name.count
                    guard let first = tokens.firstIndex(where: { $0.start == start }),
                          let last = tokens.firstIndex(where: { $0.end == end }), first <= last else { continue }
                    if matches.contains(where: { $0.start < end && start < $0.end }) { continue }
                    let acronym = !name.contains { $0 >= 0x61 && $0 <= 0x7A }
                    if first == opening, !acronym, !matches.contains(where: { $0.tokens.lowerBound == last + 1 }) { return true }
                    if isJoiner(first - 1), matches.contains(where: { $0.tokens.upperBound == first - 1 }) { return true }
                    if isJoiner(last + 1), matches.contains(where: { $0.tokens.lowerBound == last + 2 }) { return true }
                }
                return false
            }
        }
    }

    /// Whether a capitalised word outside the lexicon's names is joined to `match` by a comma or a joiner.
    private static func isListed(_ match: EntityMatcher.Match, with matches: [EntityMatcher.Match], text: UnsafeBufferPointer<UInt8>,
                                 tokens: [Token], keys: [UInt64]) -> Bool {
        func isJoiner(_ t: Int) -> Bool { isListJoiner(t, text: text, tokens: tokens, keys: keys) }
        func isOtherName(_ t: Int) -> Bool {
            tokens[t].kind == .word && ByteClass.isUpperASCII(text[tokens[t].start]) && !commonWords.contains(keys[t])
                && Vocabulary.currencyBefore[keys[t]] == nil && !matches.contains { $0.tokens.contains(t) }
        }
        let before = match.tokens.lowerBound, after = match.tokens.upperBound
        return before >= 2 && isJoiner(before - 1) && isOtherName(before - 2)
            || after + 1 < tokens.count && isJoiner(after) && isOtherName(after + 1)
    }

    /// A comma or "dan", "and", "vs" between two names of a list.
    private static func isListJoiner(_ t: Int, text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64]) -> Bool {
        text[tokens[t].start] == UInt8(ascii: ",") || listJoiners.contains(keys[t])
    }

    static let listJoiners = Vocabulary.set(["dan", "and", "atau", "or", "vs", "&"])
    static let suffixes = Vocabulary.set(["pro", "max", "plus", "ultra", "mini", "lite", "prime", "neo", "fold", "flip", "se"])
    /// Words that make the number after them a quantity, not a model number.
    static let unitWords = Vocabulary.set(["juta", "miliar", "triliun", "ribu", "persen", "million", "billion", "percent", "tahun",
                                           "years", "jam", "hari", "menit", "inci", "inch", "mp", "gb", "tb", "mah", "unit", "x"])
    /// Headline words that are no product name, before a number: "Rilis 3 …", "Jual 10 …", "Top 5 …".
    static let commonWords = Vocabulary.set(Vocabulary.indonesianStopwordList + Vocabulary.englishStopwordList + [
        "rilis", "luncurkan", "meluncur", "jual", "top", "harga", "hanya", "cuma", "mulai", "kuartal", "quarter", "tipe", "varian",
        "seri", "series", "generasi", "versi", "baru", "new", "punya", "pakai", "bawa", "siapkan", "kenalkan", "tawarkan", "vs",
        "mobil", "motor", "ponsel", "hp", "laptop", "info", "diskon", "promo", "review", "spesifikasi", "resmi", "kata", "says",
    ])
}

/// Lines that name no one under a title that names the article's product or company: "mobil ini dibanderol Rp 150
/// juta", "Harganya Rp 2,9 juta" in an article whose text never names the Daihatsu Sigra or the Realme 5 Pro. A price,
/// amount or share whose sentence names no one (`isUnnamedLine`) is the headline's, unless the text says otherwise: its
/// own subject has another owner, or the company or product it named last is another lexicon one, an organisation
/// (a regulator's rule: "uang muka menjadi 20 persen") or another product.
/// A name merely found in the text (a dealer, "PT Astra International", a speaker's employer) does not contradict
/// the headline: it is weaker evidence than the title.
extension FactExtractor {
    func headlineSubject(of f: Fact, _ quantity: Range<Int>, in sentence: Range<Int>, clauses: [Range<Int>], discourse: inout Discourse) -> Int? {
        guard let headline = discourse.headline, Self.ownedKinds.contains(f.kind) else { return nil }
        let owner = attribution.owner(headline)
        if let last = discourse.lastCompany, last != headline, attribution.owner(last) != owner,
           last < knownSubjects || attribution.category(last) == .organisation || entityNames[last].utf8.contains(where: ByteClass.isDigit) { return nil }
        if discourse.headlineAgreed == nil {
            let own = ArticleSubject(attribution: attribution, names: entityNames, knownSubjects: knownSubjects)?.entity
            discourse.headlineAgreed = own.map { $0 == headline || attribution.owner($0) == owner } ?? true
        }
        guard discourse.headlineAgreed == true else { return nil }
        return isUnnamedLine(f, quantity, in: sentence, clauses: clauses) ? headline : nil
    }
}
