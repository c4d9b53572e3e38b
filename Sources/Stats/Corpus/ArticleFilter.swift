/// Chooses the articles a report counts, before anything is counted: a period (`--since`, `--until`) and a topic
/// (`--about`). Every article left out is counted under the first reason that excludes it, so the report can say
/// how many were left out and why ("12 undated articles excluded").
public struct ArticleFilter: Sendable {
    public enum Reason: String, Sendable, CaseIterable, Codable {
        /// A period was asked for and the article has no date.
        case undated
        case beforeSince = "before_since"
        case afterUntil = "after_until"
        /// It mentions none of the `--about` words, entities or phrases.
        case offTopic = "off_topic"
    }

    public struct Result: Sendable {
        public var kept: [ArticleAnalysis]
        /// Articles left out, per reason; reasons with none are absent.
        public var excluded: [Reason: Int]
        public var excludedTotal: Int { excluded.values.reduce(0, +) }

        public init(kept: [ArticleAnalysis], excluded: [Reason: Int]) {
            self.kept = kept
            self.excluded = excluded
        }

        /// "205 of 257 articles kept; left out: 12 undated, 40 not on the topic" (English, for the terminal and the cover).
        public var summary: String {
            let total = kept.count + excludedTotal
            var s = "\(kept.count) of \(total) article\(total == 1 ? "" : "s") kept"
            let parts: [String] = Reason.allCases.compactMap { reason in
                guard let n = excluded[reason], n > 0 else { return nil }
                switch reason {
                case .undated: return "\(n) undated"
                case .beforeSince: return "\(n) before the period"
                case .afterUntil: return "\(n) after the period"
                case .offTopic: return "\(n) not on the topic"
                }
            }
            if !parts.isEmpty { s += "; left out: " + parts.joined(separator: ", ") }
            return s
        }
    }

    /// The filter as options would spell it: "since 2025-06, until 2025-06-30, about ai, DeepSeek"; empty when inactive.
    public var description: String {
        var parts: [String] = []
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if !about.isEmpty { parts.append("about " + about.joined(separator: ", ")) }
        return parts.joined(separator: ", ")
    }

    /// ISO dates as given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); both ends included.
    public let since: String?
    public let until: String?
    /// Lower-cased words and phrases, each as tokens, matched as whole words ignoring case.
    public let phrases: [[String]]
    /// Single words matched as written (the built-in acronyms).
    public let acronyms: Set<String>
    /// Canonical entity names: an article that mentions one (as counted) is on topic.
    public let entities: Set<String>
    /// The `--about` words as given.
    public let about: [String]
    /// Entity names that put an article on topic only together with another entity or a phrase.
    public let supportingEntities: Set<String>

    public var isActive: Bool { since != nil || until != nil || !phrases.isEmpty || !entities.isEmpty || !acronyms.isEmpty }

    /// The words of the built-in `--about ai` set, besides the lexicon's AI labs and models; any case.
    public static let aiWords = ["kecerdasan buatan", "artificial intelligence", "chatbot", "model bahasa", "large language model"]
    /// Acronyms of the built-in set, in capitals only: "ai" and "Ai" are not the acronym in Indonesian text (a name, a word).
    public static let aiAcronyms: Set<String> = ["AI", "LLM", "LLMs", "GenAI"]
    /// Labs and models of the built-in lexicon that are about AI on their own. Not every tech company ("Google" alone is
    /// not about AI) nor every product of the lexicon's `model` category (TikTok, WeChat, Azure, chips are not).
    public static let aiNames: Set<String> = ["OpenAI", "Anthropic", "xAI", "DeepSeek", "Zhipu", "Baichuan", "SenseTime", "Moonshot AI",
                                              "MiniMax", "01.AI", "iFlyTek", "AIsphere", "Dorje AI", "University AI",
                                              "ChatGPT", "GPT-4", "Qwen", "InternVL", "DeepSeek-R1", "DeepSeek-V3", "Doubao", "Hunyuan",
                                              "PixVerse", "Boximator", "VBench", "AlphaGo", "Copilot"]
    /// AI models whose names are also ordinary words or names ("Gemini" in a horoscope, "Claude", "Sora", "Kimi"): on
    /// topic only with a second sign of AI in the article.
    public static let aiNamesNeedingSupport: Set<String> = ["Gemini", "Sora", "Claude", "Kimi", "Ernie", "Grok", "Llama"]

