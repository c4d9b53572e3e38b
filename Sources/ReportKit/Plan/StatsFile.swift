import Stats

/// `Output/stats.json`: the contract in docs (output-schema.md). Everything the report shows comes from it.
struct StatsFile {
    struct Article {
        var id: String, file: String, title: String?, date: String?, source: String?, url: String?
        var language: String, words: Int
        /// How the file was decoded when it was not plain UTF-8 ("windows-1252", "utf-16le", "mojibake-repaired").
        var decoding: String?
        /// Boilerplate lines dropped, per reason.
        var dropped: [String: Int]?
    }
    struct Mention {
        var entity: String, category: String, total: Int, articles: Int, byArticle: [String: Int]
    }
    /// A corpus fact as stats.json shows it: its fields come from `FactFields`, the one list shared with the cache.
    struct FactEntry {
        var id: String, article: String, fact: Fact
        /// Every article stating the same figure, when there is more than one.
        var sources: [FactSource]?
    }
    struct ConflictEntry {
        var subject: String, kind: String, role: String?, unit: String?, facts: [String]
    }
    struct Unknown { var name: String, total: Int, articles: Int }
    struct Skipped { var file: String, reason: String }

    var generator: String
    /// Written straight from the corpus, each as an `Article` when its turn comes (or copied from the last file).
    var articles: [CorpusArticle]
    /// Article id → how it was decoded, for files that were not plain UTF-8.
    var decodings: [String: String]
    var mentions: [Mention]
    /// Written straight from the corpus: a copy of every fact as a `FactEntry` cost more than writing them.
    var facts: [CorpusFact]
    var conflicts: [ConflictEntry]
    var unknownNames: [Unknown]
    var skipped: [Skipped]
    /// What `--since`, `--until` and `--about` kept; nil (JSON null) when no filter was given.
    var filters: FilterSummary?

    /// The sections whose pieces are copied from the last run's file (`FragmentLayout`): one object per article, and
    /// the facts first read in each article.
    enum Section: Int, CaseIterable { case articles, facts }

    init(corpus: CorpusStats, decodings: [String: String], skipped: [Skipped], generator: String, filters: FilterSummary? = nil) {
        self.generator = generator
        self.filters = filters
        articles = corpus.articles
        self.decodings = decodings
        mentions = corpus.mentions.map {
            Mention(entity: $0.entity, category: $0.category.rawValue, total: $0.total, articles: $0.articles, byArticle: $0.byArticle)
        }
        facts = corpus.facts
        conflicts = corpus.conflicts.map {
            ConflictEntry(subject: $0.subject, kind: $0.kind.rawValue, role: $0.role, unit: $0.unit, facts: $0.factIDs)
        }
        unknownNames = corpus.unknownNames.map { Unknown(name: $0.name, total: $0.total, articles: $0.articles) }
        self.skipped = skipped
    }

    static func article(_ a: CorpusArticle, decoding: String?) -> Article {
        Article(id: a.id, file: a.file, title: a.metadata.title, date: a.metadata.date, source: a.metadata.source,
                url: a.metadata.url, language: a.metadata.language.rawValue, words: a.words, decoding: decoding,
                dropped: a.dropped.isEmpty ? nil : a.dropped)
    }

    /// Indented JSON in the schema's order, handed to `write` in pieces of about a megabyte: the same statistics
    /// always give the same bytes.
    func encode(_ write: ([UInt8]) throws -> Void) throws {
        var splicer = FragmentSplicer(source: nil, context: 0, sections: 0)
        try encode(write, splicer: &splicer, keys: nil)
    }

    /// The same bytes, with each article's object and facts copied from the last run's file where `splicer` has
    /// them under the same key (`keys`), and recorded in `splicer` for the next run.
    func encode(_ write: ([UInt8]) throws -> Void, splicer: inout FragmentSplicer, keys: FragmentKeys?) throws {
        var w = JSONWriter(capacity: 1 << 21)
        func flushIfLarge(_ w: inout JSONWriter) throws { if w.bytes.count > 1 << 20 { try write(w.drain()) } }
        try w.object { w in
            w.member("generator", generator)
            w.key("filters")
            if let filters { w.object { filters.write(&$0) } } else { w.value(nil as String?) }
            w.key("articles")
            try writeArticles(&w, splicer: &splicer, keys: keys, flush: flushIfLarge)
            w.key("mentions")
            try w.array { w in for m in mentions { w.object { m.write(&$0) }; try flushIfLarge(&w) } }
            w.key("facts")
            try writeFacts(&w, splicer: &splicer, keys: keys, flush: flushIfLarge)
            w.key("conflicts")
            w.array { w in for c in conflicts { w.object { c.write(&$0) } } }
            w.key("unknownNames")
            w.array { w in for u in unknownNames { w.object { $0.member("name", u.name); $0.member("total", u.total); $0.member("articles", u.articles) } } }
            w.key("skipped")
            w.array { w in for s in skipped { w.object { $0.member("file", s.file); $0.member("reason", s.reason) } } }
        }
        try write(w.drain() + [0x0A])
    }

