/// What the report knows of an article apart from its text: where it is, what it is and how it reads. Charts, tables
/// and names read articles through this, so they take an analysis or a corpus article alike.
public protocol ArticleHeading {
    var id: String { get }
    var file: String { get }
    var metadata: ArticleMetadata { get }
    var words: Int { get }
    var mentions: [String: Int] { get }
}

extension ArticleAnalysis: ArticleHeading {}

/// An article as the corpus statistics keep it once its facts are folded: its heading, mention counts and how many
/// facts it had, without the facts and unknown names themselves. The facts live on in `CorpusStats.facts` (one per
/// figure) and in the cache; an analysis kept whole for every article made memory grow with the corpus. Nor is its
/// lead kept: no chart, table or name reads it (articles are never named by their first words), and the leads were
/// ~3.4 MB per 27,500 articles.
public struct CorpusArticle: ArticleHeading, Sendable, Hashable {
    public var id: String
    public var file: String
    public var metadata: ArticleMetadata
    public var words: Int
    public var mentions: [String: Int]
    /// Lines dropped as boilerplate, per reason.
    public var dropped: [String: Int]
    /// How many facts the analysis kept (`ArticleAnalysis.facts.count`).
    public var factCount: Int
    /// Figures past the figure limit (`ArticleAnalysis.figuresNotKept`): the run's warning is made again from it
    /// when the article comes from the last run's statistics instead of its analysis.
    public var figuresNotKept: Int

    public init(_ analysis: ArticleAnalysis) {
        id = analysis.id; file = analysis.file; metadata = analysis.metadata; words = analysis.words
        mentions = analysis.mentions; dropped = analysis.dropped; factCount = analysis.facts.count
        figuresNotKept = analysis.figuresNotKept
    }

    /// An article as the last run's statistics kept it (`Output/.cache/corpus.bin`).
    public init(id: String, file: String, metadata: ArticleMetadata, words: Int, mentions: [String: Int], dropped: [String: Int],
                factCount: Int, figuresNotKept: Int) {
        self.id = id; self.file = file; self.metadata = metadata; self.words = words
        self.mentions = mentions; self.dropped = dropped; self.factCount = factCount; self.figuresNotKept = figuresNotKept
    }

    /// What `ArticleAnalysis.figureLimitWarning` says of the article's analysis.
    public var figureLimitWarning: String? {
        ArticleAnalysis.figureLimitWarning(file: file, kept: factCount, notKept: figuresNotKept)
    }
}
