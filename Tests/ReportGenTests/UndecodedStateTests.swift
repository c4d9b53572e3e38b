import Foundation
import Stats
import Testing
@testable import ReportKit

/// An incremental run takes the unchanged articles from the last run's state (corpus.bin) and leaves their analyses
/// undecoded in the cache (issue 10, "Done when" 1): its statistics, history and outputs are still a cold run's.
@Suite("undecoded unchanged articles", .serialized)
struct UndecodedStateTests {
    let fm = FileManager.default

    /// The seeds under four names each ("b-…" … "e-…"): figures several articles state, first read in different ones.
    func corpus(in dir: URL) throws -> (input: URL, seeds: [URL]) {
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try fm.contentsOfDirectory(at: CLI.repo.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        for prefix in ["b", "c", "d", "e"] {
            for seed in seeds { try fm.copyItem(at: seed, to: input.appendingPathComponent("\(prefix)-\(seed.lastPathComponent)")) }
        }
        return (input, seeds)
    }

    /// `corpus(in:)` after a first run, with the run's options.
    func afterFirstRun(in dir: URL) throws -> (input: URL, seeds: [URL], options: ReportOptions) {
        let (input, seeds) = try corpus(in: dir)
        let options = Stage.options(input, dir.appendingPathComponent("out"), formats: [.pdf])
        _ = try ReportGenerator.run(options)
        return (input, seeds, options)
    }

    /// What the next run starts from in `output`, as `ReportGenerator.count` loads it.
    func last(_ inputs: RunInputs) -> (AnalysisCache, CorpusState?, LastRun?) {
        let output = inputs.options.output
        let state = CorpusState.load(from: output, stamp: inputs.cacheStamp)
        return (AnalysisCache.load(from: output, stamp: inputs.cacheStamp), state,
                LastRun(state, RunManifest.load(from: output), forInput: inputs.options.input.path))
    }

    func expectSame(_ a: ReportStatistics, _ b: ReportStatistics) {
        #expect(a.corpus.articles == b.corpus.articles, "articles")
        #expect(a.corpus.mentions == b.corpus.mentions, "mentions")
        #expect(a.corpus.facts == b.corpus.facts, "facts")
        #expect(a.corpus.conflicts == b.corpus.conflicts, "conflicts")
        #expect(a.corpus.unknownNames == b.corpus.unknownNames, "unknown names")
        #expect(a.decodings == b.decodings && a.fingerprint == b.fingerprint, "decodings and fingerprint")
    }

    /// `stats` are what counting every article of `inputs` afresh, without the cache, gives.
    func expectColdCount(_ stats: ReportStatistics, _ inputs: RunInputs) throws {
        expectSame(stats, ReportStatistics.compute(try ArticleReader.read(inputs, cache: nil, progress: nil), inputs: inputs))
    }

    /// Removes one article that first states figures others state too, edits another and adds a third, after a run.
    func change(_ input: URL, seeds: [URL]) throws {
        try fm.removeItem(at: input.appendingPathComponent("b-\(seeds[0].lastPathComponent)"))
        let edited = input.appendingPathComponent("c-\(seeds[1].lastPathComponent)")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try fm.removeItem(at: edited)
        try (text + "\nBaidu memberikan 75 juta token gratis kepada pengembang.\n").write(to: edited, atomically: false, encoding: .utf8)
        try fm.copyItem(at: seeds[2], to: input.appendingPathComponent("a-new.txt"))
    }

    @Test func changedArticlesAloneAreDecodedAndTheStatisticsAreAColdCount() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let (input, seeds, options) = try afterFirstRun(in: dir)
        try change(input, seeds: seeds)

        let inputs = try RunInputs.gather(options)
        let (cache, state, last) = last(inputs)
        #expect(state != nil && last != nil)
        let read = try ArticleReader.read(inputs, cache: cache, progress: nil, last: last)
        // The edited and the added article; the 18 unchanged ones stay folded in the cache, undecoded.
        #expect(read.analyses.map(\.id).sorted() == ["a-new", "c-\(seeds[1].deletingPathExtension().lastPathComponent)"])
        #expect(read.entries.count { $0.outcome.isFolded } == 18)
        let merged = ReportStatistics.compute(read, inputs: inputs, previous: state)
        #expect(merged.merged)

        let cold = ReportStatistics.compute(try ArticleReader.read(inputs, cache: nil, progress: nil), inputs: inputs)
        expectSame(merged, cold)
        // The history's facts are those of every article, as the analyses would give them.
        let everyAnalysis = try ArticleReader.read(inputs, cache: nil, progress: nil)
        #expect(RunHistory.factKeys(merged.corpus, hashes: merged.contentHashes) == RunHistory(entries: everyAnalysis.entries).facts)
        #expect(read.figureLimitNotes == everyAnalysis.figureLimitNotes)
    }

    @Test func anIncrementalRunWritesWhatAColdRunWrites() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let (input, seeds) = try corpus(in: dir)
        let output = dir.appendingPathComponent("out")
        _ = try ReportGenerator.run(Stage.options(input, output, formats: [.pdf, .png, .csv]))
        try change(input, seeds: seeds)
        let summary = try ReportGenerator.run(Stage.options(input, output, formats: [.pdf, .png, .csv]))
        // The edited article; the added one is a copy of a seed, found in the cache by its content.
        #expect(summary.analysed == 1)
        let history = RunManifest.load(from: output)?.history

