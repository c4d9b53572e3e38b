/// Mentions of one entity across the corpus.
public struct EntityCount: Sendable, Hashable, Codable {
    public var entity: String
    public var category: EntityCategory
    public var total: Int
    /// How many articles mention it.
    public var articles: Int
    public var byArticle: [String: Int]

    public init(entity: String, category: EntityCategory, total: Int, articles: Int, byArticle: [String: Int]) {
        self.entity = entity; self.category = category; self.total = total; self.articles = articles; self.byArticle = byArticle
    }
}

/// Where a repeated fact was also read.
///
/// The numbers are kept in 32 bits: a corpus has a source for every figure of every article, and each copy of a
/// corpus adds one to each figure's list; at 64 bits a source took 40 bytes instead of 32. (Offsets past 2 GiB, which
/// no article reaches, are clamped.)
public struct FactSource: Sendable, Hashable, Codable {
    public var article: String
    private var place: (start: Int32, end: Int32, index: Int32)

    public var start: Int {
        get { Int(place.start) }
        set { place.start = Int32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(place.end) }
        set { place.end = Int32(clamping: newValue) }
    }
    /// Which of the article's facts it is (from 0): orders sources within an article, and finds the fact again when
    /// an earlier source is subtracted. Not written to stats.json.
    public var index: Int {
        get { Int(place.index) }
        set { place.index = Int32(clamping: newValue) }
    }

    public init(article: String, start: Int, end: Int, index: Int = 0) {
        self.article = article
        place = (Int32(clamping: start), Int32(clamping: end), Int32(clamping: index))
    }

    public static func == (a: FactSource, b: FactSource) -> Bool {
        a.article == b.article && a.place == b.place
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(article); hasher.combine(place.start); hasher.combine(place.end); hasher.combine(place.index)
    }

    private enum CodingKeys: String, CodingKey { case article, start, end, index }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(article: try c.decode(String.self, forKey: .article), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end), index: try c.decode(Int.self, forKey: .index))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article); try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end); try c.encode(index, forKey: .index)
    }
}

/// A fact of the corpus: one figure, with every article that states it.
public struct CorpusFact: Sendable, Hashable {
    /// `articleId#n`, n counting the article's facts from 1.
    public var id: String
    public var article: String
    public var fact: Fact
    /// Every place the same figure was read, the first included (only written out when there are several), in corpus
    /// order: the first is the fact itself.
    public var sources: [FactSource]
    /// The hash of the figure (`CorpusStats.figureHash`): merging finds the same figure by it without hashing again.
    var figure: UInt64 = 0
}

/// Different figures for the same subject, kind and role: the report shows them side by side.
public struct Conflict: Sendable, Hashable {
    public var subject: String
    public var kind: FactKind
    public var role: String?
    public var unit: String?
    /// Fact ids, one per distinct value, in corpus order.
    public var factIDs: [String]
}

/// A capitalised name the lexicon does not know, with how often it occurs.
public struct UnknownName: Sendable, Hashable, Codable {
    public var name: String
    public var total: Int
    public var articles: Int

    public init(name: String, total: Int, articles: Int) { self.name = name; self.total = total; self.articles = articles }
}

/// Statistics of a whole corpus: a merge of per-article results (counts add, facts concatenate, then
/// repeated facts are folded together and conflicting ones flagged).
///
/// The merge is associative (see `merge` and `subtracting`): statistics of disjoint sets of articles combine into
/// exactly the statistics of their union, so a run with k changed articles starts from the last run's statistics.
public struct CorpusStats: Sendable {
    /// In order of id: the corpus order of everything below. Without their facts: those are folded into `facts`.
    public private(set) var articles: [CorpusArticle]
    public private(set) var mentions: [EntityCount]
    public private(set) var facts: [CorpusFact]
    public private(set) var conflicts: [Conflict]
    /// Unknown names seen at least `unknownThreshold` times.
    public private(set) var unknownNames: [UnknownName]
    /// Every unknown name with its counts, however rare: what merges (a rare name may recur in the next article).
    private var allUnknown: [String: UnknownName]
    /// Figure hash (probed past collisions) → index in `facts`.
    private var figureIndex: [UInt64: Int] = [:]
    /// Whether `facts` moved since `figureIndex` was built: it is built again by the next merge or subtraction
    /// that needs it, not after the last one.
    private var indexIsStale = false

    static let unknownThreshold = 3

