/// Mentions of one entity across the corpus.
public struct EntityCount: Sendable, Hashable, Codable {
    public var entity: String
    public var category: EntityCategory
    public var total: Int
    /// How many articles mention it.
    public var articles: Int
    public var byArticle: [String: Int]
}

/// Where a repeated fact was also read.
public struct FactSource: Sendable, Hashable, Codable {
    public var article: String
    public var start: Int
    public var end: Int
}

/// A fact of the corpus: one figure, with every article that states it.
public struct CorpusFact: Sendable, Hashable {
    /// `articleId#n`, n counting the article's facts from 1.
    public var id: String
    public var article: String
    public var fact: Fact
    /// Every place the same figure was read, the first included (only written out when there are several).
    public var sources: [FactSource]
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
}

/// Statistics of a whole corpus: a merge of per-article results (counts add, facts concatenate, then
/// repeated facts are folded together and conflicting ones flagged).
public struct CorpusStats: Sendable {
    public var articles: [ArticleAnalysis]
    public var mentions: [EntityCount]
    public var facts: [CorpusFact]
    public var conflicts: [Conflict]
    public var unknownNames: [UnknownName]

    public init(analyses: [ArticleAnalysis], lexicon: Lexicon) {
        articles = analyses.sorted { $0.id < $1.id }
        let categories = Dictionary(lexicon.entities.map { ($0.name, $0.category) }, uniquingKeysWith: { a, _ in a })

        var counts: [String: EntityCount] = [:]
        var unknown: [String: UnknownName] = [:]
        for a in articles {
            for (name, n) in a.mentions {
                counts[name, default: EntityCount(entity: name, category: categories[name] ?? .organisation, total: 0, articles: 0, byArticle: [:])].add(n, a.id)
            }
            for (name, n) in a.unknownNames {
                unknown[name, default: UnknownName(name: name, total: 0, articles: 0)].total += n
                unknown[name]!.articles += 1
            }
        }
        mentions = counts.values.sorted { ($0.total, $1.entity) > ($1.total, $0.entity) }
        unknownNames = unknown.values.filter { $0.total >= 3 }.sorted { ($0.total, $1.name) > ($1.total, $0.name) }
        facts = Self.fold(articles)
        conflicts = Self.conflicts(facts, articles)
    }

    /// The same figure about the same subject is one fact with several sources.
    private static func fold(_ articles: [ArticleAnalysis]) -> [CorpusFact] {
        var result: [CorpusFact] = []
        // Keyed by a hash of the figure, checked against the stored fact: a dictionary of full keys took more
        // memory than the facts themselves on a large corpus.
        var index: [UInt64: Int] = [:]
        for a in articles {
            for (n, fact) in a.facts.enumerated() {
                let source = FactSource(article: a.id, start: fact.start, end: fact.end)
                var h = figureHash(fact)
                while let i = index[h], !sameFigure(result[i].fact, fact) { h &+= 1 }
                if let i = index[h] {
                    result[i].sources.append(source)
                } else {
                    index[h] = result.count
                    result.append(CorpusFact(id: "\(a.id)#\(n + 1)", article: a.id, fact: fact, sources: [source]))
                }
            }
        }
        return result
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

    /// Figures with a subject and a meaning that disagree for the same period (see `ConflictRule`).
    private static func conflicts(_ facts: [CorpusFact], _ articles: [ArticleAnalysis]) -> [Conflict] {
        var dates: [String: String] = [:]
        for a in articles { if let d = a.metadata.date { dates[a.id] = d } }
        return ConflictRule.conflicts(facts, articleDates: dates)
    }
}

private extension EntityCount {
    mutating func add(_ n: Int, _ article: String) {
        total += n
        articles += 1
        byArticle[article] = n
    }
}
