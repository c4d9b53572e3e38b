import Stats

/// Stage 3: the corpus statistics, with what stats.json says about how files were read.
struct ReportStatistics: Sendable {
    var corpus: CorpusStats
    /// Article id → how it was decoded, for files that were not plain UTF-8.
    var decodings: [String: String]
    var skipped: [StatsFile.Skipped]
    /// A fingerprint of everything stats.json is made from: the articles' contents, paths and ids, the analyser and
    /// the lexicon. Equal fingerprints give equal files, so an unchanged stats.json is not even encoded.
    var fingerprint: UInt64
    /// What `--since`, `--until` and `--about` kept and left out; nil when no filter was given.
    var filters: FilterSummary? = nil

    /// The content hash of each counted article: kept with the statistics for the next run.
    var contentHashes = ContentHashes([], byID: [:])
    /// How the statistics were made, for benchmarks and tests: from the last run's, or whole.
    var merged = false
    /// The key of the manifest beside the folder that titled and dated the articles (`ManifestCache.key`): the next
    /// run takes unchanged articles from these statistics only under the same one.
    var manifestKey: UInt64?

    /// `read` holds the articles the filters kept (`filters` says what they left out). With the last run's statistics
    /// (`previous`), only the articles that changed are counted again.
    static func compute(_ read: ReadArticles, filters: FilterSummary? = nil, inputs: RunInputs, previous: CorpusState? = nil) -> ReportStatistics {
        let hashes = contentHashes(read)
        let incremental = previous.flatMap { IncrementalCorpus.update($0, read: read, hashes: hashes, lexicon: inputs.lexicon) }
        let corpus = incremental ?? read.folding?.finish() ?? counted(read, previous: previous, inputs: inputs)
        var stats = ReportStatistics(corpus: corpus,
                                     decodings: read.decodings, skipped: read.skipped,
                                     fingerprint: fingerprint(read, corpus: corpus, filters: filters, inputs: inputs), filters: filters)
        stats.contentHashes = ContentHashes(corpus.articles, byID: hashes)
        stats.merged = incremental != nil
        stats.manifestKey = read.manifest?.key
        return stats
    }

    /// Every article counted: those folded undecoded (read for `previous`, which could not be updated) decoded first.
    private static func counted(_ read: ReadArticles, previous: CorpusState?, inputs: RunInputs) -> CorpusStats {
        guard let previous, read.hasFolded else { return CorpusStats(analyses: read.analyses, lexicon: inputs.lexicon) }
        let all = read.unfolded(previous, files: inputs.files, analyzer: ArticleAnalyzer(lexicon: inputs.lexicon))
        return CorpusStats(analyses: all.analyses, lexicon: inputs.lexicon)
    }

    private static func contentHashes(_ read: ReadArticles) -> [String: UInt64] {
        var hashes: [String: UInt64] = [:]
        for e in read.entries {
            switch e.outcome {
            case .analysed(let a, _, _): hashes[a.id] = e.contentHash
            case .folded(let id, _, _): hashes[id] = e.contentHash
            case .skipped: break
            }
        }
        return hashes
    }

    /// `corpus` holds the articles folded while read (their titles and dates).
    static func fingerprint(_ read: ReadArticles, corpus: CorpusStats, filters: FilterSummary? = nil, inputs: RunInputs) -> UInt64 {
        var h = FNV1a()
        // Another filter counts other articles: every output changes with it.
        h.add(filters.map { "filters \($0.description); \($0.counts)" } ?? "no filters")
        // Titles and dates may come from a manifest beside the folder, which changes without the articles changing.
        // The four fields joined by U+0001 (as `add` of "title\u{1}date\u{1}source\u{1}url" hashes them), in one
        // reused buffer: a string interpolated per article cost more than the hashing.
        var fields: [UInt8] = []
        func add(_ field: String?, _ end: UInt8) {
            fields.append(contentsOf: (field ?? "").utf8)
            fields.append(end)
        }
        let metadata = read.metadataInFileOrder(corpus)
        for m in metadata {
            fields.removeAll(keepingCapacity: true)
            add(m.title, 1); add(m.date, 1); add(m.source, 1); add(m.url, 0)
            h.add(bytes: fields)
        }
        h.add(inputs.options.formatVersion)
        h.add(inputs.cacheStamp)
        for i in read.entries.indices {
            h.add(read.entries[i].path)
            h.add(String(read.entries[i].contentHash, radix: 16))
            switch read.entries[i].outcome {
            case .analysed(let analysis, _, _): h.add(analysis.id)
            case .skipped(let reason): h.add("skipped " + reason)
            case .folded(let id, _, _): h.add(id)
            }
        }
        // A manifest beside the folder renames and dates articles without changing their files.
        for m in metadata {
            h.add(m.title ?? "-"); h.add(m.date ?? "-"); h.add(m.source ?? "-"); h.add(m.url ?? "-")
        }
        for w in read.manifestWarnings { h.add(w) }
        return h.value
    }
}
