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
            guard sections.count >= 4, sections.count == Framing.frames(in: bytes).count, sections.last?.upperBound == bytes.count else { return nil }
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
        guard articleCount >= 0, figureCount >= 0, articleCount < 1 << 32, figureCount < 1 << 32 else { throw BinaryReader.Damaged() }
        var state = CorpusState(articles: [], contentHashes: [], parts: .init(mentions: [], unknownNames: [], figures: []),
                                facts: [], manifestKey: key, stamp: made)
        var frames = Frames(readers: r)
        state.articles.reserveCapacity(articleCount)
        state.contentHashes.reserveCapacity(articleCount)
        try frames.list(articleCount) { try state.readArticle(&$0) }
        let ids = state.articles
        let article = { (r: inout BinaryReader) throws -> String in
            let rank = try r.int()
            guard ids.indices.contains(rank) else { throw BinaryReader.Damaged() }
            return ids[rank].id
        }
        try frames.section { try state.readMention(&$0, article: article) }
        try frames.section { r in
            state.parts.unknownNames.append(UnknownName(name: try r.string(), total: try r.int(), articles: try r.int()))
        }
        state.parts.figures.reserveCapacity(figureCount)
        state.facts.reserveCapacity(figureCount)
        try frames.list(figureCount) { try state.readFigure(&$0, article: article) }
        guard frames.atEnd else { throw BinaryReader.Damaged() }
        return state
    }

    /// The frames after the header, read in order.
    private struct Frames {
        var readers: [BinaryReader]
        var next = 1

        /// A list of `total` items in as many frames as it takes, each starting with how many it holds.
        mutating func list(_ total: Int, _ item: (inout BinaryReader) throws -> Void) throws {
            var done = 0
            while done < total {
                let n = try section(atMost: total - done, item)
                guard n > 0 else { throw BinaryReader.Damaged() }
                done += n
            }
        }

        /// One frame: how many items it holds, and the items. Returns how many.
        @discardableResult
        mutating func section(atMost limit: Int = .max, _ item: (inout BinaryReader) throws -> Void) throws -> Int {
            guard next < readers.count else { throw BinaryReader.Damaged() }
            let n = try readers[next].count()
            guard n <= limit else { throw BinaryReader.Damaged() }
            for _ in 0..<n { try item(&readers[next]) }
            next += 1
            return n
        }

        var atEnd: Bool { next == readers.count && readers.allSatisfy(\.atEnd) }
    }

    private mutating func readMention(_ r: inout BinaryReader, article: (inout BinaryReader) throws -> String) throws {
        let entity = try r.string()
        guard let category = EntityCategory(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
        var count = EntityCount(entity: entity, category: category, total: try r.int(), articles: try r.int(), byArticle: [:])
        let n = try r.count()
        count.byArticle.reserveCapacity(n)
        for _ in 0..<n { count.byArticle[try article(&r)] = try r.int() }
        parts.mentions.append(count)
    }

    private mutating func readFigure(_ r: inout BinaryReader, article: (inout BinaryReader) throws -> String) throws {
        let hash = try r.uint64()
        let n = try r.count()
        guard n > 0 else { throw BinaryReader.Damaged() }
        var sources: [FactSource] = []
        sources.reserveCapacity(n)
        for _ in 0..<n { sources.append(FactSource(article: try article(&r), start: try r.int(), end: try r.int(), index: try r.int())) }
        parts.figures.append(.init(hash: hash, sources: sources))
        // 1: the sentence of the figure before (figures of one sentence follow each other), one copy as in the analyses.
        let sameSentence = try r.int() == 1
        var fact = try Fact.read(from: &r)
        if sameSentence, let last = facts.last { fact.sentence = last.sentence }
        facts.append(fact)
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
        let parts = corpus.parts, facts = corpus.facts
        // By index: `for a in stats.articles` (and `enumerated().map`) copied every article, a third of this function.
        let articles = corpus.articles
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(articles.count)
        for i in articles.indices where ranks[articles[i].id] == nil { ranks[articles[i].id] = i }
        var w = BinaryWriter()
        w.string(magic + "\n" + stamp)
        w.uint64(stats.manifestKey ?? 0); w.int(articles.count); w.int(parts.figures.count)
        try write(framed(w.drain()))
        try list(articles.count, write: write) { i, w in heading(articles[i], hash: hashes[articleAt: i] ?? 0, to: &w) }
        try list(parts.mentions.count, inOneFrame: true, write: write) { i, w in
            let m = parts.mentions[i]
            w.string(m.entity); w.string(m.category.rawValue); w.int(m.total); w.int(m.articles)
            w.int(m.byArticle.count)
            for (id, n) in m.byArticle.sorted(by: { $0.key < $1.key }) { w.int(ranks[id] ?? -1); w.int(n) }
        }
        try list(parts.unknownNames.count, inOneFrame: true, write: write) { i, w in
            let u = parts.unknownNames[i]
            w.string(u.name); w.int(u.total); w.int(u.articles)
        }
        try list(parts.figures.count, write: write) { i, w in
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

    /// `count` items handed to `write` in frames of about a megabyte (or one frame), each with how many it holds.
    private static func list(_ count: Int, inOneFrame: Bool = false, write: ([UInt8]) throws -> Void,
                             _ item: (Int, inout BinaryWriter) -> Void) throws {
        guard count > 0 || inOneFrame else { return }
        var start = 0
        repeat {
            var items = BinaryWriter(), n = 0
            while start + n < count, inOneFrame || items.bytes.count < 1 << 20 { item(start + n, &items); n += 1 }
            var frame = BinaryWriter()
            frame.int(n)
            frame.raw(items.drain())
            try write(framed(frame.drain()))
            start += n
        } while start < count
    }

    private static func framed(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        Framing.frame(payload, into: &out)
        return out
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
