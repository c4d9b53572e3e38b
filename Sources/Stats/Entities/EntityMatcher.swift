/// Finds lexicon names in tokenized text: whole tokens, longest alias first. Case is ignored when the
/// text capitalises the word or has digits in it ("OpenAi", "01.ai"), never for a short upper-case
/// alias ("AS", "US"), and never for a word written all in lower case ("apple", "as"). A multi-word
/// alias also matches joined ("ZhipuAI" for "Zhipu AI").
///
/// Candidates are looked up by the hash of a token's bytes, so a scan costs one hash and one
/// dictionary probe per token whatever the size of the lexicon.
public struct EntityMatcher: Sendable {
    /// One found name: which entity, and the tokens and bytes it covers.
    public struct Match: Equatable, Sendable {
        public var entity: Int
        public var tokens: Range<Int>
        public var start: Int
        public var end: Int
    }

    public let lexicon: Lexicon
    private var aliasBytes: [[UInt8]] = []
    private var aliasEntity: [Int] = []
    /// Aliases that match only as written: upper case, at most three letters ("AS", "U.S.").
    private var exactOnly: [Bool] = []
    /// First-token hash → alias indices, longest alias first.
    private var byFirstToken = WordTable<[Int]>([:])

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var byFirstToken: [UInt64: [Int]] = [:]
        let aliasCount = lexicon.entities.reduce(0) { $0 + $1.aliases.count }
        // Sized up front: growing these tables was a fifth of loading a 100,000-entry lexicon.
        var seen = Set<[UInt8]>(minimumCapacity: aliasCount * 2)
        byFirstToken.reserveCapacity(aliasCount)
        for (entityIndex, entity) in lexicon.entities.enumerated() {
            for alias in entity.aliases {
                let bytes = Array(alias.utf8)
                var spellings = [bytes]
                // "Zhipu AI" is also written "ZhipuAI": two words of two or more characters, seven in all.
                if bytes.count(where: { $0 == 0x20 }) == 1 {
                    let words = alias.split(separator: " ")
                    if words.count == 2, alias.count >= 7, words.allSatisfy({ $0.count >= 2 }) { spellings.append(Array(words.joined().utf8)) }
                }
                for bytes in spellings where seen.insert(bytes).inserted {
                    let first = bytes.withUnsafeBufferPointer { p -> UInt64? in
                        let tokens = Tokenizer.tokenize(p)
                        guard let t = tokens.first, bytes.count == spellings[0].count || tokens.count == 1 else { return nil }
                        return FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: p[t.start..<t.end]))
                    }
                    guard let key = first else { continue }
                    byFirstToken[key, default: []].append(aliasBytes.count)
                    aliasBytes.append(bytes)
                    aliasEntity.append(entityIndex)
                    // Short all-capital aliases ("AS", "US") match only as written.
                    var letters = 0, lower = false, digit = false
                    for b in bytes {
                        if ByteClass.isASCIILetter(b) { letters += 1; lower = lower || !ByteClass.isUpperASCII(b) }
                        digit = digit || ByteClass.isDigit(b)
                    }
                    exactOnly.append(letters <= 3 && !lower && !digit)
                }
            }
        }
        for key in byFirstToken.keys {
            byFirstToken[key]!.sort { aliasBytes[$0].count > aliasBytes[$1].count }
        }
        self.byFirstToken = WordTable(byFirstToken)
    }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        FNV1a.hash(UnsafeBufferPointer(rebasing: p[start..<end]))
    }

    /// All names in `tokens[range]`, left to right, none overlapping.
    public func matches(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>) -> [Match] {
        matches(in: text, tokens: tokens, range: range) { FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: text[tokens[$0].start..<tokens[$0].end])) }
    }

    /// The same, with each token's word key (`Vocabulary.key`) already computed: hashing every token
    /// twice was a twentieth of the extractor.
    func matches(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64], range: Range<Int>) -> [Match] {
        matches(in: text, tokens: tokens, range: range) { keys[$0] }
    }

    @inline(__always)
    private func matches(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, key: (Int) -> UInt64) -> [Match] {
        var found: [Match] = []
        var t = range.lowerBound
        while t < range.upperBound {
            let token = tokens[t]
            guard token.kind != .punct, let candidates = byFirstToken[key(t)] else {
                t += 1
                continue
            }
            var matched: Match?
            for candidate in candidates {
                let alias = aliasBytes[candidate]
                let end = token.start + alias.count
                guard end <= text.count,
                      matchesBytes(alias, text, token.start) || !exactOnly[candidate] && marked(text, token) && matchesFolded(alias, text, token.start),
                      let last = tokenEnding(at: end, from: t, tokens: tokens, limit: range.upperBound) else { continue }
                // "US$5" is money, not a mention of the United States.
                if end < text.count, text[end] == UInt8(ascii: "$") { continue }
                matched = Match(entity: aliasEntity[candidate], tokens: t..<(last + 1), start: token.start, end: end)
                break
            }
            if let m = matched {
                found.append(m)
                t = m.tokens.upperBound
            } else {
                t += 1
            }
        }
        return found
    }

    @inline(__always)
    private func matchesBytes(_ alias: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        alias.withUnsafeBufferPointer { a in
            for k in 0..<a.count where a[k] != text[start + k] { return false }
            return true
        }
    }

    @inline(__always)
    private func matchesFolded(_ alias: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        alias.withUnsafeBufferPointer { a in
            for k in 0..<a.count where a[k] != text[start + k] {
                guard ByteClass.isASCIILetter(a[k]), a[k] | 0x20 == text[start + k] | 0x20 else { return false }
            }
            return true
        }
    }

    /// A word with a capital or a digit in it may be a name written in another case; an all-lower-case word is not.
    private func marked(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        for i in token.start..<token.end where ByteClass.isUpperASCII(text[i]) || ByteClass.isDigit(text[i]) { return true }
        return false
    }

    /// The index of the token that ends exactly at byte `end`, so a name never ends inside a word.
    @inline(__always)
    private func tokenEnding(at end: Int, from t: Int, tokens: [Token], limit: Int) -> Int? {
        var k = t
        while k < limit, tokens[k].end < end { k += 1 }
        return k < limit && tokens[k].end == end ? k : nil
    }
}
