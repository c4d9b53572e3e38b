import Foundation
import Stats

/// `report-gen entities`: mentions per entity, or (`--unknown`) recurring names the lexicon lacks, as text.
public enum EntityListing {
    public static func run(input: URL, display: String, lexicon file: URL?, unknown: Bool) throws -> String {
        let lexicon = try ReportGenerator.loadLexicon(file)
        let files = try ArticleFiles.list(in: input, displayPrefix: display)
        let read = ArticleReader.readAll(files, analyzer: ArticleAnalyzer(lexicon: lexicon), progress: nil)
        guard !read.analyses.isEmpty else { throw ReportError.noArticles(input.path, skipped: read.skipped.map { "skipped \($0.file): \($0.reason)" }) }
        let corpus = CorpusStats(analyses: read.analyses, lexicon: lexicon)
        var out = ""
        if unknown {
            out += "# Names that recur but are not in the lexicon (mentions, articles). Add them as:\n"
            out += "#   category | Name | alias; alias\n"
            for n in corpus.unknownNames { out += "\(n.name)\t\(n.total)\t\(n.articles)\n" }
        } else {
            out += "# entity\tcategory\tmentions\tarticles\n"
            for m in corpus.mentions { out += "\(m.entity)\t\(m.category.rawValue)\t\(m.total)\t\(m.articles)\n" }
        }
        return out
    }
}
