import Foundation
import Stats

/// What a figure measures, so that only like is compared with like: a chart holds one measure, and for money
/// one currency. The only place that reads a fact's kind, role, direction, noun and unit for that purpose —
/// when the extractor's roles become enums, this file is what changes.
struct Measure: Hashable, Sendable, Comparable {
    /// The comparable quantity, a stable key (part of chart file names).
    enum Quantity: String, Sendable, CaseIterable {
        case freeTokens = "tokens"
        case models = "model-counts"
        case valuation, marketValue = "market-value", trainingCost = "training-cost", cost
        case revenue, profit, loss, funding, budget, price
        /// A signed percent change ("shares fell 17%"); growth rates read the same way.
        case percentChange = "percent-change"
        /// A share of a whole ("80% of the market").
        case percentShare = "percent-share"
        /// A rate or a discount ("a 40% discount").
        case percentRate = "percent-rate"

        /// The quantity's place in `allCases`, by a switch: the fact table sorts thousands of figures by measure, and a
        /// dictionary of places hashed the quantity (its raw string) twice in every comparison.
        var rank: Int {
            switch self {
            case .freeTokens: 0
            case .models: 1
            case .valuation: 2
            case .marketValue: 3
            case .trainingCost: 4
            case .cost: 5
            case .revenue: 6
            case .profit: 7
            case .loss: 8
            case .funding: 9
            case .budget: 10
            case .price: 11
            case .percentChange: 12
            case .percentShare: 13
            case .percentRate: 14
            }
        }
    }

    var quantity: Quantity
    /// ISO 4217 currency for money; nil otherwise.
    var currency: String?

    /// Chart file name without extension: "tokens", "money-valuation-usd", "percent-change".
    var fileName: String {
        guard let currency else { return quantity.rawValue }
        return "money-\(quantity.rawValue)-\(currency.lowercased())"
    }

    var isMoney: Bool { currency != nil }
    var isPercent: Bool { [.percentChange, .percentShare, .percentRate].contains(quantity) }

    static func < (a: Measure, b: Measure) -> Bool {
        (a.quantity.rank, a.currency ?? "") < (b.quantity.rank, b.currency ?? "")
    }

    /// What `fact` measures, or nil when the article does not say (it then stays out of comparison charts).
    static func of(_ fact: Fact) -> Measure? {
        switch fact.kind {
        case .tokens: return Measure(quantity: .freeTokens)
        case .modelCount: return Measure(quantity: .models)
        case .money:
            guard let role = fact.role, let currency = fact.unit, let q = moneyQuantity[role] else { return nil }
            return Measure(quantity: q, currency: currency)
        case .percent:
            return percentQuantity(fact).map { Measure(quantity: $0) }
        case .count, .date, .duration:
            return nil
        }
    }

    /// The sign a percent change carries: -1 when it fell, 1 otherwise.
    static func sign(_ fact: Fact) -> Double {
        if let direction = percentField(fact, "direction") { return direction == "down" ? -1 : 1 }
        return CueWords(fact).contains(falling) ? -1 : 1
    }

    // Money roles as the extractor writes them (raw values of its role).
    private static let moneyQuantity: [String: Quantity] = [
        "valuation": .valuation, "market_value": .marketValue, "training_cost": .trainingCost, "cost": .cost,
        "revenue": .revenue, "profit": .profit, "loss": .loss, "investment": .funding, "funding": .funding, "budget": .budget, "price": .price,
    ]

    /// The percent's role when the extractor gives one; else the words right around the number.
    private static func percentQuantity(_ fact: Fact) -> Quantity? {
        if let role = fact.role {
            switch role {
            case "change", "growth": return .percentChange
            case "share": return .percentShare
            case "rate", "discount": return .percentRate
            default: return nil
            }
        }
        let near = CueWords(fact)
        if near.contains(falling) || near.contains(rising) { return .percentChange }
        if near.contains(shareWords) { return .percentShare }
        if near.contains(rateWords) { return .percentRate }
        return nil
    }

    /// The extractor's percent `direction` ("up"/"down") when it read one.
    private static func percentField(_ fact: Fact, _ name: String) -> String? { fact.direction?.rawValue }

    private static let falling: Set<String> = ["turun", "merosot", "anjlok", "jatuh", "melemah", "menurun", "terjun", "ambles", "fell", "dropped", "declined", "slumped", "plunged", "lost", "down", "fall", "drop"]
    private static let rising: Set<String> = ["naik", "melonjak", "meningkat", "tumbuh", "menguat", "melesat", "bertambah", "rose", "jumped", "surged", "grew", "gained", "rise", "up", "growth", "pertumbuhan", "kenaikan", "penurunan"]
    private static let shareWords: Set<String> = ["pangsa", "porsi", "share", "menguasai", "dari", "of"]
    private static let rateWords: Set<String> = ["diskon", "discount", "tingkat", "rate", "bunga", "potongan"]
}

/// The four words before a figure and the two after it, where the words that say what a percent measures stand.
/// Read once per figure, scanning from the figure outwards rather than splitting and lower-casing the sentence.
struct CueWords {
    /// Lower-cased once: a figure is checked against up to three lists of cues.
    let words: [String]

