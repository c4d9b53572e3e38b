/// The language an article is written in: it decides what "." and "," mean inside a number and which words are
/// read. The raw values are what stats.json, the CSVs and the cache write.
public enum ArticleLanguage: String, Codable, Sendable, Hashable {
    case indonesian = "id"
    case english = "en"
}

/// What is known about an article besides its text: where it came from and what it is.
public struct ArticleMetadata: Codable, Sendable, Hashable {
    public var title: String?
    /// ISO date `YYYY-MM-DD` (or `YYYY-MM`) from the front matter or the dateline.
    public var date: String?
    public var source: String?
    public var url: String?
    public var language: ArticleLanguage

    public init(title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil,
                language: ArticleLanguage = .indonesian) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.language = language
    }
}

/// Everything report-gen reads from one article: a pure function of its bytes and the lexicon.
public struct ArticleAnalysis: Codable, Sendable, Hashable {
    /// The file's path inside the input folder without its extension (unique in a run).
    public var id: String
    /// The path as given on the command line's input folder, for citation.
    public var file: String
    public var metadata: ArticleMetadata
    /// Words in the kept text (boilerplate excluded).
    public var words: Int
    /// The first words of the article, to name it where it has no title.
    public var lead: String
    /// Mentions per canonical entity name.
    public var mentions: [String: Int]
    public var facts: [Fact]
    /// Capitalised names that recur in the article but are not in the lexicon.
    public var unknownNames: [String: Int]
    /// Lines dropped as boilerplate, per reason.
    public var dropped: [String: Int]
    /// Figures past `ArticleAnalyzer.figureLimit`, left out of `facts`: those cut from the sentence that reached
    /// the limit, plus the numbers written in the sentences after it (counted, not read). 0 for any real article.
    public var figuresNotKept: Int

    public init(id: String, file: String, metadata: ArticleMetadata, words: Int, lead: String, mentions: [String: Int],
                facts: [Fact], unknownNames: [String: Int], dropped: [String: Int], figuresNotKept: Int = 0) {
        self.id = id; self.file = file; self.metadata = metadata; self.words = words; self.lead = lead
        self.mentions = mentions; self.facts = facts; self.unknownNames = unknownNames; self.dropped = dropped
        self.figuresNotKept = figuresNotKept
    }

    /// The warning for an article that reached the figure limit, naming its file; nil for any other.
    public var figureLimitWarning: String? { Self.figureLimitWarning(file: file, kept: facts.count, notKept: figuresNotKept) }

    /// The same for an article known by its counts (a corpus article, whose facts are folded away).
    public static func figureLimitWarning(file: String, kept: Int, notKept: Int) -> String? {
        guard notKept > 0 else { return nil }
        return "\(file): \(grouped(kept + notKept)) figures; kept the first \(grouped(kept)) — is it a table or a data dump?"
    }

    /// 1000000 → "1,000,000".
    private static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var i = digits.count - 3
        while i > 0 { digits.insert(",", at: i); i -= 3 }
        return String(digits)
    }
}