        let cold = dir.appendingPathComponent("cold")
        var options = Stage.options(input, cold, formats: [.pdf, .png, .csv])
        options.useCache = false
        _ = try ReportGenerator.run(options)
        let a = try Stage.visible(output), b = try Stage.visible(cold)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(bytes == b[path], "\(path) differs from a cold run") }
        #expect(history == RunManifest.load(from: cold)?.history, "the run's history")
    }

    @Test func aDamagedStateIsCountedAgainFromEveryAnalysis() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let (input, seeds, options) = try afterFirstRun(in: dir)
        let file = options.output.appendingPathComponent(CorpusState.relativePath)
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: file)
        try change(input, seeds: seeds)

        let inputs = try RunInputs.gather(options)
        let (cache, state, last) = last(inputs)
        #expect(state == nil && last == nil)
        let read = try ArticleReader.read(inputs, cache: cache, progress: nil, last: last)
        #expect(read.analyses.count == 20 && !read.hasFolded)
        let stats = ReportStatistics.compute(read, inputs: inputs, previous: state)
        #expect(!stats.merged)
        try expectColdCount(stats, inputs)
    }

    /// Too many changes for a merge: the folded articles are decoded after all, and counted with the rest.
    @Test func tooManyChangesDecodeTheFoldedArticlesAndCountAll() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let (input, seeds, options) = try afterFirstRun(in: dir)
        for seed in seeds { try fm.removeItem(at: input.appendingPathComponent("b-\(seed.lastPathComponent)")) }

        let inputs = try RunInputs.gather(options)
        let (cache, state, last) = last(inputs)
        let read = try ArticleReader.read(inputs, cache: cache, progress: nil, last: last)
        #expect(read.entries.count { $0.outcome.isFolded } == 15)
        let stats = ReportStatistics.compute(read, inputs: inputs, previous: state)
        #expect(!stats.merged)
        try expectColdCount(stats, inputs)
    }

    @Test func anotherManifestBesideTheFolderDecodesEveryArticle() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let (input, _, options) = try afterFirstRun(in: dir)
        let manifest = dir.appendingPathComponent("articles.manifest.jsonl")
        try #"{"file": "b-000_c80a7371fef3bffa.txt", "title": "Judul dari manifest", "date": "2025-01-02"}"#
            .write(to: manifest, atomically: false, encoding: .utf8)

        let inputs = try RunInputs.gather(options)
        let (cache, state, last) = last(inputs)
        #expect(state != nil && last == nil)
        // Still merged: the unchanged articles' titles and dates come from their analyses, which have the manifest.
        let read = try ArticleReader.read(inputs, cache: cache, progress: nil, last: last)
        let merged = ReportStatistics.compute(read, inputs: inputs, previous: state)
        #expect(merged.merged && !read.hasFolded)
        try expectColdCount(merged, inputs)
        #expect(merged.corpus.articles.contains { $0.metadata.title == "Judul dari manifest" })
        let summary = try ReportGenerator.run(options)
        #expect(summary.analysed == 1, "the titled article alone: its title is an input of its analysis")
        let cold = dir.appendingPathComponent("cold")
        var coldOptions = Stage.options(input, cold, formats: [.pdf])
        coldOptions.useCache = false
        _ = try ReportGenerator.run(coldOptions)
        #expect(try Data(contentsOf: options.output.appendingPathComponent("stats.json")) == Data(contentsOf: cold.appendingPathComponent("stats.json")))
    }

    /// corpus.bin gives back the statistics it was written from: articles, hashes, mentions, names, figures and facts.
    @Test func theStateRoundTrips() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let (_, _, options) = try afterFirstRun(in: dir)
        let inputs = try RunInputs.gather(options)
        let stats = ReportStatistics.compute(try ArticleReader.read(inputs, cache: nil, progress: nil), inputs: inputs)
        let state = try #require(CorpusState.load(from: options.output, stamp: inputs.cacheStamp))
        #expect(state.articles == stats.corpus.articles)
        #expect(state.contentHashes == stats.corpus.articles.map { stats.contentHashes[$0.id]! })
        #expect(state.facts == stats.corpus.facts.map(\.fact))
        #expect(state.parts.figures == stats.corpus.parts.figures && state.parts.mentions == stats.corpus.mentions)
        #expect(state.parts.unknownNames == stats.corpus.parts.unknownNames)
        #expect(CorpusState.load(from: options.output, stamp: "another analyser") == nil)
    }

    /// Articles without a single figure: the state has no figure frames, and still reads back.
    @Test func aStateWithoutFiguresRoundTrips() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        try "Baidu dan Alibaba bersaing dalam kecerdasan buatan di Tiongkok.\n"
            .write(to: input.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        let options = Stage.options(input, dir.appendingPathComponent("out"), formats: [.pdf])
        _ = try ReportGenerator.run(options)
        let inputs = try RunInputs.gather(options)
        let state = try #require(CorpusState.load(from: options.output, stamp: inputs.cacheStamp))
        #expect(state.facts.isEmpty && state.articles.map(\.id) == ["a"])
    }
}
