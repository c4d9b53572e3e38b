import Stats

/// The corpus statistics of this run made from the last run's: the old statistics of the articles that changed or
/// went away are subtracted, those of the changed and new articles merged in. `CorpusStats.merge` guarantees the
/// result is what counting every article again gives; the work is in proportion to the change.
///
/// The unchanged articles come from the last run's state as it is (`CorpusState`: headings, counts, each figure's
/// fact): their analyses stay in the cache undecoded. Only the analyses of added, edited and removed articles are
/// read, and that of an unchanged article that now stands first for a figure whose first article went.
enum IncrementalCorpus {
    /// Beyond this share of changed articles, counting everything again is as quick.
    static let maxChangedShare = 0.25

    /// An article of this run: its id, file and content hash, and where its analysis is.
    struct Current {
        var id: String
        var file: String
        var contentHash: UInt64
        /// In `read.analyses`, or (undecoded) the entry whose cache record holds it.
        var place: ReadArticles.Place
    }

    /// Nil when the last run's statistics cannot be used: an analysis they need is no longer in the cache, or too
    /// much changed.
    static func update(_ previous: CorpusState, read: ReadArticles, hashes: [String: UInt64], lexicon: Lexicon) -> CorpusStats? {
        guard let cache = read.cache else { return nil }
        let current = articles(read, hashes: hashes)
        guard let headings = headings(previous, read: read, current: current) else { return nil }
        let (added, goneIDs) = diff(previous, current)
        guard Double(added.count + goneIDs.count) <= maxChangedShare * Double(max(1, current.count)) else { return nil }
        var gone: [ArticleAnalysis] = []
        for (id, hash) in goneIDs {
            // The old analysis, under its old id: its counts are what is taken away.
            guard case .analysed(var old, _, _) = cache.outcome(forContent: hash) else { return nil }
            old.id = id
            gone.append(old)
        }
        var new: [ArticleAnalysis] = []
        for a in added {
            guard let analysis = read.analysis(a.place) else { return nil }
            new.append(analysis)
        }
        let standIn = { (id: String, n: Int) -> Fact? in
            guard let i = index(of: id, in: current), let analysis = read.analysis(current[i].place),
                  analysis.facts.indices.contains(n) else { return nil }
            return analysis.facts[n]
        }
        return CorpusStats.updating(previous.parts, articles: headings, facts: previous.facts,
                                    removing: CorpusStats(analyses: gone, lexicon: lexicon), adding: CorpusStats(analyses: new, lexicon: lexicon),
                                    standIn: standIn)
    }

    /// The articles of this run in id order: the analyses, and the entries folded without being decoded.
    static func articles(_ read: ReadArticles, hashes: [String: UInt64]) -> [Current] {
        var current: [Current] = []
        current.reserveCapacity(read.analyses.count)
        for i in read.analyses.indices {
            let a = read.analyses[i]
            current.append(Current(id: a.id, file: a.file, contentHash: hashes[a.id] ?? 0, place: .analysis(i)))
        }
        for i in read.entries.indices {
            guard case .folded(let id, _, _) = read.entries[i].outcome else { continue }
            current.append(Current(id: id, file: read.entries[i].path, contentHash: read.entries[i].contentHash, place: .record(i)))
        }
        // The files usually are in id order already; then nothing is sorted.
        if !zip(current, current.dropFirst()).allSatisfy({ $0.id < $1.id }) { current.sort { $0.id < $1.id } }
        return current
    }

    /// The last run's articles as this run has them. Under another manifest beside the folder (its key differs: it may
    /// give other titles and dates) each comes from its analysis, which has the manifest applied; then every analysis
    /// must be at hand (a run leaves them in the cache only under the same manifest, see `LastRun`).
    private static func headings(_ previous: CorpusState, read: ReadArticles, current: [Current]) -> [CorpusArticle]? {
        guard previous.manifestKey != read.manifest?.key ?? 0 else { return previous.articles }
        guard !read.hasFolded else { return nil }
        var articles = previous.articles
        for i in articles.indices {
            guard let k = index(of: articles[i].id, in: current), case .analysis(let j) = current[k].place else { continue }
            articles[i] = CorpusArticle(read.analyses[j])
        }
        return articles
    }

    /// Where the article with this id is in `list` (in id order).
    private static func index(of id: String, in list: [Current]) -> Int? { list.sortedIndex(of: id) { $0.id } }

    /// The new or edited articles, and the ids and content hashes of the ones that went or were edited. Both lists
    /// are in id order (the state is; `current` too): one walk. An article is unchanged when its id, file and content
    /// are (its heading names the file).
    private static func diff(_ before: CorpusState, _ now: [Current]) -> (added: [Current], gone: [(String, UInt64)]) {
        var added: [Current] = [], gone: [(String, UInt64)] = []
        let old = before.articles, hashes = before.contentHashes
        var i = 0
        for a in now {
            while i < old.count, old[i].id < a.id { gone.append((old[i].id, hashes[i])); i += 1 }
            if i < old.count, old[i].id == a.id {
                if hashes[i] != a.contentHash || old[i].file != a.file {
                    added.append(a)
                    gone.append((old[i].id, hashes[i]))
                }
                i += 1
            } else {
                added.append(a)
            }
        }
        for k in i..<old.count { gone.append((old[k].id, hashes[k])) }
        return (added, gone)
    }
}
