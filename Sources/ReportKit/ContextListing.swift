import Foundation
import Stats

/// `report-gen context NAME`: every sentence of the input folder's articles that mentions NAME, with the article's
/// title, date and outlet (front matter, a manifest beside the articles, or the text's headline and dateline).
public enum ContextListing {
    public struct Result: Sendable {
        public var rows: [ConcordanceRow]
        /// How the query was understood: a lexicon entity, or a plain word or phrase.
        public var query: Concordance.Query
        /// Files that could not be read, and manifest lines that were skipped.
        public var warnings: [String]
    }

    public static func run(query: String, input: URL, display: String, lexicon file: URL?) throws -> Result {
        let lexicon = try ReportGenerator.loadLexicon(file)
        let files = try ArticleFiles.list(in: input, displayPrefix: display)
        guard !files.isEmpty else { throw ReportError.noArticles(input.path) }
        let manifest = ArticleManifest.load(forInput: input.path)
        let analyzer = ArticleAnalyzer(lexicon: lexicon)
        let concordance = Concordance(query, lexicon: lexicon)
        let found = Locked([[ConcordanceRow]?](repeating: nil, count: files.count))
        let problems = Locked([String?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let file = files[i]
            guard let data = file.path.contents() else {
                problems.withLock { $0[i] = "skipped \(file.displayPath): the file cannot be read" }
                return
            }
            guard case .success(let decoded) = ArticleDecoder.decode(data) else { return }
            let hits = concordance.hits(in: decoded.utf8, article: file.id)
            guard !hits.isEmpty else { return }
            var article = analyzer.analyze(decoded.utf8, id: file.id, file: file.displayPath)
            article.metadata = manifest.apply(to: article.metadata, articleAt: file.path.display)
            found.withLock { $0[i] = hits.map { ConcordanceRow(hit: $0, article: article) } }
        }
        return Result(rows: found.withLock { $0 }.compactMap { $0 }.flatMap { $0 }, query: concordance.query,
                      warnings: manifest.warnings + problems.withLock { $0 }.compactMap { $0 })
    }
}
