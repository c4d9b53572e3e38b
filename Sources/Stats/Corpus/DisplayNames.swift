/// The names a reader knows a corpus's articles by (`ArticleName.displayNames`), made when asked for. A dictionary of
/// every article's name was ~2.2 MB per 27,500 articles, and grew by 3.5 MB with each copy of a corpus whose titles
/// recur: every " (2)" name was a string of its own. What is kept is, per article, which of the articles sharing its
/// name it is (4 bytes).
public struct DisplayNames: Sendable {
    /// In id order (as `CorpusStats.articles`): shared with the statistics, not copied.
    private let articles: [CorpusArticle]
    /// Per article, its place among the articles with the same name, in id order: 1 for the first, which is named
    /// without a number.
    private let ordinals: [UInt32]

    /// `articles` in id order, as `CorpusStats.articles` keeps them.
    public init(_ articles: [CorpusArticle]) {
        self.articles = articles
        var ordinals = [UInt32](repeating: 1, count: articles.count)
        var seen: [String: UInt32] = [:]
        seen.reserveCapacity(articles.count)
        for i in articles.indices {
            let name = ArticleName.display(articles[i])
            let n = (seen[name] ?? 0) + 1
            seen[name] = n
            ordinals[i] = n
        }
        self.ordinals = ordinals
    }

    public var count: Int { articles.count }

    /// The name of the article at `index` of the list the names were made from.
    public func name(at index: Int) -> String {
        let name = ArticleName.display(articles[index])
        return ordinals[index] == 1 ? name : "\(name) (\(ordinals[index]))"
    }

    /// The name of the article with this id; nil for an id that is not among the articles.
    public subscript(id: String) -> String? {
        CorpusStats.index(of: id, in: articles).map(name(at:))
    }
}
