import Testing
@testable import Stats

/// Corpus statistics merge like the design promises: the statistics of a union are the merge of the parts', in any
/// grouping, and subtracting a part undoes merging it. Copies of a seed under other names make facts that fold
/// across articles, so the first source of a figure moves between parts.
@Suite("corpus statistics merge")
struct CorpusMergeTests {
    static let lexicon = Fixture.lexicon

    /// The seeds, and copies of two of them whose names sort before, between and after the originals.
    static let analyses: [ArticleAnalysis] = {
        var all = Fixture.seedIDs.map(Fixture.seed)
        for (copy, of) in [("000-first", 1), ("002-between", 0), ("zzz-last", 1), ("004-x", 3)] {
            var a = all[of]
            a.id = copy
            a.file = copy + ".txt"
            all.append(a)
        }
        // The same figure in other words: folded, with the first article's sentence standing for it.
        all.append(Fixture.analyze("Baidu memberikan 50 juta token gratis kepada pengembang.", id: "0-baidu"))
        all.append(Fixture.analyze("Sementara itu Baidu menawarkan 50 juta token untuk pengguna baru.", id: "zzzz-baidu"))
        return all
    }()

    static func stats(_ ids: [String]) -> CorpusStats {
        CorpusStats(analyses: analyses.filter { ids.contains($0.id) }, lexicon: lexicon)
    }

    static var ids: [String] { analyses.map(\.id) }

    func expectSame(_ a: CorpusStats, _ b: CorpusStats, _ what: String) {
        #expect(a.articles.map(\.id) == b.articles.map(\.id), "\(what): articles")
        #expect(a.articles == b.articles, "\(what): analyses")
        #expect(a.mentions == b.mentions, "\(what): mentions")
        #expect(a.facts == b.facts, "\(what): facts")
        #expect(a.conflicts == b.conflicts, "\(what): conflicts")
        #expect(a.unknownNames == b.unknownNames, "\(what): unknown names")
    }

    @Test func theSeedsFoldAcrossArticles() {
        // Otherwise the tests below would not move any fact's first source.
        let facts = Self.stats(Self.ids).facts
        #expect(facts.contains { Set($0.sources.map(\.article)).count > 1 })
        // Baidu's 50 million tokens: first said in other words by 0-baidu, then by the seed, its copy and zzzz-baidu (first and last by id).
        #expect(facts.contains { $0.article == "0-baidu" && $0.sources.count > 2 && $0.sources.last?.article == "zzzz-baidu" })
    }

    @Test func mergingPartsGivesTheStatisticsOfTheWhole() {
        let all = Self.ids
        let whole = Self.stats(all)
        for split in [[0, 2, 4, 6], [1, 3, 5, 7], [5, 6, 7, 8], [0], [8], [], [9], [10], [0, 9]] {
            let left = split.filter { $0 < all.count }.map { all[$0] }
            let right = all.filter { !left.contains($0) }
            expectSame(Self.stats(left).merging(Self.stats(right)), whole, "split \(split)")
            expectSame(Self.stats(right).merging(Self.stats(left)), whole, "split \(split), other way")
        }
        expectSame(CorpusStats().merging(whole), whole, "the empty statistics")
    }

    @Test func mergeIsAssociative() {
        let all = Self.ids
        let a = Self.stats(Array(all[0..<3])), b = Self.stats(Array(all[3..<6])), c = Self.stats(Array(all[6...]))
        expectSame(a.merging(b).merging(c), a.merging(b.merging(c)), "(a+b)+c vs a+(b+c)")
        expectSame(c.merging(a).merging(b), Self.stats(all), "(c+a)+b vs the whole")
    }

    @Test func subtractingUndoesMerge() {
        let all = Self.ids
        for split in [[0, 2, 4, 6], [1, 3], [5, 6, 7, 8], [0], [8], [9], [10], [1, 9]] {
            let part = split.map { all[$0] }
            let rest = all.filter { !part.contains($0) }
            let (a, b) = (Self.stats(rest), Self.stats(part))
            expectSame(a.merging(b).subtracting(b, analyses: Self.analyses), a, "(a+b)-b, b = \(split)")
            expectSame(Self.stats(all).subtracting(a, analyses: Self.analyses), b, "whole - a, b = \(split)")
        }
        #expect(Self.stats(all).subtracting(Self.stats(all), analyses: []).facts.isEmpty)
    }

    @Test func anEditedArticleIsSubtractedAndMergedAgain() {
        let all = Self.ids
        var edited = Self.analyses.first { $0.id == all[1] }!
        edited.facts.removeFirst()
        edited.mentions = [:]
        let before = Self.stats(all), old = Self.stats([all[1]])
        let new = CorpusStats(analyses: [edited], lexicon: Self.lexicon)
        let cold = CorpusStats(analyses: Self.analyses.map { $0.id == edited.id ? edited : $0 }, lexicon: Self.lexicon)
        expectSame(before.subtracting(old, analyses: Self.analyses).merging(new), cold, "edited article")
    }
}