    /// The articles, each one's object copied from the last run's file when its key matches. By index: the articles
    /// are read in place rather than copied one by one.
    private func writeArticles(_ w: inout JSONWriter, splicer: inout FragmentSplicer, keys: FragmentKeys?,
                               flush: (inout JSONWriter) throws -> Void) throws {
        let articles = articles
        try w.array { w in
            for i in articles.indices {
                let decoding = decodings[articles[i].id], key = keys?.article(articles[i], decoding: decoding)
                let range = w.elements { w in
                    if splicer.copy(Section.articles.rawValue, key, { w.splice($0) }) { return }
                    w.object { StatsFile.article(articles[i], decoding: decoding).write(&$0) }
                }
                splicer.record(Section.articles.rawValue, key: key, range)
                try flush(&w)
            }
        }
    }

    /// The facts, each article's run of them copied from the last run's file when its key matches. By index: the
    /// facts are read in place rather than copied one by one (a dozen strings each).
    private func writeFacts(_ w: inout JSONWriter, splicer: inout FragmentSplicer, keys: FragmentKeys?,
                            flush: (inout JSONWriter) throws -> Void) throws {
        let facts = facts
        try w.array { w in
            for group in Self.groups(facts) {
                let key = keys?.figures(facts[group])
                let range = try w.elements { w in
                    if splicer.copy(Section.facts.rawValue, key, { w.splice($0) }) { return }
                    for i in group { w.object { StatsFile.FactEntry.write(facts[i], &$0) }; try flush(&w) }
                }
                splicer.record(Section.facts.rawValue, key: key, range)
                try flush(&w)
            }
        }
    }

    /// The facts in runs of the same first article (`facts` are in corpus order, so each article's are together).
    static func groups(_ facts: [CorpusFact]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        for i in facts.indices.dropFirst() where facts[i].article != facts[start].article {
            groups.append(start..<i)
            start = i
        }
        if !facts.isEmpty { groups.append(start..<facts.count) }
        return groups
    }
}

extension StatsFile.Article {
    func write(_ w: inout JSONWriter) {
        w.member("id", id); w.member("file", file); w.member("title", title); w.member("date", date)
        w.member("source", source); w.member("url", url); w.member("language", language); w.member("words", words)
        w.member("decoding", decoding)
        if let dropped { w.key("dropped"); w.object { w in for (k, v) in dropped.sorted(by: { $0.key < $1.key }) { w.member(k, v) } } }
    }
}

extension FilterSummary {
    func write(_ w: inout JSONWriter) {
        w.key("since"); w.value(since); w.key("until"); w.value(until)
        w.key("about")
        w.array { w in for word in about { w.value(word) } }
        w.member("kept", kept)
        w.key("excluded")
        w.object { w in for reason in ArticleFilter.Reason.allCases { w.member(reason.rawValue, excluded[reason] ?? 0) } }
    }
}

extension StatsFile.Mention {
    func write(_ w: inout JSONWriter) {
        w.member("entity", entity); w.member("category", category); w.member("total", total); w.member("articles", articles)
        w.key("byArticle")
        w.object { w in for (k, v) in byArticle.sorted(by: { $0.key < $1.key }) { w.member(k, v) } }
    }
}

extension StatsFile.FactEntry {
    func write(_ w: inout JSONWriter) {
        Self.write(id: id, article: article, fact: fact, sources: sources, &w)
    }

    static func write(_ f: CorpusFact, _ w: inout JSONWriter) {
        write(id: f.id, article: f.article, fact: f.fact, sources: f.sources.count > 1 ? f.sources : nil, &w)
    }

    static func write(id: String, article: String, fact: Fact, sources: [FactSource]?, _ w: inout JSONWriter) {
        w.member("id", id); w.member("article", article)
        FactFields.json(fact, &w)
        if let sources {
            w.key("sources")
            w.array { w in for s in sources { w.object { $0.member("article", s.article); $0.member("start", s.start); $0.member("end", s.end) } } }
        }
    }
}

extension StatsFile.ConflictEntry {
    func write(_ w: inout JSONWriter) {
        w.member("subject", subject); w.member("kind", kind); w.member("role", role); w.member("unit", unit)
        w.key("facts")
        w.array { w in for f in facts { w.value(f) } }
    }
}
