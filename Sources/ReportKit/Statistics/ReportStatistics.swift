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

    /// `read` holds the articles the filters kept (`filters` says what they left out).
    static func compute(_ read: ReadArticles, filters: FilterSummary? = nil, inputs: RunInputs) -> ReportStatistics {
        ReportStatistics(corpus: CorpusStats(analyses: read.analyses, lexicon: inputs.lexicon), decodings: read.decodings,
                         skipped: read.skipped, fingerprint: fingerprint(read, filters: filters, inputs: inputs), filters: filters)
    }

    static func fingerprint(_ read: ReadArticles, filters: FilterSummary? = nil, inputs: RunInputs) -> UInt64 {
        var h = FNV1a()
        // Another filter counts other articles: every output changes with it.
        h.add(filters.map { "filters \($0.description); \($0.counts)" } ?? "no filters")
        // Titles and dates may come from a manifest beside the folder, which changes without the articles changing.
        for a in read.analyses { h.add("\(a.metadata.title ?? "")\u{1}\(a.metadata.date ?? "")\u{1}\(a.metadata.source ?? "")\u{1}\(a.metadata.url ?? "")") }
        h.add(inputs.options.formatVersion)
        h.add(inputs.cacheStamp)
        for e in read.entries {
            h.add(e.path)
            h.add(String(e.contentHash, radix: 16))
            switch e.outcome {
            case .analysed(let analysis, _, _): h.add(analysis.id)
            case .skipped(let reason): h.add("skipped " + reason)
            }
        }
        // A manifest beside the folder renames and dates articles without changing their files.
        for a in read.analyses {
            for field in [a.metadata.title, a.metadata.date, a.metadata.source, a.metadata.url] { h.add(field ?? "-") }
        }
        for w in read.manifestWarnings { h.add(w) }
        return h.value
    }
}
