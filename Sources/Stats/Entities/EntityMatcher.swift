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
    /// Every alias spelling's bytes, one after another; an alias is a range of them.
    private var pool: [UInt8] = []
    private var aliasStart: [Int32] = []
    private var aliasLength: [Int32] = []
    private var aliasEntity: [Int32] = []
    /// Aliases that match only as written: upper case, at most three letters ("AS", "U.S.").
    private var exactOnly: [Bool] = []
    /// Alias indices grouped by first token, each group longest alias first.
    private var candidates: [Int32] = []
    /// First-token hash → its group in `candidates` (start, end).
    private var byFirstToken = WordTable<(Int32, Int32)>([:])

    /// Built in time linear in the lexicon: flat arrays, hash tables of FNV keys and a counting sort, no
    /// per-alias arrays, sets or dictionaries, so a 100,000-entry lexicon loads in a fraction of a second.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        let aliasCount = lexicon.entities.reduce(0) { $0 + $1.aliases.count }
        var tables = Tables(aliasCount: aliasCount)
        var joined: [UInt8] = []
        for (entityIndex, entity) in lexicon.entities.enumerated() {
            for var alias in entity.aliases {
                let hasJoined = Self.joinedSpelling(&alias, into: &joined)
                alias.withUTF8 { tables.add($0, entity: entityIndex, singleOnly: false) }
                // The joined spelling ("ZhipuAI") must be one token.
                if hasJoined { joined.withUnsafeBufferPointer { tables.add($0, entity: entityIndex, singleOnly: true) } }
            }
        }
        pool = tables.pool; aliasStart = tables.starts; aliasLength = tables.lengths; aliasEntity = tables.entities; exactOnly = tables.exact
        let firstKeys = tables.firstKeys
        let order = Self.grouped(firstKeys, lengths: aliasLength)
        candidates = order.map { Int32($0) }
        var groups: [(UInt64, (Int32, Int32))] = []
        var i = 0
        while i < order.count {
            var j = i + 1
            while j < order.count, firstKeys[order[j]] == firstKeys[order[i]] { j += 1 }
            groups.append((firstKeys[order[i]], (Int32(i), Int32(j))))
            i = j
        }
        byFirstToken = WordTable(uniquePairs: groups)
    }

    /// The matcher's arrays while they are built, one entry per distinct spelling that has a first token.
    private struct Tables {
        var seen: SpellingSet
        var pool: [UInt8] = [], firstKeys: [UInt64] = [], starts: [Int32] = [], lengths: [Int32] = [], entities: [Int32] = [], exact: [Bool] = []
        var scratch: [Token] = []

        init(aliasCount: Int) { seen = SpellingSet(capacity: aliasCount) }  // joined spellings may grow it once

        mutating func add(_ spelling: UnsafeBufferPointer<UInt8>, entity: Int, singleOnly: Bool) {
            guard seen.insert(spelling, into: &pool), let key = firstTokenKey(spelling, singleOnly: singleOnly) else { return }
            firstKeys.append(key)
            starts.append(Int32(pool.count - spelling.count))
            lengths.append(Int32(spelling.count))
            entities.append(Int32(entity))
            exact.append(EntityMatcher.isExactOnly(spelling))
        }

        /// The lower-cased hash of the spelling's first token; nil when it has none, or more than one and `singleOnly`.
        private mutating func firstTokenKey(_ p: UnsafeBufferPointer<UInt8>, singleOnly: Bool) -> UInt64? {
            scratch.removeAll(keepingCapacity: true)
            Tokenizer.tokenize(p, from: 0, to: p.count, into: &scratch)
            guard let t = scratch.first, !singleOnly || scratch.count == 1 else { return nil }
            return FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: p[t.start..<t.end]))
        }
    }

    /// Alias indices grouped by first-token key (groups in order of first appearance), each group longest
    /// alias first and otherwise in lexicon order: a counting sort, linear in the lexicon.
    private static func grouped(_ keys: [UInt64], lengths: [Int32]) -> [Int] {
        var groupOf = WordCounts(capacity: keys.count)
        var groupSizes: [Int] = []
        var group = [Int](repeating: 0, count: keys.count)
        for (i, key) in keys.enumerated() {
            if let g = groupOf[key] {
                group[i] = Int(g)
                groupSizes[Int(g)] += 1
            } else {
                groupOf.set(key, Int32(groupSizes.count))
                group[i] = groupSizes.count
                groupSizes.append(1)
            }
        }
        var next = [Int](repeating: 0, count: groupSizes.count)
        var total = 0
        for g in groupSizes.indices { next[g] = total; total += groupSizes[g] }
        var order = [Int](repeating: 0, count: keys.count)
        for i in keys.indices { order[next[group[i]]] = i; next[group[i]] += 1 }
        // Most groups hold one alias; sort the others by length (stable: lexicon order among equals).
        var start = 0
        for size in groupSizes {
            if size > 1 {
                let sorted = order[start..<(start + size)].sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1 }
                order.replaceSubrange(start..<(start + size), with: sorted)
            }
            start += size
        }
        return order
    }

    /// "Zhipu AI" is also written "ZhipuAI": two words of two or more characters, seven in all. Writes the joined
    /// spelling into `joined` and returns true, or returns false.
    private static func joinedSpelling(_ alias: inout String, into joined: inout [UInt8]) -> Bool {
        let (spaces, ascii) = alias.withUTF8 { b in (b.count(where: { $0 == 0x20 }), b.allSatisfy { $0 < 0x80 && $0 != 0x0D }) }
        guard spaces == 1 else { return false }
        joined.removeAll(keepingCapacity: true)
        if ascii {  // characters are bytes
            return alias.withUTF8 { b in
                let space = b.firstIndex(of: 0x20)!
                guard space >= 2, b.count - space - 1 >= 2, b.count >= 7 else { return false }
                joined.append(contentsOf: b[..<space])
                joined.append(contentsOf: b[(space + 1)...])
                return true
            }
        }
        let words = alias.split(separator: " ")
        guard words.count == 2, alias.count >= 7, words.allSatisfy({ $0.count >= 2 }) else { return false }
        joined.append(contentsOf: words.joined().utf8)
        return true
    }

    /// Short all-capital aliases ("AS", "US") match only as written.
    fileprivate static func isExactOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0, lower = false, digit = false
        for b in bytes {
            if ByteClass.isASCIILetter(b) { letters += 1; lower = lower || !ByteClass.isUpperASCII(b) }
            digit = digit || ByteClass.isDigit(b)
        }
        return letters <= 3 && !lower && !digit
    }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        WordKey.exact(UnsafeBufferPointer(rebasing: p[start..<end]))
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

    /// The same, handed to `body` one by one: an article's paragraphs need no array each.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64], range: Range<Int>, _ body: (Match) -> Void) {
        matches(in: text, tokens: tokens, range: range, key: { keys[$0] }, found: body)
    }

    @inline(__always)
    private func matches(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, key: (Int) -> UInt64) -> [Match] {
        var found: [Match] = []
        matches(in: text, tokens: tokens, range: range, key: key) { found.append($0) }
        return found
    }

    @inline(__always)
    private func matches(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, key: (Int) -> UInt64,
                         found: (Match) -> Void) {
        var t = range.lowerBound
        while t < range.upperBound {
            let token = tokens[t]
            guard token.kind != .punct, let group = byFirstToken[key(t)] else {
                t += 1
                continue
            }
            var matched: Match?
            for c in Int(group.0)..<Int(group.1) {
                let candidate = Int(candidates[c])
                let alias = Int(aliasStart[candidate])..<Int(aliasStart[candidate] + aliasLength[candidate])
                let end = token.start + alias.count
                guard end <= text.count,
                      matchesBytes(alias, text, token.start) || !exactOnly[candidate] && marked(text, token) && matchesFolded(alias, text, token.start),
                      let last = tokenEnding(at: end, from: t, tokens: tokens, limit: range.upperBound) else { continue }
                // "US$5" is money, not a mention of the United States.
                if end < text.count, text[end] == UInt8(ascii: "$") { continue }
                matched = Match(entity: Int(aliasEntity[candidate]), tokens: t..<(last + 1), start: token.start, end: end)
                break
            }
            if let m = matched {
                found(m)
                t = m.tokens.upperBound
            } else {
                t += 1
            }
        }
    }

    @inline(__always)
    private func matchesBytes(_ alias: Range<Int>, _ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        pool.withUnsafeBufferPointer { a in
            for k in alias where a[k] != text[start + k - alias.lowerBound] { return false }
            return true
        }
    }

    @inline(__always)
    private func matchesFolded(_ alias: Range<Int>, _ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        pool.withUnsafeBufferPointer { a in
            for k in alias where a[k] != text[start + k - alias.lowerBound] {
                guard ByteClass.isASCIILetter(a[k]), a[k] | 0x20 == text[start + k - alias.lowerBound] | 0x20 else { return false }
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

/// The alias spellings seen so far, by the FNV hash of their bytes (kept in the matcher's pool): a
/// `Set<[UInt8]>` hashed every spelling with SipHash and held an array per entry.
private struct SpellingSet {
    private var hashes: [UInt64]
    /// Per slot: the spelling's start in the pool and its length; length -1 marks an empty slot.
    private var starts: [Int32]
    private var lengths: [Int32]
    private var mask: Int
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        mask = size - 1
        hashes = Array(repeating: 0, count: size)
        starts = Array(repeating: 0, count: size)
        lengths = Array(repeating: -1, count: size)
    }

    /// Appends `spelling` to `pool` and returns true, or returns false when it was seen before.
    mutating func insert(_ spelling: UnsafeBufferPointer<UInt8>, into pool: inout [UInt8]) -> Bool {
        if (count + 1) * 2 > hashes.count { grow(pool) }
        let hash = FNV1a.hash(spelling)
        var i = Int(truncatingIfNeeded: hash) & mask
        while lengths[i] >= 0 {
            if hashes[i] == hash, Int(lengths[i]) == spelling.count,
               pool[Int(starts[i])..<(Int(starts[i]) + spelling.count)].elementsEqual(spelling) { return false }
            i = (i + 1) & mask
        }
        hashes[i] = hash
        starts[i] = Int32(pool.count)
        lengths[i] = Int32(spelling.count)
        pool.append(contentsOf: spelling)
        count += 1
        return true
    }

    private mutating func grow(_ pool: [UInt8]) {
        var bigger = SpellingSet(capacity: hashes.count)
        for i in hashes.indices where lengths[i] >= 0 {
            var j = Int(truncatingIfNeeded: hashes[i]) & bigger.mask
            while bigger.lengths[j] >= 0 { j = (j + 1) & bigger.mask }
            bigger.hashes[j] = hashes[i]; bigger.starts[j] = starts[i]; bigger.lengths[j] = lengths[i]
        }
        bigger.count = count
        self = bigger
    }
}