    init(_ fact: Fact) {
        // The figure's words are a copy of the sentence's bytes, so a search of the UTF-8 bytes finds them (Foundation's
        // `range(of:)` converted both strings to UTF-16 first, for every percent in the corpus).
        guard let r = Self.firstByteRange(of: fact.text, in: fact.sentence) else { words = []; return }
        words = Self.asciiWords(around: r, in: fact.sentence) ?? Self.characterWords(around: r, in: fact.sentence)
    }

    /// The words by `Character`: what a letter is, and its lower case, by Unicode's rules.
    static func characterWords(around r: Range<String.Index>, in sentence: String) -> [String] {
        (last(4, in: sentence[..<r.lowerBound]) + first(2, in: sentence[r.upperBound...])).map { $0.lowercased() }
    }

    /// The same words read from the bytes, when every byte read is ASCII (most sentences): a letter is then A–Z or a–z
    /// and lower-casing is a byte operation. Nil at the first other byte, where only `Character` says what a letter is
    /// (walking `Character`s and lower-casing `String`s was most of the time the spec spent on percents).
    static func asciiWords(around r: Range<String.Index>, in sentence: String) -> [String]? {
        var sentence = sentence
        let utf8 = sentence.utf8
        let start = utf8.distance(from: utf8.startIndex, to: r.lowerBound), end = utf8.distance(from: utf8.startIndex, to: r.upperBound)
        return sentence.withUTF8 { bytes -> [String]? in
            func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
            func word(_ range: Range<Int>) -> String {
                String(decoding: bytes[range].lazy.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            var words: [String] = []
            // Before the figure, nearest word first.
            var i = start, wordEnd: Int?
            while i > 0, words.count < 4 {
                let b = bytes[i - 1]
                guard b < 0x80 else { return nil }
                if isLetter(b) {
                    if wordEnd == nil { wordEnd = i }
                } else if let e = wordEnd {
                    words.append(word(i..<e))
                    wordEnd = nil
                }
                i -= 1
            }
            if let e = wordEnd, words.count < 4 { words.append(word(i..<e)) }
            // After it.
            var after = 0, j = end, wordStart: Int?
            while j < bytes.count, after < 2 {
                let b = bytes[j]
                guard b < 0x80 else { return nil }
                if isLetter(b) {
                    if wordStart == nil { wordStart = j }
                } else if let s = wordStart {
                    words.append(word(s..<j))
                    after += 1
                    wordStart = nil
                }
                j += 1
            }
            if let s = wordStart, after < 2 { words.append(word(s..<j)) }
            return words
        }
    }

    /// Whether one of `cues` is among the words.
    func contains(_ cues: Set<String>) -> Bool { words.contains { cues.contains($0) } }

    /// Where `needle`'s bytes first occur in `text` (nil for an empty needle, as Foundation's search gives).
    static func firstByteRange(of needle: String, in text: String) -> Range<String.Index>? {
        var text = text, needle = needle
        let offset: Int? = text.withUTF8 { hay in
            needle.withUTF8 { bytes in
                guard let first = bytes.first, let base = hay.baseAddress else { return nil }
                var from = 0
                // Each place the first byte occurs, then the rest compared.
                while from + bytes.count <= hay.count {
                    guard let hit = memchr(base + from, Int32(first), hay.count - bytes.count - from + 1) else { return nil }
                    let at = UnsafeRawPointer(base).distance(to: hit)
                    if memcmp(hit, bytes.baseAddress!, bytes.count) == 0 { return at }
                    from = at + 1
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The last `n` runs of letters in `text`.
    private static func last(_ n: Int, in text: Substring) -> [Substring] {
        var words: [Substring] = [], wordEnd: String.Index?, i = text.endIndex
        while i > text.startIndex, words.count < n {
            let j = text.index(before: i)
            if text[j].isLetter {
                if wordEnd == nil { wordEnd = i }
            } else if let end = wordEnd {
                words.append(text[i..<end]); wordEnd = nil
            }
            i = j
        }
        if let end = wordEnd, words.count < n { words.append(text[i..<end]) }
        return words
    }

    /// The first `n` runs of letters in `text`.
    private static func first(_ n: Int, in text: Substring) -> [Substring] {
        var words: [Substring] = [], wordStart: String.Index?, i = text.startIndex
        while i < text.endIndex, words.count < n {
            if text[i].isLetter {
                if wordStart == nil { wordStart = i }
            } else if let start = wordStart {
                words.append(text[start..<i]); wordStart = nil
            }
            i = text.index(after: i)
        }
        if let start = wordStart, words.count < n { words.append(text[start..<i]) }
        return words
    }
}

extension Measure {
    /// Ids of figures that only restate another figure of their sentence in another currency ("4 triliun dollar AS
    /// (sekitar Rp 65.000 triliun)"): the article's own figure is compared, its conversion is not.
    static func restatements(_ facts: [CorpusFact]) -> Set<String> {
        struct Key: Hashable { var sentence: String; var unit: String; var value: Double }
        var equivalents = Set<Key>()
        for f in facts { if let e = f.fact.equivalent { equivalents.insert(Key(sentence: f.fact.sentence, unit: e.unit, value: e.value)) } }
        guard !equivalents.isEmpty else { return [] }
        var ids = Set<String>()
        for f in facts where f.fact.kind == .money && f.fact.equivalent == nil {
            if let unit = f.fact.unit, let v = f.fact.value.number, equivalents.contains(Key(sentence: f.fact.sentence, unit: unit, value: v)) { ids.insert(f.id) }
        }
        return ids
    }
}
