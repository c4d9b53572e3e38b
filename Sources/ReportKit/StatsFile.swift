import Foundation
import Stats

/// `Output/stats.json`: the contract in docs (output-schema.md). Everything the report shows comes from it.
struct StatsFile: Encodable {
    struct Article: Encodable {
        var id: String, file: String, title: String?, date: String?, source: String?, url: String?
        var language: String, words: Int
        /// How the file was decoded when it was not plain UTF-8 ("windows-1252", "utf-16le", "mojibake-repaired").
        var decoding: String?
        /// Boilerplate lines dropped, per reason.
        var dropped: [String: Int]?
    }
    struct Mention: Encodable {
        var entity: String, category: String, total: Int, articles: Int, byArticle: [String: Int]
    }
    struct FactEntry: Encodable {
        var id: String, article: String, kind: String, value: FactValue, valueMax: Double?, unit: String?, bound: String
        var subject: String?, role: String?, noun: String?, text: String, sentence: String, start: Int, end: Int
        /// Every article stating the same figure, when there is more than one.
        var sources: [FactSource]?
    }
    struct ConflictEntry: Encodable {
        var subject: String, kind: String, role: String?, unit: String?, facts: [String]
    }
    struct Unknown: Encodable { var name: String, total: Int, articles: Int }
    struct Skipped: Encodable { var file: String, reason: String }

    var generator: String
    var articles: [Article]
    var mentions: [Mention]
    var facts: [FactEntry]
    var conflicts: [ConflictEntry]
    var unknownNames: [Unknown]
    var skipped: [Skipped]

    init(corpus: CorpusStats, decodings: [String: String], skipped: [Skipped], generator: String) {
        self.generator = generator
        articles = corpus.articles.map { a in
            Article(id: a.id, file: a.file, title: a.metadata.title, date: a.metadata.date, source: a.metadata.source,
                    url: a.metadata.url, language: a.metadata.language, words: a.words, decoding: decodings[a.id],
                    dropped: a.dropped.isEmpty ? nil : a.dropped)
        }
        mentions = corpus.mentions.map {
            Mention(entity: $0.entity, category: $0.category.rawValue, total: $0.total, articles: $0.articles, byArticle: $0.byArticle)
        }
        facts = corpus.facts.map { c in
            let f = c.fact
            return FactEntry(id: c.id, article: c.article, kind: f.kind.rawValue, value: f.value, valueMax: f.valueMax, unit: f.unit,
                             bound: f.bound.rawValue, subject: f.subject, role: f.role, noun: f.noun, text: f.text,
                             sentence: f.sentence, start: f.start, end: f.end, sources: c.sources.count > 1 ? c.sources : nil)
        }
        conflicts = corpus.conflicts.map {
            ConflictEntry(subject: $0.subject, kind: $0.kind.rawValue, role: $0.role, unit: $0.unit, facts: $0.factIDs)
        }
        unknownNames = corpus.unknownNames.map { Unknown(name: $0.name, total: $0.total, articles: $0.articles) }
        self.skipped = skipped
    }

    /// Pretty, key-sorted JSON: the same statistics always give the same bytes.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}
