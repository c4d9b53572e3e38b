/// Every place a name or phrase occurs, each with its sentence split around it (keyword in context, as in
/// Voyant's Contexts or quanteda's `kwic`).
///
/// A lexicon name is found exactly as the mention counts find it — the same `EntityMatcher` over the same kept
/// paragraphs, so the hits for an entity are as many as its mentions in stats.json. Anything else is a word or
/// phrase, found case-insensitively as whole tokens.
public struct Concordance: Sendable {
    public enum Query: Sendable, Equatable {
        /// A canonical entity name from the lexicon.
        case entity(String)
        /// Lower-cased tokens of a word or phrase the lexicon does not know.
        case phrase([String])
    }

    public let query: Query
    private let matcher: EntityMatcher
    private let countedNames: [String?]

    /// `text` names an entity when it equals (ignoring case) its canonical name or one of its aliases; else it is a phrase.
    public init(_ text: String, lexicon: Lexicon) {
        matcher = EntityMatcher(lexicon: lexicon)
        countedNames = lexicon.entities.map { $0.category == .ignore ? nil : $0.name }
        let wanted = text.trimmingSpaces.lowercased()
        if let entity = lexicon.entities.first(where: { $0.category != .ignore && ($0.name.lowercased() == wanted || $0.aliases.contains { $0.lowercased() == wanted }) }) {
            query = .entity(entity.name)
        } else {
            let bytes = Array(wanted.utf8)
            query = .phrase(bytes.withUnsafeBufferPointer { p in Tokenizer.tokenize(p).map { Self.lowered(p, $0) } })
        }
    }

    /// One occurrence: where it is and the sentence around it.
    public struct Hit: Sendable, Hashable, Codable {
        /// The article's id.
        public var article: String
        /// The sentence before the keyword, the keyword as written, and the sentence after it.
        public var left: String
        public var keyword: String
        public var right: String
        /// UTF-8 byte offsets of the keyword in the (decoded) article text.
        public var start: Int
        public var end: Int
    }

    /// The hits in one article's UTF-8 text (as `ArticleDecoder` gives it), in text order.
    public func hits(in bytes: [UInt8], article: String) -> [Hit] {
        bytes.withUnsafeBufferPointer { text in
            let bomLength = text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0
            let body = ArticleBody(text, from: FrontMatter.parse(text, from: bomLength).bodyStart)
            var hits: [Hit] = []
            for paragraph in body.paragraphs {
                let found = keywords(text, body.tokens, paragraph)
                guard !found.isEmpty else { continue }
                let sentences = Sentences.split(text, body.tokens, paragraph)
                for keyword in found {
                    let sentence = sentences.first { $0.contains(keyword.lowerBound) } ?? paragraph
                    let start = body.tokens[keyword.lowerBound].start, end = body.tokens[keyword.upperBound - 1].end
                    let sentenceStart = body.tokens[sentence.lowerBound].start, sentenceEnd = body.tokens[sentence.upperBound - 1].end
                    hits.append(Hit(article: article, left: Self.string(text, sentenceStart, start).trimmingSpaces, keyword: Self.string(text, start, end),
                                    right: Self.string(text, end, sentenceEnd).trimmingSpaces, start: start, end: end))
                }
            }
            return hits
        }
    }

    /// Token ranges of the keyword in one paragraph.
    private func keywords(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ paragraph: Range<Int>) -> [Range<Int>] {
        switch query {
        case .entity(let name):
            return matcher.matches(in: text, tokens: tokens, range: paragraph).filter { countedNames[$0.entity] == name }.map(\.tokens)
        case .phrase(let words):
            guard !words.isEmpty else { return [] }
            let wordIsASCII = words.map { $0.utf8.allSatisfy { $0 < 0x80 } }
            var found: [Range<Int>] = []
            var t = paragraph.lowerBound
            while t + words.count <= paragraph.upperBound {
                // Byte lengths first: lower-casing every token into a String was most of a scan over a large corpus.
                if words.indices.allSatisfy({ i in
                    let token = tokens[t + i]
                    return (!wordIsASCII[i] || token.end - token.start == words[i].utf8.count) && Self.lowered(text, token) == words[i]
                }) {
                    found.append(t..<(t + words.count))
                    t += words.count
                } else {
                    t += 1
                }
            }
            return found
        }
    }

    private static func lowered(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> String {
        string(text, token.start, token.end).lowercased()
    }

    private static func string(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<max(start, end)]), as: UTF8.self)
    }
}
