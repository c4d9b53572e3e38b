import Foundation
import Stats

/// Reads and analyses the article files in parallel, skipping the ones that are not text and reusing
/// the cached result of every article whose content was seen before.
enum ArticleReader {
    struct Result {
        var analyses: [ArticleAnalysis]
        /// Article id → how it was decoded, for files that were not plain UTF-8.
        var decodings: [String: String]
        var skipped: [StatsFile.Skipped]
        /// "FILE: how it was decoded" for files that were not plain UTF-8.
        var notes: [String]
        /// One cache entry per file, in file order: the next run's cache.
        var entries: [AnalysisCache.Entry]
        /// How many files had to be analysed (not found in the cache).
        var analysed: Int
    }

    static func readAll(_ files: [ArticleFile], analyzer: ArticleAnalyzer, cache: AnalysisCache? = nil,
                        progress: (@Sendable (Int, Int) -> Void)?) -> Result {
        let entries = Locked([AnalysisCache.Entry?](repeating: nil, count: files.count))
        let done = Locked(0)
        let fresh = Locked(0)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let (entry, analysed) = read(files[i], analyzer: analyzer, cache: cache)
            entries.withLock { $0[i] = entry }
            if analysed { fresh.withLock { $0 += 1 } }
            if let progress { progress(done.withLock { $0 += 1; return $0 }, files.count) }
        }
        var result = Result(analyses: [], decodings: [:], skipped: [], notes: [], entries: [], analysed: fresh.withLock { $0 })
        result.entries = entries.withLock { $0 }.map { $0! }
        for (file, entry) in zip(files, result.entries) {
            switch entry.outcome {
            case .analysed(let analysis, let decoding, let warnings):
                result.analyses.append(analysis)
                if let decoding { result.decodings[analysis.id] = decoding }
                result.notes += warnings.map { "\(file.displayPath): \($0)" }
            case .skipped(let reason):
                result.skipped.append(.init(file: file.displayPath, reason: reason))
            }
        }
        return result
    }

    /// One file's entry, and whether it had to be analysed.
    private static func read(_ file: ArticleFile, analyzer: ArticleAnalyzer, cache: AnalysisCache?) -> (AnalysisCache.Entry, Bool) {
        if let cached = cache?.unchanged(file) { return (renamed(cached, to: file), false) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            var info = stat()
            let brokenLink = lstat(file.path, &info) == 0 && stat(file.path, &info) != 0
            let reason = brokenLink ? "the file cannot be read: it is a broken link (or a loop of links)" : "the file cannot be read; check its permissions"
            return (AnalysisCache.Entry(path: file.displayPath, size: file.size, modified: file.modified, contentHash: 0,
                                        outcome: .skipped(reason)), true)
        }
        let bytes = Array(data)
        var hash = FNV1a()
        hash.add(bytes: bytes)
        var entry = AnalysisCache.Entry(path: file.displayPath, size: file.size, modified: file.modified, contentHash: hash.value,
                                        outcome: .skipped(""))
        if let outcome = cache?.outcome(forContent: hash.value) {
            entry.outcome = outcome
            return (renamed(entry, to: file), false)
        }
        switch ArticleDecoder.decode(bytes) {
        case .failure(let rejection):
            entry.outcome = .skipped(rejection.reason)
        case .success(let decoded):
            let analysis = analyzer.analyze(decoded.utf8, id: file.id, file: file.displayPath)
            entry.outcome = .analysed(analysis, decoding: decoded.encoding, warnings: decoded.warnings)
        }
        return (entry, true)
    }

    /// A cached result under the file's current name (the same content may have moved).
    private static func renamed(_ entry: AnalysisCache.Entry, to file: ArticleFile) -> AnalysisCache.Entry {
        var e = entry
        e.path = file.displayPath
        e.size = file.size
        e.modified = file.modified
        if case .analysed(var analysis, let decoding, let warnings) = e.outcome {
            analysis.id = file.id
            analysis.file = file.displayPath
            e.outcome = .analysed(analysis, decoding: decoding, warnings: warnings)
        }
        return e
    }
}
