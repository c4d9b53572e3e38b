import Foundation
import Stats
import Testing
@testable import ReportKit

/// The analyses leave memory once the statistics are made (issue 10 item 4): the cache records kept while reading
/// give the next cache byte for byte, and what the later stages need of the analyses is taken before they go.
@Suite("folded reading")
struct FoldedReadTests {
    let fm = FileManager.default

    func seedRead(count: Int = 5, folding: Bool = false) throws -> ReadArticles {
        try seedInputs(count: count) { try ArticleReader.read($0, cache: nil, progress: nil, folding: folding) }
    }

    func seedInputs<T>(count: Int = 5, _ body: (RunInputs) throws -> T) throws -> T {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: count)
        return try body(try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out"))))
    }

    func encoded(_ read: ReadArticles, spilled: Bool) throws -> [UInt8] {
        var bytes: [UInt8] = []
        if spilled {
            try AnalysisCache.encode(read.entries, stamp: "s", spilled: read.spilled, spill: read.spill) { bytes += $0 }
        } else {
            try AnalysisCache.encode(read.entries, stamp: "s") { bytes += $0 }
        }
        return bytes
    }

    @Test func spilledRecordsComeBackAsTheyWereKept() {
        let onDisk = RecordSpill(), inMemory = RecordSpill(folder: "/nonexistent/report-gen-spill")
        #expect(onDisk.isOnDisk && !inMemory.isOnDisk)
        let records: [[UInt8]] = [[1, 2, 3], [], (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }, [0xFF]]
        for spill in [onDisk, inMemory] {
            let numbers = records.map { spill.keep($0) }
            // Read back in another order, appended to what is there.
            for (n, record) in zip(numbers, records).reversed() {
                var out: [UInt8] = [9]
                #expect(spill.copy(n, into: &out))
                #expect(out == [9] + record)
            }
            var out: [UInt8] = [9]
            #expect(!spill.copy(numbers.count, into: &out))
            #expect(out == [9])
        }
    }

    @Test func aFoldedReadWritesTheSameCache() throws {
        let read = try seedRead()
        let whole = try encoded(read, spilled: false)
        let folded = read.folded()
        #expect(folded.analyses.isEmpty)
        #expect(folded.entries.allSatisfy { $0.outcome.isFolded })
        let fromSpill = try encoded(folded, spilled: true)
        #expect(fromSpill == whole)
        // The history is taken while the analyses are at hand: the manifest still knows every fact.
        let history = RunHistory(entries: read.entries)
        #expect(folded.history == history && !history.facts.isEmpty)
    }

    @Test func anEntryWithoutAKeptRecordKeepsItsAnalysis() throws {
        var read = try seedRead(count: 2)
        read.spilled[1] = nil
        let folded = read.folded()
        #expect(folded.entries[0].outcome.isFolded)
        #expect(folded.entries[1] == read.entries[1])
        let (fromSpill, whole) = (try encoded(folded, spilled: true), try encoded(read, spilled: false))
        #expect(fromSpill == whole)
    }

    @Test func newFactsAreTakenBeforeFolding() throws {
        let read = try seedRead(count: 3)
        var previous = RunHistory(entries: read.entries)
        let first = read.entries[0]
        previous.facts = previous.facts.filter { key in
            guard case .analysed(let a, _, _) = first.outcome else { return true }
            return !a.facts.contains { RunHistory.factKey(first.contentHash, $0) == key }
        }
        let newFacts = RunChanges.newFacts(since: previous, in: read)
        guard case .analysed(let a, _, _) = first.outcome else { Issue.record("the seed was not analysed"); return }
        #expect(!newFacts.isEmpty && newFacts == a.facts)
        let changes = RunChanges(from: previous, current: read.folded().history, newFacts: newFacts, changedCharts: [])
        #expect(changes == RunChanges(from: previous, to: read, changedCharts: []))
    }

    /// A cold run folds the articles as they are read: the statistics, their fingerprint, what the manifest and the
    /// next cache keep are those of folding after reading.
    @Test func foldingWhileReadingGivesTheSameRun() throws {
        try seedInputs(count: 5) { inputs in
            let whole = try ArticleReader.read(inputs, cache: nil, progress: nil)
            let folded = try ArticleReader.read(inputs, cache: nil, progress: nil, folding: true)
            #expect(folded.analyses.isEmpty && folded.articleCount == whole.analyses.count)
            #expect(folded.entries.allSatisfy { $0.outcome.isFolded })
            let a = ReportStatistics.compute(whole, inputs: inputs), b = ReportStatistics.compute(folded, inputs: inputs)
            #expect(a.corpus.articles == b.corpus.articles && a.corpus.facts == b.corpus.facts)
            #expect(a.corpus.mentions == b.corpus.mentions && a.corpus.conflicts == b.corpus.conflicts)
            #expect(a.corpus.unknownNames == b.corpus.unknownNames)
            #expect(a.fingerprint == b.fingerprint && a.contentHashes == b.contentHashes && a.decodings == b.decodings)
            #expect(folded.history == whole.history && folded.figureLimitNotes == whole.figureLimitNotes)
            let (fromSpill, encodedWhole) = (try encoded(folded, spilled: true), try encoded(whole, spilled: false))
            #expect(fromSpill == encodedWhole)
        }
    }

    /// Articles finished in any order are folded in id order.
    @Test func articlesFoldInIDOrderWhateverOrderTheyComeIn() throws {
        let read = try seedRead(count: 5)
        let files = read.analyses.reversed().map {
            ArticleFile(id: $0.id, displayPath: $0.file, path: RawPath("/nonexistent"), identity: read.entries[0].identity)
        }
        let lexicon = try Lexicon.builtIn()
        let folding = ArticleFolding(files: files, lexicon: lexicon)
        #expect(folding.readingOrder == Array(files.indices.reversed()))
        for i in [2, 0, 4, 1, 3] { folding.take(read.analyses.reversed()[i], ofFile: i) }
        let stats = folding.result().folding.finish(), cold = CorpusStats(analyses: read.analyses, lexicon: lexicon)
        #expect(stats.articles == cold.articles && stats.facts == cold.facts && stats.mentions == cold.mentions)
        #expect(stats.conflicts == cold.conflicts && stats.unknownNames == cold.unknownNames)
    }
}