    /// The statistics of `analyses`: `Folding` over them in id order.
    public init(analyses: [ArticleAnalysis], lexicon: Lexicon) {
        var folding = Folding(lexicon: lexicon)
        let analyses = analyses.sortedByID
        for i in analyses.indices { folding.add(analyses[i]) }
        self = folding.finish()
    }

    /// The statistics made one article at a time, in id order, as the articles are read: each article's facts and
    /// counts are folded when it arrives, so the analyses need not all be in memory at once.
    public struct Folding: Sendable {
        private var stats = CorpusStats()
        private var counts: [String: EntityCount] = [:]
        private let categories: [String: EntityCategory]

        public init(lexicon: Lexicon) {
            categories = Dictionary(lexicon.entities.map { ($0.name, $0.category) }, uniquingKeysWith: { a, _ in a })
        }

        /// Room for `count` articles at once: grown by doubling, the list kept up to twice the room it needed.
        public mutating func reserveCapacity(articles count: Int) { stats.articles.reserveCapacity(count) }

        /// Adds the next article; its id comes after those of the articles added so far.
        public mutating func add(_ a: ArticleAnalysis) {
            stats.articles.append(CorpusArticle(a))
            for (name, n) in a.mentions {
                counts[name, default: EntityCount(entity: name, category: categories[name] ?? .organisation, total: 0, articles: 0, byArticle: [:])].add(n, a.id)
            }
            for (name, n) in a.unknownNames {
                stats.allUnknown[name, default: UnknownName(name: name, total: 0, articles: 0)].total += n
                stats.allUnknown[name]!.articles += 1
            }
            stats.fold(a)
        }

        /// The articles added so far, in id order.
        public var articles: [CorpusArticle] { stats.articles }

        /// Where the article with this id is in `articles`.
        public func articleIndex(_ id: String) -> Int? { CorpusStats.index(of: id, in: stats.articles) }

        /// Other titles, dates, outlets or links for the articles (a manifest beside the folder is read while the
        /// articles are): the conflicts, found by `finish`, read the dates.
        public mutating func updateMetadata(_ change: (CorpusArticle) -> ArticleMetadata) {
            for i in stats.articles.indices { stats.articles[i].metadata = change(stats.articles[i]) }
        }

        /// The statistics of every article added.
        public func finish() -> CorpusStats {
            var result = stats
            result.mentions = CorpusStats.sorted(Array(counts.values))
            result.finish()
            return result
        }
    }

    /// The statistics of no articles: the identity of `merge`.
    public init() {
        articles = []; mentions = []; facts = []; conflicts = []; unknownNames = []; allUnknown = [:]
    }

    // MARK: Merge

    /// Adds the statistics of other articles (none of them already here): the result is what `init` gives for all
    /// the articles together. Work is in proportion to `other`, apart from copying and re-sorting what was here.
    public mutating func merge(_ other: CorpusStats) {
        add(other)
        finish()
    }

    /// The lists made from the merged counts: the unknown names shown and the conflicts. Found once, after the last
    /// merge or subtraction.
    private mutating func finish() {
        unknownNames = Self.shown(allUnknown)
        conflicts = Self.conflicts(facts, articles)
    }

    /// `merge` without `finish`.
    private mutating func add(_ other: CorpusStats) {
        reindexIfStale()
        articles.mergeSorted(other.articles) { $0.id < $1.id }

        var byEntity = Dictionary(mentions.enumerated().map { ($1.entity, $0) }, uniquingKeysWith: { a, _ in a })
        for m in other.mentions {
            guard let i = byEntity[m.entity] else { byEntity[m.entity] = mentions.count; mentions.append(m); continue }
            mentions[i].total += m.total
            mentions[i].articles += m.articles
            mentions[i].byArticle.merge(m.byArticle) { a, _ in a }
        }
        mentions = Self.sorted(mentions)

        for (name, u) in other.allUnknown {
            allUnknown[name, default: UnknownName(name: name, total: 0, articles: 0)].total += u.total
            allUnknown[name]!.articles += u.articles
        }

        var moved: [CorpusFact] = [], left = Set<Int>()
        for g in other.facts {
            guard let i = find(g) else { moved.append(g); continue }
            var f = g.sources[0].precedes(facts[i].sources[0]) ? g : facts[i]
            f.sources = facts[i].sources.mergedSorted(with: g.sources) { $0.precedes($1) }
            if f.id == facts[i].id { facts[i] = f } else { left.insert(i); moved.append(f) }
        }
        reorder(removing: left, adding: moved)
    }

