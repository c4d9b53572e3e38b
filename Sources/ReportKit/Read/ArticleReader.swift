import Foundation
import Stats

/// Stage 2: the articles read and analysed, from the cache where their content was seen before.
struct ReadArticles: Sendable {
    var analyses: [ArticleAnalysis]
    /// Article id → how it was decoded, for files that were not plain UTF-8.
    var decodings: [String: String]
    var skipped: [StatsFile.Skipped]
    /// One cache entry per file, in file order: the next run's cache, and what the run state records.
    var entries: [AnalysisCache.Entry]
    /// Per entry, whether its file was analysed in this run (not found in the cache).
    var fresh: [Bool] = []

    /// How many files had to be analysed (not found in the cache).
    var analysedAfresh: Int { fresh.count { $0 } }

    /// "FILE: how it was decoded" for files that were not plain UTF-8 and were analysed in this run: a cached file
    /// was said on the run that first read it (stats.json's `decoding` keeps it for good). Made when asked for (the
    /// summary, at the end): one in five articles of the corpus is repaired, and the lines were ~1 MB per 27,500.
    var notes: [String] {
        zip(entries, fresh).flatMap { entry, fresh -> [String] in
            guard fresh else { return [] }
            switch entry.outcome {
            case .analysed(_, _, let warnings), .folded(_, _, let warnings): return warnings.map { "\(entry.path): \($0)" }
            case .skipped: return []
            }
        }
    }
    /// Per entry, the record of `cache` that holds it unchanged (copied as bytes into the next cache).
    var reusedRecords: [Int?] = []
    /// The cache the entries were read from.
    var cache: AnalysisCache?
    /// Per entry, the record of `spill` that holds it (encoded while reading, when it could not be reused).
    var spilled: [Int?] = []
    var spill: RecordSpill?
    /// The entries' writer once they are handed over to it (`handOverEntries`).
    var handedOver: CacheRecords?
    /// What was read, for the manifest: made while the analyses are in memory (see `folded`).
    var history = RunHistory()
    /// The statistics folded while reading (`ArticleReader.read(…, folding: true)`); then `analyses` is empty.
    var folding: CorpusStats.Folding?
    /// The warnings of articles that reached the figure limit, in file order.
    var figureLimitNotes: [String] = []

    /// How many articles were read (files analysed, not skipped).
    var articleCount: Int { entries.count { if case .skipped = $0.outcome { false } else { true } } }

    /// Each article's title, date, outlet and link, in file order; `corpus` holds the folded articles' (the analysed
    /// ones' are in `analyses`, which may be fewer than the entries: filters choose articles).
    func metadataInFileOrder(_ corpus: CorpusStats) -> [ArticleMetadata] {
        guard folding != nil || hasFolded else { return analyses.map(\.metadata) }
        let articles = corpus.articles
        return entries.compactMap { e in
            let id: String
            switch e.outcome {
            case .analysed(let analysis, _, _): id = analysis.id
            case .folded(let folded, _, _): id = folded
            case .skipped: return nil
            }
            return corpus.articleIndex(id).map { articles[$0].metadata }
        }
    }

    /// The manifest beside the folder, parsed or from the last run's cache (Inputs/ManifestCache.swift).
    var manifest: ManifestCache?
    /// Per file, the title the manifest gives it (an input of its analysis); empty without a manifest.
    var titles: [String?] = []

    /// What a manifest beside the folder could not use ("line 7 is not JSON"), said like other warnings.
    var manifestWarnings: [String] = []

    var skippedLines: [String] { skipped.map { "skipped \($0.file): \($0.reason)" } + manifestWarnings }

    /// These articles once the statistics are made from them: the analyses leave memory (they made it grow with the
    /// corpus, ~75 MB per 27,500 articles). An entry whose record is kept, in the last cache or in the spill, is
    /// folded; one without (nothing else) keeps its analysis, so the next cache is still written whole.
    func folded() -> ReadArticles {
        var read = self
        read.fold()
        return read
    }

    /// `folded` in place: when nothing else holds the entries, their analyses are freed without copying the list.
    mutating func fold() {
        analyses = []
        folding = nil
        for i in entries.indices where hasRecord(i) { entries[i].outcome = entries[i].outcome.folded }
    }

    /// Whether entry `i`'s record is kept, in the last cache or the spill.
    func hasRecord(_ i: Int) -> Bool {
        (i < reusedRecords.count && reusedRecords[i] != nil) || (i < spilled.count && spilled[i] != nil)
    }

    /// Titles, dates, outlets and links from a manifest beside the articles, over what the text gave. Applied
    /// after reading, so cached analyses (which hold what the text says) get them too.
    mutating func applyManifest(_ manifest: ArticleManifest, files: [ArticleFile]) {
        manifestWarnings = manifest.warnings
        guard !manifest.isEmpty else { return }
        // The paths of the articles at hand: every file's when folding, else the analysed entries' (after an incremental
        // read, the few that changed: a file's id is made when asked for, and 27,000 of them cost more than the rest).
        var paths: [String: String] = [:]
        for (file, entry) in zip(files, entries) {
            let id: String
            switch entry.outcome {
            case .analysed(let analysis, _, _): id = analysis.id
            case .folded(let folded, _, _) where folding != nil: id = folded
            default: continue
            }
            if paths[id] == nil { paths[id] = String(decoding: file.path.bytes, as: UTF8.self) }
        }
        folding?.updateMetadata { a in paths[a.id].map { manifest.apply(to: a.metadata, articleAt: $0) } ?? a.metadata }
        for i in analyses.indices {
            guard let path = paths[analyses[i].id] else { continue }
            analyses[i].metadata = manifest.apply(to: analyses[i].metadata, articleAt: path)
        }
    }
}

