import Foundation
import Render
import Stats

/// What the user asked for: where to read, where to write, and how the report looks.
public struct ReportOptions: Sendable {
    public enum Format: String, Sendable, CaseIterable { case pdf, png, svg }

    public var input: URL
    public var output: URL
    /// The input folder as the user wrote it, for the paths in stats.json ("seeds").
    public var inputDisplay: String
    public var lexiconFile: URL?
    public var language: Labels.Language = .en
    public var scale: Double = 1
    public var formats: Set<Format> = [.pdf, .png]
    /// Seconds since 1970 for the PDF's dates (SOURCE_DATE_EPOCH), so runs are reproducible.
    public var sourceDateEpoch: Int?
    /// Reuse per-article results of earlier runs (`--no-cache` turns this off).
    public var useCache = true

    public init(input: URL, output: URL, inputDisplay: String) {
        self.input = input
        self.output = output
        self.inputDisplay = inputDisplay
    }
}

/// What a run did, for the terminal summary.
public struct RunSummary: Sendable {
    public var articles: Int
    public var facts: Int
    public var written: [String]
    /// Files that were not read, each with the reason ("skipped FILE: reason").
    public var skipped: [String]
    /// Files read after decoding or repair ("FILE: repaired 2 mojibake sequences …").
    public var decodingNotes: [String]
    /// How many articles were analysed afresh (the rest came from the cache).
    public var analysed: Int
    /// What changed since the last run in this output folder (empty on the first run).
    public var changes: [String]
    public var seconds: Double
}

/// The whole job: read the articles, compute the statistics, compose and render the report, write Output/.
public enum ReportGenerator {
    public static let version = "0.1.0"

    public static func run(_ options: ReportOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RunSummary {
        let started = Date()
        var clock = PhaseClock()
        let lexicon = try loadLexicon(options.lexiconFile)
        let files = try ArticleFiles.list(in: options.input, displayPrefix: options.inputDisplay)
        let output = try OutputFolder(options.output)
        let stamp = "\(version) analysis \(ArticleAnalyzer.formatVersion) \(lexicon.fingerprint)"
        let cache = options.useCache ? AnalysisCache.load(from: options.output, stamp: stamp) : nil
        let previous = RunState.load(from: options.output)
        clock.lap("list files, cache")

        var read = ArticleReader.readAll(files, analyzer: ArticleAnalyzer(lexicon: lexicon), cache: cache, progress: progress)
        guard !read.analyses.isEmpty else {
            throw ReportError.noArticles(options.input.path, skipped: read.skipped.map { "skipped \($0.file): \($0.reason)" })
        }
        clock.lap("read and analyse")
        // The next run's cache, written now so the entries can be let go before the report is drawn.
        try output.stage(at: AnalysisCache.relativePath) { write in
            try AnalysisCache.encode(read.entries.filter { $0.contentHash != 0 }, stamp: stamp, write: write)
        }
        var state = RunState(entries: read.entries)
        let newFacts = previous.map { RunChanges(from: $0, to: state, entries: read.entries, changedCharts: []) }
        read.entries = []
        let corpus = CorpusStats(analyses: read.analyses, lexicon: lexicon)
        clock.lap("corpus statistics")

        // Streamed to the staging folder; kept only if it differs from the last run's (compared by hash, not by
        // reading the old file back: stats.json can be tens of megabytes).
        var statsHash = FNV1a()
        try output.stage(at: "stats.json") { write in
            try StatsFile(corpus: corpus, decodings: read.decodings, skipped: read.skipped, generator: "report-gen \(version)")
                .encode { piece in statsHash.add(bytes: piece); try write(piece) }
        }
        state.outputs["stats.json"] = statsHash.value
        if previous?.outputs["stats.json"] == statsHash.value, output.exists("stats.json") { output.unstage("stats.json") }
        clock.lap("stats.json")

        let labels = Labels(options.language)
        let charts = ChartSet(corpus: corpus, labels: labels, sourceLine: labels.source(corpus.articles.count, options.inputDisplay))
        let namedCharts = charts.all
        let changedCharts = try renderCharts(namedCharts, options: options, previous: previous, state: &state, into: output)
        clock.lap("charts")

        var changes: [String] = []
        if var runChanges = newFacts {
            runChanges.changedCharts = changedCharts
            changes = runChanges.lines(labels)
        }
        if options.formats.contains(.pdf) {
            let date = reportDate(options, corpus: corpus, files: files)
            let byName = Dictionary(uniqueKeysWithValues: namedCharts.map { ($0.name, $0.chart) })
            let document = ReportDocument(corpus: corpus, charts: byName, labels: labels, changes: changes, date: date).build()
            clock.lap("compose PDF")
            // The document is a function of the statistics, the charts, the changes, the date and the language:
            // fingerprint those rather than describing the whole document (that took half a second).
            let fingerprint = RunState.fingerprint(
                [statsHash.value] + namedCharts.map { state.outputs["charts/\($0.name).png"] ?? RunState.fingerprint($0.chart) },
                "\(changes) \(date.timeIntervalSince1970) \(options.language) \(version)")
            state.outputs["report.pdf"] = fingerprint
            if previous?.outputs["report.pdf"] != fingerprint || !output.exists("report.pdf") {
                try output.stage(try PDFReport.render(document), at: "report.pdf")
            }
            clock.lap("render PDF")
        }
        try output.stage(state.encoded(), at: RunState.relativePath)
        let written = try output.commit().filter { !$0.hasPrefix(".") }
        clock.lap("cache, commit")
        return RunSummary(articles: corpus.articles.count, facts: corpus.facts.count, written: written,
                          skipped: read.skipped.map { "skipped \($0.file): \($0.reason)" }, decodingNotes: read.notes,
                          analysed: read.analysed, changes: changes, seconds: Date().timeIntervalSince(started))
    }

    /// The PDF's date: SOURCE_DATE_EPOCH when set, else the newest article's date, else the newest file's
    /// modification time — never the clock, so the same input gives the same bytes.
    static func reportDate(_ options: ReportOptions, corpus: CorpusStats, files: [ArticleFile]) -> Date {
        if let epoch = options.sourceDateEpoch { return Date(timeIntervalSince1970: TimeInterval(epoch)) }
        if let newest = corpus.articles.compactMap(\.metadata.date).filter({ $0.count == 10 }).max(),
           let day = ChartSet.day(newest) {
            return Date(timeIntervalSince1970: TimeInterval(day * 86400))
        }
        return Date(timeIntervalSince1970: (files.map(\.modified).max() ?? 0).rounded(.down))
    }

    static func loadLexicon(_ file: URL?) throws -> Lexicon {
        do {
            let builtIn = try Lexicon.builtIn()
            guard let file else { return builtIn }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw ReportError.lexiconUnreadable(file.path)
            }
            // Notepad and friends start UTF-8 files with a byte order mark: not part of the first category.
            let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
            return builtIn.merging(try Lexicon(parsing: String(decoding: bytes, as: UTF8.self), file: file.path))
        } catch let error as LexiconError {
            throw ReportError.lexicon(error.description)
        }
    }