    /// The statistics with articles merged in.
    public func merging(_ other: CorpusStats) -> CorpusStats {
        var result = self
        result.merge(other)
        return result
    }

    /// The statistics without the articles of `other`, which must all be here with the same analyses (it is usually
    /// the statistics of the articles that changed or went away): `a.merging(b).subtracting(b, analyses: …)` is `a`.
    /// `analyses` are those of the articles that stay (in any order): a figure whose first article goes is stood for
    /// by the fact of its next one, read from them (the statistics keep one fact per figure, not every article's).
    public func subtracting(_ other: CorpusStats, analyses: [ArticleAnalysis]) -> CorpusStats {
        var result = self
        result.remove(other, standIn: Self.facts(of: analyses.sortedByID))
        result.finish()
        return result
    }

    /// Fact `index` of article `id`, found in `analyses` (in id order).
    private static func facts(of analyses: [ArticleAnalysis]) -> (_ article: String, _ index: Int) -> Fact? {
        { id, n in
            guard let i = index(of: id, in: analyses), analyses[i].facts.indices.contains(n) else { return nil }
            return analyses[i].facts[n]
        }
    }

    /// `subtracting` without `finish`. `standIn` gives fact `index` of a staying article (asked only for a figure whose
    /// first article goes and which another article also states: a few per changed article).
    private mutating func remove(_ other: CorpusStats, standIn: (_ article: String, _ index: Int) -> Fact?) {
        reindexIfStale()
        let gone = Set(other.articles.map(\.id))
        articles.removeAll { gone.contains($0.id) }

        let byEntity = Dictionary(mentions.enumerated().map { ($1.entity, $0) }, uniquingKeysWith: { a, _ in a })
        for m in other.mentions {
            guard let i = byEntity[m.entity] else { continue }
            mentions[i].total -= m.total
            mentions[i].articles -= m.articles
            for id in m.byArticle.keys { mentions[i].byArticle[id] = nil }
        }
        mentions = Self.sorted(mentions.filter { $0.articles > 0 })

        for (name, u) in other.allUnknown {
            guard var mine = allUnknown[name] else { continue }
            mine.total -= u.total
            mine.articles -= u.articles
            allUnknown[name] = mine.articles > 0 ? mine : nil
        }

        var moved: [CorpusFact] = [], left = Set<Int>()
        for g in other.facts {
            guard let i = find(g) else { continue }
            left.insert(i)
            var f = facts[i]
            f.sources.removeAll { gone.contains($0.article) }
            guard let first = f.sources.first else { continue }
            // The fact itself went: the next place it was read stands for it.
            if gone.contains(f.article), let fact = standIn(first.article, first.index) {
                f.id = Self.factID(first.article, first.index)
                f.article = first.article
                f.fact = fact
            }
            moved.append(f)
        }
        reorder(removing: left, adding: moved)
    }

    /// The index in `facts` of the same figure as `g`.
    private func find(_ g: CorpusFact) -> Int? { find(g.figure, g.fact) }

    /// The index in `facts` of the figure `fact`, whose hash is `figure`.
    private func find(_ figure: UInt64, _ fact: Fact) -> Int? {
        var h = figure
        while let i = figureIndex[h] {
            if Self.sameFigure(facts[i].fact, fact) { return i }
            h &+= 1
        }
        return nil
    }

    /// Takes out the facts at `left`, puts `adding` in their corpus places, and indexes the result again.
    private mutating func reorder(removing left: Set<Int>, adding: [CorpusFact]) {
        guard !left.isEmpty || !adding.isEmpty else { return }
        if left.count <= 64 {
            // A few changed articles: removed in place (the list's bytes move, nothing is copied).
            for i in left.sorted(by: >) { facts.remove(at: i) }
        } else {
            facts = facts.enumerated().filter { !left.contains($0.offset) }.map(\.element)
        }
        facts.mergeSorted(adding.sorted { $0.sources[0].precedes($1.sources[0]) }) { $0.sources[0].precedes($1.sources[0]) }
        figureIndex = [:]
        indexIsStale = true
    }

    private mutating func reindexIfStale() {
        guard indexIsStale else { return }
        figureIndex.reserveCapacity(facts.count)
        for i in facts.indices { index(i) }
        indexIsStale = false
    }

    private mutating func index(_ i: Int) {
        var h = facts[i].figure
        while figureIndex[h] != nil { h &+= 1 }
        figureIndex[h] = i
    }

