import Foundation
import Stats

/// `--since`, `--until` and `--about` as the user gave them: which articles a report counts (all when empty).
public struct FilterOptions: Sendable, Equatable {
    /// ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), both ends included.
    public var since: String?
    public var until: String?
    /// Words or phrases (`ai` for the built-in set).
    public var about: [String] = []

    public init(since: String? = nil, until: String? = nil, about: [String] = []) {
        self.since = since
        self.until = until
        self.about = about
    }

    public var isEmpty: Bool { since == nil && until == nil && about.isEmpty }

    /// A date option's value as an ISO prefix, or a sentence saying what is wrong with it (for `validate()`).
    public static func checkDate(_ value: String, option: String) throws -> String {
        guard let iso = ArticleFilter.isoBound(value) else {
            throw FilterError("'\(option)' takes a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06); '\(value)' is not one.")
        }
        return iso
    }

    public struct FilterError: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}

/// What the filters did, for the cover, the terminal and stats.json's `filters` object.
struct FilterSummary: Sendable, Equatable {
    var since: String?
    var until: String?
    var about: [String]
    var kept: Int
    /// Articles left out per reason (`undated`, `before_since`, `after_until`, `off_topic`); reasons with none absent.
    var excluded: [ArticleFilter.Reason: Int]
    /// "since 2025-06, about ai" as options spell it.
    var description: String
    /// "205 of 257 articles kept; left out: 12 undated, 40 not on the topic".
    var counts: String

    var excludedTotal: Int { excluded.values.reduce(0, +) }
}

/// Stage 2½: the articles the report counts. Filters apply after reading (the cache holds every article, filtered
/// or not, so changing a filter never re-analyses) and before counting (every chart, table and CSV sees the same set).
enum ArticleSelection {
    static func apply(_ read: ReadArticles, inputs: RunInputs) throws -> (read: ReadArticles, summary: FilterSummary?) {
        let options = inputs.options.filter
        guard !options.isEmpty else { return (read, nil) }
        let filter = ArticleFilter(since: options.since.flatMap(ArticleFilter.isoBound), until: options.until.flatMap(ArticleFilter.isoBound),
                                   about: options.about, lexicon: inputs.lexicon)
        // The cache keeps analyses, not text: the `--about` words are looked for in the file, read again.
        let paths = Dictionary(inputs.files.map { ($0.displayPath, $0.path) }, uniquingKeysWith: { a, _ in a })
        let articles = read.analyses
        let reasons = Locked([ArticleFilter.Reason?](repeating: nil, count: articles.count))
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            let reason = filter.exclusion(articles[i]) { article in
                guard let bytes = paths[article.file]?.contents(), case .success(let decoded) = ArticleDecoder.decode(bytes) else { return nil }
                return decoded.utf8
            }
            reasons.withLock { $0[i] = reason }
        }
        var result = ArticleFilter.Result(kept: [], excluded: [:])
        for (article, reason) in zip(articles, reasons.withLock { $0 }) {
            if let reason { result.excluded[reason, default: 0] += 1 } else { result.kept.append(article) }
        }
        let summary = FilterSummary(since: filter.since, until: filter.until, about: filter.about, kept: result.kept.count,
                                    excluded: result.excluded, description: filter.description, counts: result.summary)
        guard !result.kept.isEmpty else { throw ReportError.nothingKept(inputs.options.inputDisplay, summary.description, summary.counts) }
        var selected = read
        selected.analyses = result.kept
        return (selected, summary)
    }
}
