import Foundation
import Stats

/// The whole job, as the list of its stages: inputs → read → statistics → report spec → output plan → commit.
/// Each stage is a value made from the one before it (see the folders of the same names).
public enum ReportGenerator {
    public static let version = "0.1.0"

    public static func run(_ options: ReportOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RunSummary {
        let started = Date()
        Memory.keepLargeBlocksApart()
        var clock = PhaseClock()
        // The last statistics are decoded meanwhile on another core.
        let lastStatistics = options.useCache ? CorpusState.Loading(from: options.output) : nil
        var inputs = try RunInputs.gather(options)
        let folder = try OutputFolder(options.output, faults: options.faults)
        defer { folder.release() }
        // --no-cache ignores every state file: the manifest as well as the analyses.
        let previous = options.useCache ? RunManifest.load(from: options.output) : nil
        var counted = try count(inputs, previous: previous, lastStatistics: lastStatistics, clock: &clock, progress: progress)
        // Nothing after the statistics reads the entries but the cache's writer, nor the file list but the report's date.
        let reading = counted.read.handOverEntries(stamp: inputs.cacheStamp, version: options.formatVersion)
        inputs = inputs.keepingNewestFile()
        let stats = counted.stats, read = counted.read
        // The spec takes one core; stats.json and the caches, which do not need it, are made on the others meanwhile.
        let (plan, committed) = try Commit.run(ahead: OutputPlan.ahead(stats, read: read, inputs: inputs, last: previous), plan: { [inputs] in
            let started = Date()
            defer { PhaseClock.note("(spec and plan)", seconds: Date().timeIntervalSince(started)) }
            return OutputPlan.make(ReportSpec.compose(stats, inputs: inputs), stats: stats, read: read, inputs: inputs, last: previous)
        }, previous: previous, into: folder, lanes: lanes(options))
        clock.lap("spec, render, commit")
        let changes = previous.map {
            RunChanges(from: $0.history, current: plan.history, newFacts: counted.newFacts, changedCharts: committed.changedCharts)
        }
        return RunSummary(articles: counted.articles, filtered: counted.filtered, facts: stats.corpus.facts.count,
                          written: committed.written.filter(\.isReport).map(\.relative), skipped: inputs.warnings + reading.skippedLines,
                          decodingNotes: inputs.notes + reading.notes, analysed: reading.analysedAfresh,
                          changes: changes?.lines(Labels(options.language)) ?? [], seconds: Date().timeIntervalSince(started),
                          figureLimitNotes: counted.figureLimitNotes)
    }

    /// Stages 2 and 3 and what the summary needs of the analyses: the articles read, counted and folded.
    struct Counted {
        /// Folded: the analyses are no longer in memory.
        var read: ReadArticles
        var stats: ReportStatistics
        var filtered: String?
        /// Facts the last run (`previous`) did not see.
        var newFacts: [Fact]
        var articles: Int
        var figureLimitNotes: [String]
    }

    /// Reads the articles and makes the statistics. The analyses live only inside this function: what leaves it is
    /// folded (see `ReadArticles.folded`), so the spec, the plan and the drawings reuse their memory.
    static func count(_ inputs: RunInputs, previous: RunManifest?, lastStatistics loading: CorpusState.Loading?, clock: inout PhaseClock,
                      progress: (@Sendable (Int, Int) -> Void)?) throws -> Counted {
        let options = inputs.options
        let cache = options.useCache ? AnalysisCache.load(from: options.output, stamp: inputs.cacheStamp) : nil
        let lastStatistics = loading?.take(stamp: inputs.cacheStamp)
        clock.lap("inputs")
        // A cold run that counts every article folds them as they are read: the analyses are never all in memory.
        // Filters choose articles after reading, the last statistics need the analyses of the changed articles, and
        // the changes since the last run their facts: those runs fold after the statistics.
        let folding = options.filter.isEmpty && lastStatistics == nil && previous == nil
        // With the last statistics and history, and the same manifest beside the folder, unchanged articles come from
        // them: their analyses stay undecoded in the cache.
        let last = options.filter.isEmpty ? LastRun(lastStatistics, previous, forInput: options.input.path) : nil
        var read = try ArticleReader.read(inputs, cache: cache, progress: progress, folding: folding, last: last)
        clock.lap("read and analyse")
        let (stats, filtered) = try statistics(read, inputs: inputs, previous: lastStatistics, clock: &clock)
        if let last {
            read.history.facts = RunHistory.carried(last, to: read.history) ?? RunHistory.factKeys(stats.corpus, hashes: stats.contentHashes)
        }
        let newFacts = previous.map { RunChanges.newFacts(since: $0.history, in: read) } ?? []
        let articles = read.articleCount, figureLimitNotes = read.figureLimitNotes
        read.fold()
        // The freed analyses are spread over the reading threads' heaps, where the drawing threads cannot reuse them.
        Memory.returnFreed()
        clock.lap(stats.merged ? "statistics, merged" : "corpus statistics")
        return Counted(read: read, stats: stats, filtered: filtered, newFacts: newFacts, articles: articles,
                       figureLimitNotes: figureLimitNotes)
    }

    /// Stages 2½ and 3. The filtered copy of `read` lives only in here, so that folding `read` afterwards frees the
    /// analyses in place.
    private static func statistics(_ read: ReadArticles, inputs: RunInputs, previous: CorpusState?,
                                   clock: inout PhaseClock) throws -> (ReportStatistics, filtered: String?) {
        let selected = try ArticleSelection.apply(read, inputs: inputs)
        clock.lap("filters")
        let stats = ReportStatistics.compute(selected.read, filters: selected.summary, inputs: inputs, previous: previous)
        return (stats, selected.summary?.counts)
    }

    /// Drawings at once: one per core (at most four); one at a time for large pictures (a 6400×4000 chart needs
    /// ~300 MB while encoded).
    static func lanes(_ options: ReportOptions) -> Int {
        options.scale > 2 ? 1 : max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
    }

    static func loadLexicon(_ file: URL?) throws -> Lexicon { try LexiconFile.load(file) }
}

extension RunInputs {
    /// These inputs once the articles are read: of the file list, only the newest file, which dates the report when no
    /// article has a date (`ReportSpec.reportDate`). The list was ~2.7 MB per 27,500 articles at the run's peak.
    func keepingNewestFile() -> RunInputs {
        var kept = self
        kept.files = files.max { $0.modified < $1.modified }.map {
            [ArticleFile(id: $0.id, displayPath: $0.displayPath, path: $0.path, identity: $0.identity)]
        } ?? []
        return kept
    }
}

/// Phase times on stderr when REPORT_GEN_TIMING is set: where a run spends its time, for benchmarks.
struct PhaseClock {
    private var last = Date()
    private var lastCPU = PhaseClock.cpuSeconds()
    private let enabled = ProcessInfo.processInfo.environment["REPORT_GEN_TIMING"] != nil

    /// User and system time of the whole process so far: a phase on two cores shows CPU above its wall time, and
    /// CPU lost between threads shows against the single-core benchmarks.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = Date(), cpu = Self.cpuSeconds()
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
        let line = phase.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%7.3f s  CPU %6.3f s", now.timeIntervalSince(last), cpu - lastCPU)
        FileHandle.standardError.write(Data("timing: \(line)   peak RSS \(peak)\n".utf8))
        last = now
        lastCPU = cpu
        Memory.printHeapStatistics(after: phase)
    }

    /// One output's time to produce and sync, under the phase that renders (drawings run in parallel).
    static func note(_ file: String, seconds: Double) {
        guard ProcessInfo.processInfo.environment["REPORT_GEN_TIMING"] != nil else { return }
        FileHandle.standardError.write(Data("timing:   \(file.padding(toLength: 28, withPad: " ", startingAt: 0))\(String(format: "%7.3f s", seconds))\n".utf8))
    }
}