    /// The article with this id, found by halving (`articles` are in id order).
    public func article(_ id: String) -> CorpusArticle? {
        articleIndex(id).map { articles[$0] }
    }

    /// Where the article with this id is in `articles`: for reading one field of a few articles without copying
    /// the article or building a dictionary over the whole corpus.
    public func articleIndex(_ id: String) -> Int? { Self.index(of: id, in: articles) }

    /// Where the article with this id is in `list`, which is in id order.
    static func index<A: ArticleHeading>(of id: String, in list: [A]) -> Int? { list.sortedIndex(of: id) { $0.id } }

    // MARK: Keeping

    /// A folded figure without its fact: the fact is its first source's, found again in that article's analysis.
    public struct Figure: Sendable, Hashable {
        public var hash: UInt64
        /// Never empty; in corpus order.
        public var sources: [FactSource]

        public init(hash: UInt64, sources: [FactSource]) { self.hash = hash; self.sources = sources }
    }

    /// What merges, apart from the analyses themselves: what a run keeps for the next one to start from.
    public struct Parts: Sendable {
        public var mentions: [EntityCount]
        /// Every unknown name, however rare.
        public var unknownNames: [UnknownName]
        public var figures: [Figure]

        public init(mentions: [EntityCount], unknownNames: [UnknownName], figures: [Figure]) {
            self.mentions = mentions; self.unknownNames = unknownNames; self.figures = figures
        }
    }

    public var parts: Parts {
        Parts(mentions: mentions, unknownNames: allUnknown.values.sorted { $0.name < $1.name },
              figures: facts.map { Figure(hash: $0.figure, sources: $0.sources) })
    }

    /// The statistics `parts` were taken from, given the same analyses; nil when a figure's first source is not
    /// among them (the parts belong to other articles).
    public init?(restoring parts: Parts, analyses: [ArticleAnalysis]) {
        self.init(parts, analyses.sortedByID)
        finish()
    }

    /// The statistics of the last run (`parts`, made from `analyses`) without the articles of `removed` and with
    /// those of `added`: `init(restoring:analyses:)`, `subtracting` and `merge` with conflicts found once at the end.
    public static func updating(_ parts: Parts, analyses: [ArticleAnalysis], removing removed: CorpusStats,
                                adding added: CorpusStats) -> CorpusStats? {
        let analyses = analyses.sortedByID
        guard var result = CorpusStats(parts, analyses) else { return nil }
        if !removed.articles.isEmpty { result.remove(removed, standIn: facts(of: analyses)) }
        if !added.articles.isEmpty { result.add(added) }
        result.finish()
        return result
    }

