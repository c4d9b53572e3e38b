import Foundation
import Stats
import Testing
@testable import ReportKit

/// The analyses leave memory once the statistics are made (issue 10 item 4): the cache records kept while reading
/// give the next cache byte for byte, and what the later stages need of the analyses is taken before they go.
@Suite("folded reading")
struct FoldedReadTests {
    let fm = FileManager.default

    func seedRead(count: Int = 5) throws -> ReadArticles {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: count)
        let inputs = try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out")))
        return try ArticleReader.read(inputs, cache: nil, progress: nil)
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
        #expect(folded.entries.allSatisfy { $0.outcome == .folded })
        #expect(try encoded(folded, spilled: true) == whole)
        // The history is taken while the analyses are at hand: the manifest still knows every fact.
        #expect(folded.history == RunHistory(entries: read.entries) && !folded.history.facts.isEmpty)
    }

    @Test func anEntryWithoutAKeptRecordKeepsItsAnalysis() throws {
        var read = try seedRead(count: 2)
        read.spilled[1] = nil
        let folded = read.folded()
        #expect(folded.entries[0].outcome == .folded)
        #expect(folded.entries[1] == read.entries[1])
        #expect(try encoded(folded, spilled: true) == encoded(read, spilled: false))
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
}
