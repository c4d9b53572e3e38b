import Foundation
import Stats

/// What the last run kept that lets this one leave the analyses of unchanged articles undecoded in the cache: its
/// statistics (`CorpusState`, which hold each article's heading and each figure's fact) and what it read (the run
/// manifest's history, against which new facts are found).
struct LastRun: Sendable {
    var state: CorpusState
    var history: RunHistory
}

extension ReadArticles {
    /// Where an article's analysis is: in `analyses`, or still in the cache record of entry `i` (folded undecoded).
    enum Place: Sendable {
        case analysis(Int)
        case record(Int)
    }

    /// Whether some entries were folded while read (their analyses are not in `analyses`).
    var hasFolded: Bool { entries.contains { $0.outcome.isFolded } }

    /// The analysis at `place`, decoded from the cache when it was folded undecoded.
    func analysis(_ place: Place) -> ArticleAnalysis? {
        switch place {
        case .analysis(let i): return analyses[i]
        case .record(let i):
            guard i < reusedRecords.count, let record = reusedRecords[i], case .analysed(let analysis, _, _)? = cache?.entry(record: record)?.outcome,
                  case .folded(let id, _, _) = entries[i].outcome, analysis.id == id, analysis.file == entries[i].path else { return nil }
            return analysis
        }
    }

    /// Decodes the folded entries that `last` does not describe as they are (another id, file or content in its
    /// statistics, or content its history did not read): their analyses are counted, or hold new facts. Before the
    /// manifest beside the folder is applied, so they get its titles and dates. `files` are the entries' files.
    mutating func decodeUncovered(by last: LastRun, files: [ArticleFile], analyzer: ArticleAnalyzer) {
        let articles = last.state.articles, hashes = last.state.contentHashes
        var changed = false
        for i in entries.indices {
            guard case .folded(let id, _, _) = entries[i].outcome else { continue }
            let e = entries[i]
            if let k = Self.index(of: id, in: articles), hashes[k] == e.contentHash, articles[k].file == e.path,
               last.history.articles[e.path] == e.contentHash { continue }
            decode(i, files: files, analyzer: analyzer)
            if let keys = RunHistory.keys(entries[i]) { history.add(keys) }
            changed = true
        }
        if changed { analyses = entries.compactMap { if case .analysed(let a, _, _) = $0.outcome { a } else { nil } } }
        figureLimitNotes = entries.compactMap { e -> String? in
            switch e.outcome {
            case .analysed(let a, _, _): return a.figureLimitWarning
            case .folded(let id, _, _): return Self.index(of: id, in: articles).flatMap { articles[$0].figureLimitWarning }
            case .skipped: return nil
            }
        }
    }

    /// Every article decoded, for counting them all again (the last statistics could not be updated). `state` gives
    /// the folded articles' titles and dates as the manifest beside the folder made them (it is the same manifest).
    func unfolded(_ state: CorpusState, files: [ArticleFile], analyzer: ArticleAnalyzer) -> ReadArticles {
        var read = self
        for i in entries.indices {
            guard case .folded(let id, _, _) = entries[i].outcome else { continue }
            read.decode(i, files: files, analyzer: analyzer)
            guard case .analysed(var a, let decoding, let warnings) = read.entries[i].outcome else { continue }
            if let k = Self.index(of: id, in: state.articles) { a.metadata = state.articles[k].metadata }
            read.entries[i].outcome = .analysed(a, decoding: decoding, warnings: warnings)
        }
        read.analyses = read.entries.compactMap { if case .analysed(let a, _, _) = $0.outcome { a } else { nil } }
        return read
    }

    /// Entry `i`'s analysis decoded from its record; analysed again from its file if the record does not decode
    /// (its checksum held when it was read, so only a broken cache gets here).
    private mutating func decode(_ i: Int, files: [ArticleFile], analyzer: ArticleAnalyzer) {
        if let analysis = analysis(.record(i)), case .folded(_, let decoding, let warnings) = entries[i].outcome {
            entries[i].outcome = .analysed(analysis, decoding: decoding, warnings: warnings)
            return
        }
        entries[i] = ArticleReader.analyse(files[i], analyzer: analyzer, title: i < titles.count ? titles[i] : nil)
        reusedRecords[i] = nil
        fresh[i] = true
    }

    /// Where the article with this id is in `list` (in id order).
    static func index(of id: String, in list: [CorpusArticle]) -> Int? { list.sortedIndex(of: id) { $0.id } }
}

extension LastRun {
    /// Nil without either, or when the manifest beside `folder` is not the one the state's titles and dates came from.
    init?(_ state: CorpusState?, _ manifest: RunManifest?, forInput folder: String) {
        guard let state, let manifest, state.manifestKey == ManifestCache.key(forInput: folder) else { return nil }
        self.init(state: state, history: manifest.history)
    }
}