    /// The same from what the last run kept instead of its analyses: its articles (in id order) and each figure's fact
    /// (`facts[i]` is that of `parts.figures[i]`'s first source). `standIn` gives fact `index` of a staying article,
    /// for a figure whose first article is removed; nil when the kept parts do not fit together.
    public static func updating(_ parts: Parts, articles: [CorpusArticle], facts: [Fact], removing removed: CorpusStats,
                                adding added: CorpusStats, standIn: (_ article: String, _ index: Int) -> Fact?) -> CorpusStats? {
        guard parts.figures.count == facts.count, parts.figures.allSatisfy({ !$0.sources.isEmpty }) else { return nil }
        var result = CorpusStats()
        result.articles = articles
        result.mentions = parts.mentions
        result.allUnknown = Dictionary(parts.unknownNames.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        result.facts.reserveCapacity(facts.count + added.facts.count)
        result.figureIndex.reserveCapacity(facts.count + added.facts.count)
        for (figure, fact) in zip(parts.figures, facts) {
            let first = figure.sources[0]
            result.facts.append(CorpusFact(id: factID(first.article, first.index), article: first.article, fact: fact,
                                           sources: figure.sources, figure: figure.hash))
            result.index(result.facts.count - 1)
        }
        if !removed.articles.isEmpty { result.remove(removed, standIn: standIn) }
        if !added.articles.isEmpty { result.add(added) }
        result.finish()
        return result
    }

    /// `analyses` in id order.
    private init?(_ parts: Parts, _ analyses: [ArticleAnalysis]) {
        self.init()
        articles = analyses.map(CorpusArticle.init)
        mentions = parts.mentions
        allUnknown = Dictionary(parts.unknownNames.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        facts.reserveCapacity(parts.figures.count)
        figureIndex.reserveCapacity(parts.figures.count)
        // Figures are in corpus order, so their first articles come in id order: one walk finds them all.
        var next = 0
        for figure in parts.figures {
            guard let first = figure.sources.first else { return nil }
            while next < analyses.count, analyses[next].id < first.article { next += 1 }
            guard next < analyses.count, analyses[next].id == first.article, analyses[next].facts.indices.contains(first.index) else { return nil }
            facts.append(CorpusFact(id: Self.factID(first.article, first.index), article: first.article,
                                    fact: analyses[next].facts[first.index], sources: figure.sources, figure: figure.hash))
            index(facts.count - 1)
        }
    }

    // MARK: Folding

    /// The same figure about the same subject is one fact with several sources. Articles come in id order.
    private mutating func fold(_ article: ArticleAnalysis) {
        let id = article.id
        // By index: a probe fact copied every fact.
        for n in article.facts.indices {
            let fact = article.facts[n]
            let source = FactSource(article: id, start: fact.start, end: fact.end, index: n)
            let figure = Self.figureHash(fact)
            // Keyed by a hash of the figure, checked against the stored fact: a dictionary of full keys took more
            // memory than the facts themselves on a large corpus.
            if let i = find(figure, fact) {
                facts[i].sources.append(source)
            } else {
                facts.append(CorpusFact(id: Self.factID(id, n), article: id, fact: fact, sources: [source], figure: figure))
                index(facts.count - 1)
            }
        }
    }

    /// `articleId#n`, n counting the article's facts from 1. Made for every fact of every run (also when restoring
    /// the last run's statistics), so written in one allocation instead of concatenated.
    static func factID(_ article: String, _ index: Int) -> String {
        var article = article
        let number = index + 1
        var digits = 1
        var rest = number / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return article.withUTF8 { id in
            String(unsafeUninitializedCapacity: id.count + 1 + digits) { out in
                _ = out.initialize(fromContentsOf: id)
                out[id.count] = UInt8(ascii: "#")
                var n = number
                for k in stride(from: id.count + digits, to: id.count, by: -1) {
                    out[k] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
                return id.count + 1 + digits
            }
        }
    }

    /// What makes two facts the same figure. Facts without a subject only fold when the sentence is the same too.
    private static func sameFigure(_ a: Fact, _ b: Fact) -> Bool {
        a.kind == b.kind && a.value == b.value && a.valueMax == b.valueMax && a.unit == b.unit && a.bound == b.bound
            && a.subject == b.subject && a.role == b.role && a.noun == b.noun && (a.subject != nil || a.sentence == b.sentence)
    }

    private static func figureHash(_ f: Fact) -> UInt64 {
        var h = FNV1a()
        h.add(f.kind.rawValue)
        switch f.value {
        case .number(let d): h.add(String(d))
        case .date(let s): h.add(s)
        }
        h.add(f.valueMax.map { String($0) } ?? ""); h.add(f.unit ?? ""); h.add(f.bound.rawValue); h.add(f.subject ?? "")
        h.add(f.role ?? ""); h.add(f.noun ?? "")
        if f.subject == nil { h.add(f.sentence) }
        return h.value
    }

    // MARK: Derived lists

    private static func sorted(_ counts: [EntityCount]) -> [EntityCount] {
        counts.sorted { ($0.total, $1.entity) > ($1.total, $0.entity) }
    }

    private static func shown(_ unknown: [String: UnknownName]) -> [UnknownName] {
        unknown.values.filter { $0.total >= unknownThreshold }.sorted { ($0.total, $1.name) > ($1.total, $0.name) }
    }

    /// Figures with a subject and a meaning that disagree for the same period (see `ConflictRule`).
    private static func conflicts(_ facts: [CorpusFact], _ articles: [CorpusArticle]) -> [Conflict] {
        var dates: [String: String] = [:]
        dates.reserveCapacity(articles.count)
        // By index: `for a in articles` copied every analysis.
        for i in articles.indices { if let d = articles[i].metadata.date { dates[articles[i].id] = d } }
        return ConflictRule.conflicts(facts, articleDates: dates)
    }
}

private extension FactSource {
    /// Corpus order: by article id, then the article's own order.
    func precedes(_ other: FactSource) -> Bool { (article, index) < (other.article, other.index) }
}

private extension EntityCount {
    mutating func add(_ n: Int, _ article: String) {
        total += n
        articles += 1
        byArticle[article] = n
    }
}