/// Reads and analyses the article files in parallel, skipping the ones that are not text and reusing
/// the cached result of every article whose content was seen before.
enum ArticleReader {
    /// With `folding`, the statistics of every article read are made as they are read (`ReadArticles.folding`), and
    /// the analyses are not kept: for a run that counts every article and does not start from the last statistics.
    /// With `last` (the last run's statistics and history), an unchanged file's analysis is not decoded: its entry is
    /// folded as it is found in the cache, and the statistics take the article from `last` (`IncrementalCorpus`).
    static func read(_ inputs: RunInputs, cache: AnalysisCache?, progress: (@Sendable (Int, Int) -> Void)?,
                     folding: Bool = false, last: LastRun? = nil) throws -> ReadArticles {
        // The manifest beside the folder is read first: its titles are inputs of the analyses (from the last run's
        // cache of it, ~0.1 s on the corpus; parsing its 11 MB of JSON Lines, one file per core, ~0.3 s). Its cache
        // file's bytes are encoded while the articles are analysed.
        let folder = inputs.options.input.path
        let output = inputs.options.useCache ? inputs.options.output : nil
        let (parsed, unencoded) = ManifestCache.loadUnencoded(forInput: folder, output: output)
        let titles = Self.titles(of: inputs.files, in: parsed)
        let analyzer = ArticleAnalyzer(lexicon: inputs.lexicon)
        let kept = Locked(unencoded)
        let encode: @Sendable () -> Void = { kept.withLock { $0 = $0.encoding(parsed) } }
        var read = readAll(inputs.files, analyzer: analyzer, cache: cache, progress: progress,
                           folding: folding ? ArticleFolding(files: inputs.files, lexicon: inputs.lexicon) : nil,
                           keepingFolded: last != nil, titles: titles, alongside: unencoded.needsEncoding ? encode : nil)
        if let last { read.decodeUncovered(by: last, files: inputs.files, analyzer: analyzer) }
        cache?.releaseRead()
        read.manifest = kept.withLock { $0 }
        read.applyManifest(parsed, files: inputs.files)
        guard read.articleCount > 0 else {
            throw ReportError.noArticles(inputs.options.input.path, skipped: inputs.warnings + read.skippedLines)
        }
        return read
    }

    /// `titles` (per file, or empty) are the titles a manifest gives the files: inputs of their analyses.
    static func readAll(_ files: [ArticleFile], analyzer: ArticleAnalyzer, cache: AnalysisCache? = nil,
                        progress: (@Sendable (Int, Int) -> Void)?, folding: ArticleFolding? = nil, keepingFolded: Bool = false,
                        titles: [String?] = [], alongside: (@Sendable () -> Void)? = nil) -> ReadArticles {
        let slots = ReadingSlots(count: files.count, folding: folding)
        // Iteration 0 is `alongside`, handed out first so that it never runs alone at the end. It runs on one of the
        // pool's threads, whose memory the articles reuse (a thread of its own kept ~15 MB more at the peak).
        DispatchQueue.concurrentPerform(iterations: files.count + 1) { iteration in
            guard iteration > 0 else { alongside?(); return }
            let i = folding?.readingOrder[iteration - 1] ?? iteration - 1
            let (entry, analysed, record) = read(files[i], analyzer: analyzer, cache: cache, keepingFolded: keepingFolded,
                                                 title: i < titles.count ? titles[i] : nil)
            let done = slots.finish(i, entry, analysed: analysed, record: record)
            progress?(done, files.count)
        }
        var result = collect(files, slots.entries, fresh: slots.fresh)
        result.titles = titles
        slots.hand(to: &result, cache: cache)
        return result
    }

    private static func collect(_ files: [ArticleFile], _ entries: [AnalysisCache.Entry], fresh: [Bool]) -> ReadArticles {
        var result = ReadArticles(analyses: [], decodings: [:], skipped: [], entries: entries, fresh: fresh)
        for (file, entry) in zip(files, entries) {
            switch entry.outcome {
            case .analysed(let analysis, let decoding, _):
                result.analyses.append(analysis)
                if let decoding { result.decodings[analysis.id] = decoding }
            case .skipped(let reason):
                result.skipped.append(.init(file: file.displayPath, reason: reason))
            case .folded(let id, let decoding, _):
                if let decoding { result.decodings[id] = decoding }
            }
        }
        return result
    }

    /// A file with its id and display path made once: the entry, the analysis and the statistics share these strings.
    private struct NamedFile {
        var file: ArticleFile
        var id: String
        var displayPath: String

