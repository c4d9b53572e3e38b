import Foundation
import Stats

/// The merged statistics of the last run, in `Output/.cache/corpus.bin`, so a run with k changed articles starts from
/// them: the old statistics of the changed and removed articles are subtracted and the new ones merged in.
///
/// Articles are named once, by id with the hash of their content; counts and facts refer to them by number, and the
/// facts themselves are found again in the analyses. Each section carries a CRC-32 like the analysis records; a
/// damaged, stale or missing file reads as no state, and the statistics are computed whole.
struct CorpusState {
    static let relativePath = ".cache/corpus.bin"
    private static let magic = "report-gen corpus 1"

    /// The articles the statistics were made from, in id order, with the hash of each one's content.
    var articles: [(id: String, contentHash: UInt64)]
    var parts: CorpusStats.Parts

    static func load(from output: URL, stamp: String) -> CorpusState? {
        guard let file = MappedFile(path: output.appendingPathComponent(relativePath).path) else { return nil }
        return file.withBytes { bytes in
            let sections = Framing.records(in: bytes)
            guard sections.count == 5 else { return nil }
            return bytes.withMemoryRebound(to: UInt8.self) { raw in
                var readers = sections.map { BinaryReader(UnsafeBufferPointer(rebasing: raw[$0])) }
                guard (try? readers[0].string()) == magic + "\n" + stamp else { return nil }
                return try? read(&readers)
            }
        }
    }

    private static func read(_ r: inout [BinaryReader]) throws -> CorpusState {
        var articles: [(id: String, contentHash: UInt64)] = []
        for _ in 0..<(try r[1].count()) {
            articles.append((try r[1].string(), try r[1].uint64()))
            // In id order, as written: the run walks this list beside its own.
            if articles.count > 1, !(articles[articles.count - 2].id < articles[articles.count - 1].id) { throw BinaryReader.Damaged() }
        }
        func article(_ r: inout BinaryReader) throws -> String {
            let rank = try r.int()
            guard articles.indices.contains(rank) else { throw BinaryReader.Damaged() }
            return articles[rank].id
        }
        var mentions: [EntityCount] = []
        for _ in 0..<(try r[2].count()) {
            let entity = try r[2].string()
            guard let category = EntityCategory(rawValue: try r[2].string()) else { throw BinaryReader.Damaged() }
            var count = EntityCount(entity: entity, category: category, total: try r[2].int(), articles: try r[2].int(), byArticle: [:])
            for _ in 0..<(try r[2].count()) { count.byArticle[try article(&r[2])] = try r[2].int() }
            mentions.append(count)
        }
        var unknown: [UnknownName] = []
        for _ in 0..<(try r[3].count()) { unknown.append(UnknownName(name: try r[3].string(), total: try r[3].int(), articles: try r[3].int())) }
        var figures: [CorpusStats.Figure] = []
        for _ in 0..<(try r[4].count()) {
            let hash = try r[4].uint64()
            var sources: [FactSource] = []
            for _ in 0..<(try r[4].count()) {
                sources.append(FactSource(article: try article(&r[4]), start: try r[4].int(), end: try r[4].int(), index: try r[4].int()))
            }
            figures.append(.init(hash: hash, sources: sources))
        }
        guard r.allSatisfy(\.atEnd) else { throw BinaryReader.Damaged() }
        return CorpusState(articles: articles, parts: .init(mentions: mentions, unknownNames: unknown, figures: figures))
    }

    /// The file for `stats`, whose articles have the content hashes `hashes` (by id).
    static func encode(_ stats: CorpusStats, hashes: [String: UInt64], stamp: String, write: ([UInt8]) throws -> Void) throws {
        let parts = stats.parts
        // By index: `for a in stats.articles` (and `enumerated().map`) copied every analysis, a third of this function.
        let articles = stats.articles
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(articles.count)
        for i in articles.indices where ranks[articles[i].id] == nil { ranks[articles[i].id] = i }
        var out: [UInt8] = []
        var w = BinaryWriter()
        w.string(magic + "\n" + stamp)
        Framing.frame(w.drain(), into: &out)
        w.int(articles.count)
        for i in articles.indices { w.string(articles[i].id); w.uint64(hashes[articles[i].id] ?? 0) }
        Framing.frame(w.drain(), into: &out)
        w.int(parts.mentions.count)
        for m in parts.mentions {
            w.string(m.entity); w.string(m.category.rawValue); w.int(m.total); w.int(m.articles)
            w.int(m.byArticle.count)
            for (id, n) in m.byArticle.sorted(by: { $0.key < $1.key }) { w.int(ranks[id] ?? -1); w.int(n) }
        }
        Framing.frame(w.drain(), into: &out)
        w.int(parts.unknownNames.count)
        for u in parts.unknownNames { w.string(u.name); w.int(u.total); w.int(u.articles) }
        Framing.frame(w.drain(), into: &out)
        w.int(parts.figures.count)
        for f in parts.figures {
            w.uint64(f.hash)
            w.int(f.sources.count)
            for s in f.sources { w.int(ranks[s.article] ?? -1); w.int(s.start); w.int(s.end); w.int(s.index) }
        }
        Framing.frame(w.drain(), into: &out)
        try write(out)
    }
}
