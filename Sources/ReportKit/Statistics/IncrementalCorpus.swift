import Stats

/// The corpus statistics of this run made from the last run's: the old statistics of the articles that changed or
/// went away are subtracted, those of the changed and new articles merged in. `CorpusStats.merge` guarantees the
/// result is what counting every article again gives; the work is in proportion to the change.
enum IncrementalCorpus {
    /// Beyond this share of changed articles, counting everything again is as quick.
    static let maxChangedShare = 0.25

    /// Nil when the last run's statistics cannot be used: an analysis they need is no longer in the cache, or too
    /// much changed.
    static func update(_ previous: CorpusState, read: ReadArticles, hashes: [String: UInt64], lexicon: Lexicon) -> CorpusStats? {
        guard let cache = read.cache else { return nil }
        var unchanged: [ArticleAnalysis] = [], added: [ArticleAnalysis] = [], gone: [ArticleAnalysis] = []
        let before = Dictionary(previous.articles.map { ($0.id, $0.contentHash) }, uniquingKeysWith: { a, _ in a })
        var kept = Set<String>()
        for a in read.analyses {
            if let hash = before[a.id], hash == hashes[a.id] { unchanged.append(a); kept.insert(a.id) } else { added.append(a) }
        }
        for (id, hash) in previous.articles where !kept.contains(id) {
            // The old analysis, under its old id: its counts are what is taken away.
            guard case .analysed(var old, _, _) = cache.outcome(forContent: hash) else { return nil }
            old.id = id
            gone.append(old)
        }
        guard Double(added.count + gone.count) <= maxChangedShare * Double(max(1, read.analyses.count)) else { return nil }
        return CorpusStats.updating(previous.parts, analyses: unchanged + gone, removing: CorpusStats(analyses: gone, lexicon: lexicon),
                                    adding: CorpusStats(analyses: added, lexicon: lexicon))
    }
}