        init(_ file: ArticleFile) { self.file = file; id = file.id; displayPath = file.displayPath }
    }

    /// One file's entry, whether it had to be analysed, and the cache record that holds it as it is (if any).
    /// With `keepingFolded`, an unchanged file's entry is folded without decoding its analysis.
    private static func read(_ file: ArticleFile, analyzer: ArticleAnalyzer, cache: AnalysisCache?,
                             keepingFolded: Bool, title: String?) -> (AnalysisCache.Entry, Bool, Int?) {
        let named = NamedFile(file)
        let titleHash = titleHash(title)
        if keepingFolded, let (entry, record) = cache?.unchangedFolded(file, id: named.id, file: named.displayPath, titleHash: titleHash) {
            return (entry, false, record)
        }
        if let (cached, record) = cache?.unchangedRecord(file, titleHash: titleHash) {
            // Same path and identity; the record is reusable as bytes unless the article's id changed (a new clash).
            var sameID = true
            if case .analysed(let analysis, _, _) = cached.outcome { sameID = analysis.id == named.id && analysis.file == named.displayPath }
            return (renamed(cached, to: named), false, sameID ? record : nil)
        }
        let (entry, analysed) = readContent(named, analyzer: analyzer, cache: cache, title: title)
        return (entry, analysed, nil)
    }

    /// Per file, the title `manifest` gives it; empty when the manifest is.
    static func titles(of files: [ArticleFile], in manifest: ArticleManifest) -> [String?] {
        guard !manifest.isEmpty else { return [] }
        return files.map { manifest.entry(forArticleAt: String(decoding: $0.path.bytes, as: UTF8.self))?.title }
    }

    /// FNV-1a of a title; 0 without one.
    static func titleHash(_ title: String?) -> UInt64 {
        guard let title else { return 0 }
        var h = FNV1a()
        h.add(title)
        return h.value
    }

    /// The key of an analysis: what it is made of, the file's bytes and its title (`AnalysisCache`). Without a title it
    /// is the bytes' FNV-1a, as before titles were an input.
    static func analysisKey(_ bytes: [UInt8], title: String?) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytes: bytes)
        if let title {
            hash.add(bytes: [0])  // no text file holds a NUL: bytes + title cannot be another file's bytes
            hash.add(title)
        }
        return hash.value
    }

    private static func readContent(_ named: NamedFile, analyzer: ArticleAnalyzer, cache: AnalysisCache?,
                                    title: String?) -> (AnalysisCache.Entry, Bool) {
        let file = named.file
        guard let bytes = file.path.contents() else {
            return (AnalysisCache.Entry(path: named.displayPath, identity: file.identity, contentHash: 0,
                                        outcome: .skipped(unreadable(file, errno))), true)
        }
        let key = analysisKey(bytes, title: title)
        // The identity after reading: a file edited meanwhile gets a new ctime, so the next run reads it again.
        var entry = AnalysisCache.Entry(path: named.displayPath, identity: file.identity, contentHash: key, titleHash: titleHash(title),
                                        outcome: .skipped(""))
        if let outcome = cache?.outcome(forContent: key) {
            entry.outcome = outcome
            return (renamed(entry, to: named), false)
        }
        switch ArticleDecoder.decode(bytes) {
        case .failure(let rejection):
            entry.outcome = .skipped(rejection.reason)
        case .success(let decoded):
            var analysis = analyzer.analyze(decoded.utf8, id: named.id, file: named.displayPath, title: title)
            analysis.shareSentences()
            entry.outcome = .analysed(analysis, decoding: decoded.encoding, warnings: decoded.warnings)
        }
        return (entry, true)
    }

    /// The entry of `file` (under `title`) read and analysed afresh, without the cache.
    static func analyse(_ file: ArticleFile, analyzer: ArticleAnalyzer, title: String? = nil) -> AnalysisCache.Entry {
        readContent(NamedFile(file), analyzer: analyzer, cache: nil, title: title).0
    }

    /// Why a listed file could not be read, in the system's words where they help.
    private static func unreadable(_ file: ArticleFile, _ code: Int32) -> String {
        let path = file.path
        var info = stat()
        let linked = path.withCString { lstat($0, &info) } == 0 && info.st_mode & S_IFMT == S_IFLNK
        if linked, path.withCString({ stat($0, &info) }) != 0 { return "the file cannot be read: it is a broken link (or a loop of links)" }
        switch code {
        case ENOENT: return "the file was deleted while the report was being made"
        case EACCES, EPERM: return "the file cannot be read; check its permissions"
        default: return "the file cannot be read (\(String(cString: strerror(code))))"
        }
    }

    /// A cached result under the file's current name (the same content may have moved).
    private static func renamed(_ entry: AnalysisCache.Entry, to file: NamedFile) -> AnalysisCache.Entry {
        var e = entry
        e.path = file.displayPath
        e.identity = file.file.identity
        if case .analysed(var analysis, let decoding, let warnings) = e.outcome {
            analysis.id = file.id
            analysis.file = file.displayPath
            e.outcome = .analysed(analysis, decoding: decoding, warnings: warnings)
        }
        return e
    }
}