    /// Renders the charts two at a time (the PNGs are most of a small run), skipping those whose content is
    /// what the last run drew. Returns the names of the charts that changed.
    private static func renderCharts(_ charts: [NamedChart], options: ReportOptions, previous: RunState?,
                                     state: inout RunState, into output: OutputFolder) throws -> [String] {
        let formats = [ReportOptions.Format.png, .svg].filter(options.formats.contains)
        var jobs: [(NamedChart, ReportOptions.Format, String)] = []
        var changed: [String] = []
        for chart in charts {
            let fingerprint = RunState.fingerprint(chart.chart, "\(options.scale)")
            var chartChanged = false
            for format in formats {
                let path = "charts/\(chart.name).\(format.rawValue)"
                state.outputs[path] = fingerprint
                if previous?.outputs[path] != fingerprint { chartChanged = true }
                if previous?.outputs[path] != fingerprint || !output.exists(path) { jobs.append((chart, format, path)) }
            }
            if chartChanged, previous != nil { changed.append(chart.name) }
        }
        let failure = Locked<Error?>(nil)
        let work = jobs
        // Two at a time normally; one at a time for large pictures (a 6400×4000 chart needs ~300 MB while encoded).
        let lanes = options.scale > 2 ? 1 : 2
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for i in stride(from: lane, to: work.count, by: lanes) {
                let (named, format, path) = work[i]
                do {
                    let bytes = format == .png
                        ? try ChartImage.png(named.chart, width: 1600, height: 1000, scale: options.scale)
                        : try ChartImage.svg(named.chart, width: 1600, height: 1000)
                    try output.stage(bytes, at: path)
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return changed
    }
}

/// Phase times on stderr when REPORT_GEN_TIMING is set: where a run spends its time, for benchmarks.
struct PhaseClock {
    private var last = Date()
    private let enabled = ProcessInfo.processInfo.environment["REPORT_GEN_TIMING"] != nil

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = Date()
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
        let line = phase.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%7.3f s", now.timeIntervalSince(last))
        FileHandle.standardError.write(Data("timing: \(line)   peak RSS \(peak)\n".utf8))
        last = now
    }
}
