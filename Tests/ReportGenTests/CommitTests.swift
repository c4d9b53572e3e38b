import Foundation
import Testing
@testable import ReportKit

/// The commit protocol: after any failed, interrupted or successful run, the folder holds one complete report, and
/// the next successful run gives byte for byte what a cold run gives (issue 13, F1).
@Suite("commit protocol", .serialized)
struct CommitTests {
    let fm = FileManager.default

    /// Fails every write, sync, link, rename and folder creation of a run in turn: each failed run leaves exactly the
    /// previous report or exactly the new one, and the next run gives a cold run's bytes. Once with the PDF alone, once
    /// with every output format (the charts drawn at a tenth of their size, so that failing each of their operations in
    /// turn stays quick: the operations are the same at any size).
    @Test(arguments: [
        (Set<ReportOptions.Format>([.pdf]), 1.0),
        (Set<ReportOptions.Format>(ReportOptions.Format.allCases), 0.1),
    ])
    func everyFailingOperationLeavesOneCompleteReport(_ formats: Set<ReportOptions.Format>, _ scale: Double) throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 2)
        let base = dir.appendingPathComponent("base")
        _ = try ReportGenerator.run(Stage.options(input, base, formats: formats, scale: scale))
        let previous = try Stage.visible(base)
        try fm.copyItem(at: CLI.repo.appendingPathComponent("seeds/003_cfe9d2b584ad8e70.txt"), to: input.appendingPathComponent("added.txt"))
        let cold = dir.appendingPathComponent("cold")
        _ = try ReportGenerator.run(Stage.options(input, cold, formats: formats, scale: scale))
        let expected = try Stage.visible(cold)
        #expect(expected != previous)

        let out = dir.appendingPathComponent("out")
        var n = 1
        while true {
            try Stage.copy(base, to: out)
            var options = Stage.options(input, out, formats: formats, scale: scale)
            let faults = FaultInjection(failAt: n)
            options.faults = faults
            do {
                _ = try ReportGenerator.run(options)
                #expect(faults.operations < n, "operation \(n) was not failed")
                break
            } catch let error as ReportError {
                #expect(error.exitCode == 73, "\(error)")
                let now = try Stage.visible(out)
                #expect(now == previous || now == expected, "after failing operation \(n) the folder holds a mix: \(error)")
                if case .notSynced = error { #expect(now == expected) } else { #expect(now == previous, "operation \(n): \(error)") }
            }
            _ = try ReportGenerator.run(Stage.options(input, out, formats: formats, scale: scale))
            let after = try Stage.visible(out)
            let differing = Set(after.keys).union(expected.keys).filter { after[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "the run after failing operation \(n) differs from a cold run in \(differing)")
            n += 1
        }
        #expect(n > 15, "a run has more operations than \(n - 1)")
        print("fault injection: failed each of \(n - 1) operations in turn")
    }

    /// F1: an output changed behind the manifest's back (or a stale file after a broken run) is rewritten.
    @Test func outputsAreVerifiedAgainstTheManifest() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 2)
        let out = dir.appendingPathComponent("out")
        _ = try ReportGenerator.run(Stage.options(input, out))
        let good = try Stage.visible(out)
        let stats = out.appendingPathComponent("stats.json")
        var bytes = [UInt8](try Data(contentsOf: stats))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: stats)
        let summary = try ReportGenerator.run(Stage.options(input, out))
        #expect(summary.written == ["stats.json"])
        #expect(try Stage.visible(out) == good)
    }

    /// --no-cache ignores every state file: all outputs are made again even when the manifest says they are current.
    @Test func noCacheIgnoresAllState() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        let out = dir.appendingPathComponent("out")
        _ = try ReportGenerator.run(Stage.options(input, out))
        var options = Stage.options(input, out)
        options.useCache = false
        let summary = try ReportGenerator.run(options)
        // Everything is written again: the PDF, stats.json and every chart (the fixed four and the folder's figure charts).
        #expect(summary.written.contains("report.pdf") && summary.written.contains("stats.json"), "\(summary.written)")
        #expect(summary.written.filter { $0.hasPrefix("charts/") }.count >= 4, "\(summary.written)")
        #expect(summary.analysed == 1)
        #expect(summary.changes.isEmpty)
    }

    /// Issue 10: a new renderer or format version regenerates the charts and the PDF of an unchanged folder.
    @Test func bumpingTheFormatVersionRegeneratesChartsAndPDF() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        let out = dir.appendingPathComponent("out")
        _ = try ReportGenerator.run(Stage.options(input, out))
        #expect(try ReportGenerator.run(Stage.options(input, out)).written.isEmpty)
        var bumped = Stage.options(input, out)
        bumped.formatVersion += " (next)"
        let written = try ReportGenerator.run(bumped).written
        #expect(written.contains("report.pdf"))
        let charts = try fm.contentsOfDirectory(atPath: out.appendingPathComponent("charts").path)
        #expect(written.filter { $0.hasPrefix("charts/") }.count == charts.count && charts.count >= 4)
    }

    /// F11: a cache that is a folder is a damaged cache, not a failure of every run.
    @Test func cacheThatIsAFolderIsReplaced() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        let out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: out.appendingPathComponent(".cache/analyses.bin/x"), withIntermediateDirectories: true)
        try fm.createDirectory(at: out.appendingPathComponent(".cache/manifest.bin/x"), withIntermediateDirectories: true)
        #expect(try ReportGenerator.run(Stage.options(input, out)).analysed == 1)
        #expect(try ReportGenerator.run(Stage.options(input, out)).analysed == 0)
    }

    /// F14: an output path that cannot be made leaves none of the folders it started to make.
    @Test func overlongOutputLeavesNoFoldersBehind() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        let before = try fm.contentsOfDirectory(atPath: dir.path)
        var long = dir
        for i in 0..<16 { long.appendPathComponent("level\(i)") }
        long.appendPathComponent(String(repeating: "x", count: 300))
        #expect(throws: ReportError.self) { try ReportGenerator.run(Stage.options(input, long)) }
        #expect(try fm.contentsOfDirectory(atPath: dir.path) == before)
    }
}

/// F8: what the signal handler says depends on how far the run got, not on a fixed sentence.
struct InterruptOutcomeTests {
    @Test func aSignalAfterPublishingSaysTheNewReportIsComplete() {
        #expect(OutputFolderCleanup.outcome(of: [:]) == .previousKept)
        #expect(OutputFolderCleanup.outcome(of: ["/out/.staging-1": .staging]) == .previousKept)
        #expect(OutputFolderCleanup.outcome(of: ["/out/.staging-1": .published]) == .newComplete)
        #expect(OutputFolderCleanup.outcome(of: ["/a/.staging-1": .published, "/b/.staging-1": .staging]) == .previousKept)
    }
}
