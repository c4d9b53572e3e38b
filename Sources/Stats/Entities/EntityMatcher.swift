/// Finds lexicon names in tokenized text: whole tokens, case-sensitive, longest alias first.
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
    /// First-token hash → alias indices, longest alias first.
    private var byFirstToken = WordTable<[Int]>([:])

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var byFirstToken: [UInt64: [Int]] = [:]
        for (entityIndex, entity) in lexicon.entities.enumerated() {
            for alias in entity.aliases {
                let bytes = Array(alias.utf8)
                let first = bytes.withUnsafeBufferPointer { p -> UInt64? in
                    guard let t = Tokenizer.tokenize(p).first else { return nil }
                    return Self.hash(p, t.start, t.end)
                }
                guard let key = first else { continue }
                byFirstToken[key, default: []].append(aliasBytes.count)
                aliasBytes.append(bytes)
                aliasEntity.append(entityIndex)
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
        var found: [Match] = []
        var t = range.lowerBound
        while t < range.upperBound {
            let token = tokens[t]
            guard token.kind != .punct, let candidates = byFirstToken[Self.hash(text, token.start, token.end)] else {
                t += 1
                continue
            }
            var matched: Match?
            for candidate in candidates {
                let alias = aliasBytes[candidate]
                let end = token.start + alias.count
                guard end <= text.count, matchesBytes(alias, text, token.start),
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

    /// The index of the token that ends exactly at byte `end`, so a name never ends inside a word.
    @inline(__always)
    private func tokenEnding(at end: Int, from t: Int, tokens: [Token], limit: Int) -> Int? {
        var k = t
        while k < limit, tokens[k].end < end { k += 1 }
        return k < limit && tokens[k].end == end ? k : nil
    }
}