    /// `about` holds words or phrases; `ai` among them stands for the built-in set. A word that names a lexicon entity
    /// (its name or any alias, ignoring case) matches as the mention counts do; anything else as whole words, ignoring case.
    public init(since: String? = nil, until: String? = nil, about: [String] = [], lexicon: Lexicon) {
        self.since = since
        self.until = until
        self.about = about.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        var words: [String] = []
        var entities = Set<String>(), supporting = Set<String>(), acronyms = Set<String>()
        for word in about.map({ $0.trimmingSpaces }) where !word.isEmpty {
            if word.lowercased() == "ai" {
                words += Self.aiWords
                acronyms.formUnion(Self.aiAcronyms)
                let names = Set(lexicon.entities.map(\.name))
                entities.formUnion(Self.aiNames.intersection(names))
                supporting.formUnion(Self.aiNamesNeedingSupport.intersection(names))
            } else if case .entity(let name) = Concordance(word, lexicon: lexicon).query {
                entities.insert(name)
            } else {
                words.append(word)
            }
        }
        phrases = Array(Set(words.map { Self.tokens($0) }.filter { !$0.isEmpty })).sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
        self.entities = entities
        supportingEntities = supporting.subtracting(entities)
        self.acronyms = acronyms
    }

    /// A `--since`/`--until` value as an ISO prefix: "2025", "2025-06", "2025-06-18", or any date `PublicationDate` reads.
    public static func isoBound(_ value: String) -> String? {
        if let date = ISODate(value), date.precision != .day { return value }
        return PublicationDate.iso(value)
    }

    /// The articles kept, in the given order. `text` gives an article's UTF-8 text for the word and phrase search
    /// (only asked for when there are words to look for and no entity already put the article on topic).
    public func apply(_ articles: [ArticleAnalysis], text: (ArticleAnalysis) -> [UInt8]? = { _ in nil }) -> Result {
        var result = Result(kept: [], excluded: [:])
        for article in articles {
            if let reason = exclusion(article, text: text) { result.excluded[reason, default: 0] += 1 } else { result.kept.append(article) }
        }
        return result
    }

    /// Why `article` is left out, or nil when it is kept.
    public func exclusion(_ article: ArticleAnalysis, text: (ArticleAnalysis) -> [UInt8]?) -> Reason? {
        if since != nil || until != nil {
            guard let date = article.metadata.date, !date.isEmpty else { return .undated }
            if let since, Self.compare(date, since) < 0 { return .beforeSince }
            if let until, Self.compare(date, until) > 0 { return .afterUntil }
        }
        guard !phrases.isEmpty || !entities.isEmpty || !supportingEntities.isEmpty || !acronyms.isEmpty else { return nil }
        if article.mentions.keys.contains(where: entities.contains) { return nil }
        let supported = article.mentions.keys.filter(supportingEntities.contains).count
        if supported >= 2 { return nil }
        if !phrases.isEmpty || !acronyms.isEmpty, let bytes = text(article), mentionsPhrase(bytes) { return nil }
        return .offTopic
    }

    /// Compares two ISO dates on the parts both have: "2025-06-18" is neither before nor after "2025-06".
    static func compare(_ a: String, _ b: String) -> Int {
        let n = min(a.count, b.count)
        let x = a.prefix(n), y = b.prefix(n)
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    /// Whether the kept text holds one of the phrases as whole words, ignoring case, or one of the acronyms as written.
    func mentionsPhrase(_ bytes: [UInt8]) -> Bool {
        let lengths = Set(phrases.compactMap { $0.first?.utf8.count } + acronyms.map(\.utf8.count))
        return bytes.withUnsafeBufferPointer { text in
            let bomLength = text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0
            let body = ArticleBody(text, from: FrontMatter.parse(text, from: bomLength).bodyStart)
            let tokens = body.tokens
            for paragraph in body.paragraphs {
                for t in paragraph where tokens[t].kind != .punct {
                    // Byte length first (exact for ASCII words): lower-casing every token was the cost of a scan.
                    let first = tokens[t].end - tokens[t].start
                    guard lengths.contains(first) || text[tokens[t].start] >= 0x80 else { continue }
                    let written = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[t].start..<tokens[t].end]), as: UTF8.self)
                    if acronyms.contains(written) { return true }
                    let word = written.lowercased()
                    for phrase in phrases where phrase[0] == word && t + phrase.count <= paragraph.upperBound {
                        if (1..<phrase.count).allSatisfy({ Self.lowered(text, tokens[t + $0]) == phrase[$0] }) { return true }
                    }
                }
            }
            return false
        }
    }

    private static func tokens(_ phrase: String) -> [String] {
        let bytes = Array(phrase.lowercased().utf8)
        return bytes.withUnsafeBufferPointer { p in Tokenizer.tokenize(p).map { lowered(p, $0) } }
    }

    private static func lowered(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[token.start..<token.end]), as: UTF8.self).lowercased()
    }
}
