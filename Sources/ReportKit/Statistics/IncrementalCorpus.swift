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
        let (unchanged, added, goneIDs) = diff(previous.articles, read.analyses, hashes: hashes)
        guard Double(added.count + goneIDs.count) <= maxChangedShare * Double(max(1, read.analyses.count)) else { return nil }
        var gone: [ArticleAnalysis] = []
        for (id, hash) in goneIDs {
            // The old analysis, under its old id: its counts are what is taken away.
            guard case .analysed(var old, _, _) = cache.outcome(forContent: hash) else { return nil }
            old.id = id
            gone.append(old)
        }
        // Both in id order: restoring need not sort 27,000 analyses again.
        let last = unchanged.mergedSorted(with: gone) { $0.id < $1.id }
        return CorpusStats.updating(previous.parts, analyses: last, removing: CorpusStats(analyses: gone, lexicon: lexicon),
                                    adding: CorpusStats(analyses: added, lexicon: lexicon))
    }

    /// The articles that are the same as last time, the new or edited ones, and the ids and content hashes of the
    /// ones that went or were edited. Both lists are in id order (the state is; the files usually are): one walk.
    private static func diff(_ before: [(id: String, contentHash: UInt64)], _ now: [ArticleAnalysis], hashes: [String: UInt64])
        -> (unchanged: [ArticleAnalysis], added: [ArticleAnalysis], gone: [(String, UInt64)]) {
        let now = now.sortedByID
        var unchanged: [ArticleAnalysis] = [], added: [ArticleAnalysis] = [], gone: [(String, UInt64)] = []
        unchanged.reserveCapacity(now.count)
        var i = 0
        for a in now {
            while i < before.count, before[i].id < a.id { gone.append((before[i].id, before[i].contentHash)); i += 1 }
            if i < before.count, before[i].id == a.id {
                if before[i].contentHash == hashes[a.id] { unchanged.append(a) } else {
                    added.append(a)
                    gone.append((before[i].id, before[i].contentHash))
                }
                i += 1
            } else {
                added.append(a)
            }
        }
        for rest in before[i...] { gone.append((rest.id, rest.contentHash)) }
        return (unchanged, added, gone)
    }
}
