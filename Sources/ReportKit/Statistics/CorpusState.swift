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
struct CorpusState: Sendable {
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
    /// The analyser and lexicon the statistics were made with (`RunInputs.cacheStamp`).
    var stamp = ""

    /// corpus.bin decoded on another core while the run lists its files and reads its lexicon (decoding it is most of
    /// an incremental run's first phase); checked against the run's stamp when taken.
    final class Loading: @unchecked Sendable {  // safe: `loaded` is written once, before `done` is signalled, and read after
        private let done = DispatchSemaphore(value: 0)
        private var loaded: CorpusState?

        init(from output: URL) {
            DispatchQueue.global().async { [self] in
                loaded = CorpusState.load(from: output, stamp: nil)
                done.signal()
            }
        }

        /// The state, when it was made with `stamp`.
        func take(stamp: String) -> CorpusState? {
            done.wait()
            done.signal()
            return loaded?.stamp == stamp ? loaded : nil
        }
    }

    /// The state in `output`, made with `stamp` (any, when nil).
    static func load(from output: URL, stamp: String?) -> CorpusState? {
        guard let file = MappedFile(path: output.appendingPathComponent(relativePath).path) else { return nil }
        return file.withBytes { bytes in
            let sections = Framing.records(in: bytes)
            // Every frame whole, or none used.
            guard sections.count >= 5, sections.count == Framing.frames(in: bytes).count, sections.last?.upperBound == bytes.count else { return nil }
            return bytes.withMemoryRebound(to: UInt8.self) { raw in
                var readers = sections.map { BinaryReader(UnsafeBufferPointer(rebasing: raw[$0])) }
                return try? read(&readers, stamp: stamp)
            }
        }
    }

    /// Frames: the header; the articles in frames of about a megabyte; the mentions; the unknown names; the figures in
    /// frames of about a megabyte (so that no run holds the whole file in memory while writing it).
    private static func read(_ r: inout [BinaryReader], stamp: String?) throws -> CorpusState? {
        let header = try r[0].string()
        guard header.hasPrefix(magic + "\n") else { return nil }
        let made = String(header.dropFirst(magic.count + 1))
        guard stamp == nil || made == stamp else { return nil }
        let key = try r[0].uint64(), articleCount = try r[0].int(), figureCount = try r[0].int()
        var state = CorpusState(articles: [], contentHashes: [], parts: .init(mentions: [], unknownNames: [], figures: []),
                                facts: [], manifestKey: key, stamp: made)
        var frame = 1
        // Each frame of a list starts with how many of its items it holds.
        func list(_ total: Int, _ item: (inout BinaryReader) throws -> Void) throws {
            var done = 0
            while done < total {
                guard frame < r.count else { throw BinaryReader.Damaged() }
                let n = try r[frame].count()
                guard n > 0, n <= total - done else { throw BinaryReader.Damaged() }
                for _ in 0..<n { try item(&r[frame]) }
                done += n
                frame += 1
            }
        }
        guard articleCount >= 0, figureCount >= 0 else { throw BinaryReader.Damaged() }
        state.articles.reserveCapacity(articleCount)
        state.contentHashes.reserveCapacity(articleCount)
        try list(articleCount) { try state.readArticle(&$0) }
        guard frame + 2 <= r.count else { throw BinaryReader.Damaged() }
        let ids = state.articles
        func article(_ r: inout BinaryReader) throws -> String {
            let rank = try r.int()
            guard ids.indices.contains(rank) else { throw BinaryReader.Damaged() }
            return ids[rank].id
        }
        for _ in 0..<(try r[frame].count()) {
            let entity = try r[frame].string()
            guard let category = EntityCategory(rawValue: try r[frame].string()) else { throw BinaryReader.Damaged() }
            var count = EntityCount(entity: entity, category: category, total: try r[frame].int(), articles: try r[frame].int(), byArticle: [:])
            let n = try r[frame].count()
            count.byArticle.reserveCapacity(n)
            for _ in 0..<n { count.byArticle[try article(&r[frame])] = try r[frame].int() }
            state.parts.mentions.append(count)
        }
        frame += 1
        for _ in 0..<(try r[frame].count()) {
            state.parts.unknownNames.append(UnknownName(name: try r[frame].string(), total: try r[frame].int(), articles: try r[frame].int()))
        }
        frame += 1
        state.parts.figures.reserveCapacity(figureCount)
        state.facts.reserveCapacity(figureCount)
        try list(figureCount) { r in
            let hash = try r.uint64()
            let n = try r.count()
            guard n > 0 else { throw BinaryReader.Damaged() }
            var sources: [FactSource] = []
            sources.reserveCapacity(n)
            for _ in 0..<n { sources.append(FactSource(article: try article(&r), start: try r.int(), end: try r.int(), index: try r.int())) }
            state.parts.figures.append(.init(hash: hash, sources: sources))
            // 1: the sentence of the figure before (figures of one sentence follow each other), one copy as in the analyses.
            let sameSentence = try r.int() == 1
            var fact = try Fact.read(from: &r)
            if sameSentence, let last = state.facts.last { fact.sentence = last.sentence }
            state.facts.append(fact)
        }
        guard frame == r.count, r.allSatisfy(\.atEnd) else { throw BinaryReader.Damaged() }
        return state
    }

    private mutating func readArticle(_ r: inout BinaryReader) throws {
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
        let facts = corpus.facts
        w.string(magic + "\n" + stamp)
        w.uint64(stats.manifestKey ?? 0); w.int(articles.count); w.int(parts.figures.count)
        func flush() throws {
            Framing.frame(w.drain(), into: &out)
            try write(out)
            out.removeAll(keepingCapacity: true)
        }
        try flush()
        // A list in frames of about a megabyte, each with how many items it holds.
        func list(_ count: Int, _ item: (Int, inout BinaryWriter) -> Void) throws {
            var start = 0
            while start < count {
                var items = BinaryWriter(), n = 0
                while start + n < count, items.bytes.count < 1 << 20 { item(start + n, &items); n += 1 }
                w.int(n)
                w.raw(items.drain())
                try flush()
                start += n
            }
        }
        try list(articles.count) { i, w in heading(articles[i], hash: hashes[articles[i].id] ?? 0, to: &w) }
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
        try list(parts.figures.count) { i, w in
            let f = parts.figures[i]
            w.uint64(f.hash)
            w.int(f.sources.count)
            for s in f.sources { w.int(ranks[s.article] ?? -1); w.int(s.start); w.int(s.end); w.int(s.index) }
            var fact = facts[i].fact
            let same = i > 0 && Self.sameBytes(fact.sentence, facts[i - 1].fact.sentence)
            w.int(same ? 1 : 0)
            if same { fact.sentence = "" }
            fact.write(to: &w)
        }
    }

    /// Whether two strings are the same bytes (not merely canonically equivalent, as `==` says).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
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
