import Stats

/// The content hash of each counted article, in the order of the corpus's articles: 8 bytes an article, where a
/// dictionary by id took ~57 (1.6 MB per 27,494 articles, alive at the run's peak). Kept with the statistics for the
/// next run, and the key of each article's pieces of stats.json and the CSVs (`FragmentKeys`).
struct ContentHashes: Sendable, Equatable {
    /// The corpus's articles, in id order: the statistics' own list, shared rather than copied.
    private let articles: [CorpusArticle]
    /// `inArticleOrder[i]` is the hash of `articles[i]`'s content; 0 when it is not known.
    let inArticleOrder: [UInt64]

    /// `byID` gives the content hash of the articles by id; articles it does not name get none.
    init(_ articles: [CorpusArticle], byID: [String: UInt64]) {
        self.articles = articles
        var hashes = [UInt64](repeating: 0, count: articles.count)
        for i in articles.indices { hashes[i] = byID[articles[i].id] ?? 0 }
        inArticleOrder = hashes
    }

    /// The content hash of the article with this id (found by halving); nil when none is known.
    subscript(_ id: String) -> UInt64? {
        guard let i = articles.sortedIndex(of: id, by: { $0.id }) else { return nil }
        return self[articleAt: i]
    }

    /// The content hash of the corpus's article `i`; nil when none is known.
    subscript(articleAt i: Int) -> UInt64? {
        inArticleOrder[i] == 0 ? nil : inArticleOrder[i]
    }

    static func == (a: ContentHashes, b: ContentHashes) -> Bool {
        a.inArticleOrder == b.inArticleOrder && a.articles.map(\.id) == b.articles.map(\.id)
    }
}
