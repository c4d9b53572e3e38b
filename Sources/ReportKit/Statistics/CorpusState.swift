import Foundation
import Stats

/// The merged statistics of the last run, in `Output/.cache/corpus.bin`, so a run with k changed articles starts from
/// them: the old statistics of the changed and removed articles are subtracted and the new ones merged in.
///
/// Everything the merge needs of the unchanged articles is here: each article as the statistics keep it (heading,
/// counts) and each figure's fact, so an incremental run decodes the analyses of the changed articles only. Articles
/// are named once, by id with the hash of their content; counts and figures refer to them by number. Each section
/// carries a CRC-32 like the analysis records; a damaged, stale or missing file reads as no state, and the statistics
/// are computed whole.
struct CorpusState {
    static let relativePath = ".cache/corpus.bin"
    /// 2: the articles' headings and the figures' facts (the analyses are no longer needed to restore the statistics).
    static let magic = "report-gen corpus 2"

    /// The articles the statistics were made from, in id order.
    var articles: [CorpusArticle]
    /// The hash of each article's content, in the same order.
    var contentHashes: [UInt64]
    var parts: CorpusStats.Parts
    /// `facts[i]` is the fact of `parts.figures[i]` (its first source's).
    var facts: [Fact]
    /// The key of the manifest beside the folder that gave the articles' titles and dates (`ManifestCache.key`).
    var manifestKey: UInt64

    static func load(from output: URL, stamp: String) -> CorpusState? {
        guard let file = MappedFile(path: output.appendingPathComponent(relativePath).path) else { return nil }
        return file.withBytes { bytes in
            let sections = Framing.records(in: bytes)
            guard sections.count == 5 else { return nil }
            return bytes.withMemoryRebound(to: UInt8.self) { raw in
                var readers = sections.map { BinaryReader(UnsafeBufferPointer(rebasing: raw[$0])) }
                guard (try? readers[0].string()) == magic + "\n" + stamp, let key = try? readers[0].uint64() else { return nil }
                return try? read(&readers, manifestKey: key)
            }
        }
    }

    private static func read(_ r: inout [BinaryReader], manifestKey: UInt64) throws -> CorpusState {
        var state = CorpusState(articles: [], contentHashes: [], parts: .init(mentions: [], unknownNames: [], figures: []),
                                facts: [], manifestKey: manifestKey)
        try state.readArticles(&r[1])
        let ids = state.articles
        func article(_ r: inout BinaryReader) throws -> String {
            let rank = try r.int()
            guard ids.indices.contains(rank) else { throw BinaryReader.Damaged() }
            return ids[rank].id
        }
        for _ in 0..<(try r[2].count()) {
            let entity = try r[2].string()
            guard let category = EntityCategory(rawValue: try r[2].string()) else { throw BinaryReader.Damaged() }
            var count = EntityCount(entity: entity, category: category, total: try r[2].int(), articles: try r[2].int(), byArticle: [:])
            let n = try r[2].count()
            count.byArticle.reserveCapacity(n)
            for _ in 0..<n { count.byArticle[try article(&r[2])] = try r[2].int() }
            state.parts.mentions.append(count)
        }
        for _ in 0..<(try r[3].count()) {
            state.parts.unknownNames.append(UnknownName(name: try r[3].string(), total: try r[3].int(), articles: try r[3].int()))
        }
        let figures = try r[4].count()
        state.parts.figures.reserveCapacity(figures)
        state.facts.reserveCapacity(figures)
        for _ in 0..<figures {
            let hash = try r[4].uint64()
            var sources: [FactSource] = []
            let n = try r[4].count()
            guard n > 0 else { throw BinaryReader.Damaged() }
            sources.reserveCapacity(n)
            for _ in 0..<n {
                sources.append(FactSource(article: try article(&r[4]), start: try r[4].int(), end: try r[4].int(), index: try r[4].int()))
            }
            state.parts.figures.append(.init(hash: hash, sources: sources))
            var fact = try Fact.read(from: &r[4])
            // Figures of one sentence follow each other: one copy of it, as in the analyses.
            if let last = state.facts.last { fact.shareSentence(with: last) }
            state.facts.append(fact)
        }
        guard r.allSatisfy(\.atEnd) else { throw BinaryReader.Damaged() }
        return state
    }

