import Foundation
import Stats

/// `report-gen entities`: mentions per entity, or (`--unknown`) recurring names the lexicon lacks, as text.
public enum EntityListing {
    public static func run(input: URL, display: String, lexicon file: URL?, unknown: Bool) throws -> String {
        let inputs = try RunInputs.gather(ReportOptions(input: input, output: input, inputDisplay: display).with(lexicon: file))
        let read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        let corpus = CorpusStats(analyses: read.analyses, lexicon: inputs.lexicon)
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

extension ReportOptions {
    func with(lexicon file: URL?) -> ReportOptions {
        var copy = self
        copy.lexiconFile = file
        return copy
    }
}
