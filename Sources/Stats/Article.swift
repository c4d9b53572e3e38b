/// What is known about an article besides its text: where it came from and what it is.
public struct ArticleMetadata: Codable, Sendable, Hashable {
    public var title: String?
    /// ISO date `YYYY-MM-DD` (or `YYYY-MM`) from the front matter or the dateline.
    public var date: String?
    public var source: String?
    public var url: String?
    /// `id` or `en`.
    public var language: String

    public init(title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil, language: String = "id") {
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

    public init(id: String, file: String, metadata: ArticleMetadata, words: Int, lead: String, mentions: [String: Int],
                facts: [Fact], unknownNames: [String: Int], dropped: [String: Int]) {
        self.id = id; self.file = file; self.metadata = metadata; self.words = words; self.lead = lead
        self.mentions = mentions; self.facts = facts; self.unknownNames = unknownNames; self.dropped = dropped
    }
}