    private mutating func readArticles(_ r: inout BinaryReader) throws {
        let n = try r.count()
        articles.reserveCapacity(n)
        contentHashes.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.string(), hash = try r.uint64(), file = try r.string()
            let metadata = ArticleMetadata(title: try r.optional { try $0.string() }, date: try r.optional { try $0.string() },
                                           source: try r.optional { try $0.string() }, url: try r.optional { try $0.string() },
                                           language: try r.language())
            articles.append(CorpusArticle(id: id, file: file, metadata: metadata, words: try r.int(), mentions: try r.counts(),
                                          dropped: try r.counts(), factCount: try r.int(), figuresNotKept: try r.int()))
            contentHashes.append(hash)
            // In id order, as written: the run walks this list beside its own.
            if articles.count > 1, !(articles[articles.count - 2].id < id) { throw BinaryReader.Damaged() }
        }
    }

    /// The file for `stats`: its corpus statistics, with each article's content hash and the manifest's key.
    static func encode(_ stats: ReportStatistics, stamp: String, write: ([UInt8]) throws -> Void) throws {
        let corpus = stats.corpus, hashes = stats.contentHashes
        let parts = corpus.parts
        // By index: `for a in stats.articles` (and `enumerated().map`) copied every article, a third of this function.
        let articles = corpus.articles
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(articles.count)
        for i in articles.indices where ranks[articles[i].id] == nil { ranks[articles[i].id] = i }
        var out: [UInt8] = []
        var w = BinaryWriter()
        w.string(magic + "\n" + stamp)
        w.uint64(stats.manifestKey ?? 0)
        Framing.frame(w.drain(), into: &out)
        // Each section handed to `write` as it is framed: the figures' facts make the file ~10 MB on the corpus.
        func flush() throws {
            Framing.frame(w.drain(), into: &out)
            try write(out)
            out.removeAll(keepingCapacity: true)
        }
        w.int(articles.count)
        for i in articles.indices { heading(articles[i], hash: hashes[articles[i].id] ?? 0, to: &w) }
        try flush()
        w.int(parts.mentions.count)
        for m in parts.mentions {
            w.string(m.entity); w.string(m.category.rawValue); w.int(m.total); w.int(m.articles)
            w.int(m.byArticle.count)
            for (id, n) in m.byArticle.sorted(by: { $0.key < $1.key }) { w.int(ranks[id] ?? -1); w.int(n) }
        }
        try flush()
        w.int(parts.unknownNames.count)
        for u in parts.unknownNames { w.string(u.name); w.int(u.total); w.int(u.articles) }
        try flush()
        let facts = corpus.facts
        w.int(parts.figures.count)
        for (i, f) in parts.figures.enumerated() {
            w.uint64(f.hash)
            w.int(f.sources.count)
            for s in f.sources { w.int(ranks[s.article] ?? -1); w.int(s.start); w.int(s.end); w.int(s.index) }
            facts[i].fact.write(to: &w)
        }
        try flush()
    }

    private static func heading(_ a: CorpusArticle, hash: UInt64, to w: inout BinaryWriter) {
        w.string(a.id); w.uint64(hash); w.string(a.file)
        w.optional(a.metadata.title) { $0.string($1) }
        w.optional(a.metadata.date) { $0.string($1) }
        w.optional(a.metadata.source) { $0.string($1) }
        w.optional(a.metadata.url) { $0.string($1) }
        w.string(a.metadata.language.rawValue)
        w.int(a.words); w.counts(a.mentions); w.counts(a.dropped); w.int(a.factCount); w.int(a.figuresNotKept)
    }
}
