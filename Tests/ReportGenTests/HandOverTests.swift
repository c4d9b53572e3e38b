import Foundation
import Stats
import Testing
@testable import ReportKit

/// What a run lets go of after the statistics (issue 10, "memory that does not grow with the corpus"): the read
/// entries go to the cache's writer, the file list shrinks to the newest file, the content hashes are a list.
@Suite("hand-over")
struct HandOverTests {
    let fm = FileManager.default

    /// The entries handed over write the same cache as before, the summary says what the entries said, and the writer
    /// lets them go once the cache is written.
    @Test func handedOverEntriesWriteTheSameCache() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let inputs = try RunInputs.gather(Stage.options(try Stage.seedFolder(in: dir), dir.appendingPathComponent("out")))
        var read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        read.fold()
        let whole = read
        var expected: [UInt8] = []
        try AnalysisCache.encode(whole.entries, stamp: "s", reused: whole.reusedRecords, spilled: whole.spilled, spill: whole.spill) {
            expected += $0
        }
        let summary = read.handOverEntries(stamp: "s", version: "v")
        #expect(read.entries.isEmpty && read.reusedRecords.isEmpty && read.spilled.isEmpty && read.spill == nil)
        #expect(summary.analysedAfresh == whole.analysedAfresh && summary.notes == whole.notes && summary.skippedLines == whole.skippedLines)

        let records = read.cacheRecords(stamp: "s", version: "v")
        #expect(records === read.handedOver)
        #expect(records.fingerprint == whole.cacheRecords(stamp: "s", version: "v").fingerprint)
        #expect(records.fingerprint != whole.cacheRecords(stamp: "s", version: "w").fingerprint)
        #expect(records.isHeld)
        var written: [UInt8] = []
        try OutputPlan.cache(read, stamp: "s", version: "v").produce { written += $0 }
        #expect(written == expected)
        #expect(!records.isHeld)
    }

    /// A decoding warning of a file analysed in this run is in the summary's notes, as the entries gave it.
    @Test func summaryKeepsTheDecodingNotes() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        // Latin-1 bytes: read after repair, which the run says.
        fm.createFile(atPath: input.appendingPathComponent("latin.txt").path,
                      contents: Data("Kabar dari Jakarta tentang teknologi baru: caf".utf8) + Data([0xE9]) + Data(" dan AI.\n".utf8))
        let inputs = try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out")))
        var read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        let notes = read.notes
        #expect(!notes.isEmpty)
        #expect(read.handOverEntries(stamp: "s", version: "v").notes == notes)
    }

    /// The newest file alone dates the report as the whole list did.
    @Test func newestFileDatesTheReport() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir)
        let newest = input.appendingPathComponent("003_cfe9d2b584ad8e70.txt")
        try fm.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_800_000_000)], ofItemAtPath: newest.path)
        var options = Stage.options(input, dir.appendingPathComponent("out"))
        options.sourceDateEpoch = nil
        let inputs = try RunInputs.gather(options)
        let kept = inputs.keepingNewestFile()
        let listed = try #require(inputs.files.first { $0.displayPath.hasSuffix("003_cfe9d2b584ad8e70.txt") })
        #expect(kept.files.map(\.displayPath) == [listed.displayPath])
        #expect(kept.files.map(\.identity) == [listed.identity] && kept.files.map(\.path) == [listed.path])
        // Undated articles (none here): the files' times date the report.
        let undated = CorpusStats()
        #expect(ReportSpec.reportDate(options, corpus: undated, files: kept.files) == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(ReportSpec.reportDate(options, corpus: undated, files: kept.files)
                == ReportSpec.reportDate(options, corpus: undated, files: inputs.files))
        #expect(RunInputs(options: options, files: [], lexicon: inputs.lexicon, warnings: [], notes: []).keepingNewestFile().files.isEmpty)
    }

    /// Content hashes in the corpus's article order answer by id and by place, as the dictionary did.
    @Test func contentHashesAnswerByIDAndPlace() throws {
        let lexicon = try Lexicon.builtIn()
        let analyzer = ArticleAnalyzer(lexicon: lexicon)
        let analyses = ["b", "a", "c"].map { analyzer.analyze(Array("Judul \($0)\n\nGoogle dan OpenAI bersaing.".utf8), id: $0, file: "\($0).txt") }
        let corpus = CorpusStats(analyses: analyses, lexicon: lexicon)
        let hashes = ContentHashes(corpus.articles, byID: ["a": 11, "b": 22])
        #expect(corpus.articles.map(\.id) == ["a", "b", "c"])
        #expect(hashes.inArticleOrder == [11, 22, 0])
        #expect(hashes["a"] == 11 && hashes["b"] == 22)
        #expect(hashes["c"] == nil && hashes["zz"] == nil)
        #expect(hashes[articleAt: 1] == 22 && hashes[articleAt: 2] == nil)
        #expect(hashes == ContentHashes(corpus.articles, byID: ["a": 11, "b": 22, "other": 5]))
        #expect(hashes != ContentHashes(corpus.articles, byID: ["a": 11, "b": 23]))
    }
}
