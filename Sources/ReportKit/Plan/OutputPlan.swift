import Foundation
import Render
import Stats

/// One file of the output plan: where it goes, a fingerprint of everything its bytes depend on, and how to make them.
struct PlannedFile: Sendable {
    typealias Producer = @Sendable (_ write: ([UInt8]) throws -> Void) throws -> Void

    var path: OutputPath
    var fingerprint: UInt64
    /// Makes the file's bytes, in pieces; called only when the fingerprint differs from the last run's.
    var produce: Producer
    /// Where `produce` put each article's pieces, for the next run to copy them (`FragmentLayout`); set once produced.
    var layout: Locked<FragmentLayout?>? = nil
}

/// The last run's outputs, which this run's encoders copy unchanged articles' pieces from.
struct LastOutputs: Sendable {
    var manifest: RunManifest?
    var folder: URL

    /// The file at `path` as the last run left it, when its layout was made in `context` and it is still that run's.
    func source(_ path: OutputPath, context: UInt64) -> FragmentSource? {
        guard let manifest else { return nil }
        return FragmentSource(path: folder.appendingPathComponent(path.relative).path, layout: manifest.layout(of: path.relative),
                              context: context, recorded: manifest.outputs[path.relative])
    }
}

/// Stage 5: every output file of the run with its fingerprint, and what the run read (for the manifest).
/// Fingerprints include `formatVersion`, so a new drawing or file format regenerates an unchanged folder's files.
struct OutputPlan: Sendable {
    /// Bump `report-gen` when an output format changes; the drawing code's own version is `Renderer.version`.
    static let formatVersion = "report-gen 3 / render \(Renderer.version)"

    var files: [PlannedFile]
    var history: RunHistory

    /// `last` holds the last run's manifest, whose files the encoders copy unchanged articles from.
    static func make(_ spec: ReportSpec, stats: ReportStatistics, read: ReadArticles, inputs: RunInputs, last: RunManifest? = nil) -> OutputPlan {
        let options = inputs.options
        var files = ahead(stats, read: read, inputs: inputs, last: last)
        if options.formats.contains(.csv) {
            files += tables(stats, names: spec.names, version: options.formatVersion, stamp: inputs.cacheStamp,
                            last: LastOutputs(manifest: last, folder: options.output))
        }
        // Each chart's description is fingerprinted once, for its files and for the PDF that shows it.
        let drawn = spec.charts.mapValues { Fingerprint.describing($0) }
        files += chartFiles(spec.charts, drawn: drawn, options: options)
        if let document = spec.document {
            files.append(report(document, stats: stats, drawn: drawn, date: spec.date, options: options))
        }
        return OutputPlan(files: files, history: read.history)
    }

    /// The files that need only the statistics and what was read, not the spec: `Commit.run` makes them while the spec
    /// is composed. Largest first, as the commit orders the rest.
    static func ahead(_ stats: ReportStatistics, read: ReadArticles, inputs: RunInputs, last: RunManifest? = nil) -> [PlannedFile] {
        let version = inputs.options.formatVersion
        var files = [statistics(stats, generator: "report-gen \(ReportGenerator.version)", version: version, stamp: inputs.cacheStamp,
                                last: LastOutputs(manifest: last, folder: inputs.options.output)),
                     cache(read, stamp: inputs.cacheStamp, version: version), corpusState(stats, stamp: inputs.cacheStamp, version: version)]
        if let manifest = read.manifest, !manifest.isEmpty {
            let output = inputs.options.output
            files.append(PlannedFile(path: .manifestCache, fingerprint: Fingerprint.of(manifest.key, ManifestCache.magic, version)) { write in
                try write(manifest.bytes(output: output))
            })
        }
        return files
    }

    /// stats.json, with the pieces of unchanged articles copied from the last run's (`last`).
    static func statistics(_ stats: ReportStatistics, generator: String, version: String, stamp: String = "",
                           last: LastOutputs? = nil) -> PlannedFile {
        let layout = Locked<FragmentLayout?>(nil)
        // What every piece depends on besides its article: another generator, format, analyser or lexicon reuses none.
        let context = Fingerprint.of("stats.json", generator, version, stamp, FragmentLayout.version)
        return PlannedFile(path: .statistics, fingerprint: Fingerprint.of(stats.fingerprint, "stats.json", version), produce: { write in
            let started = FragmentSplicer.threadCPU()
            var splicer = FragmentSplicer(source: last?.source(.statistics, context: context), context: context,
                                          sections: StatsFile.Section.allCases.count)
            try StatsFile(corpus: stats.corpus, decodings: stats.decodings, skipped: stats.skipped, generator: generator,
                          filters: stats.filters).encode(write, splicer: &splicer, keys: FragmentKeys(contentHashes: stats.contentHashes))
            splicer.note("stats.json", started: started)
            layout.withLock { $0 = splicer.layout }
        }, layout: layout)
    }

    /// The CSV tables: functions of the statistics, as stats.json is (`names` are derived from them). facts.csv and
    /// articles.csv copy the rows of unchanged articles from the last run's (`last`).
    static func tables(_ stats: ReportStatistics, names: DisplayNames, version: String, stamp: String = "",
                       last: LastOutputs? = nil) -> [PlannedFile] {
        CSVTable.allCases.map { table in
            let layout = Locked<FragmentLayout?>(nil)
            let context = Fingerprint.of(table.fileName, version, stamp, FragmentLayout.version)
            return PlannedFile(path: .table(table), fingerprint: Fingerprint.of(stats.fingerprint, table.fileName, version), produce: { write in
                let started = FragmentSplicer.threadCPU()
                var splicer = FragmentSplicer(source: last?.source(.table(table), context: context), context: context,
                                              sections: table.splicedSections)
                try table.write(stats.corpus, decodings: stats.decodings, names: names, splicer: &splicer,
                                keys: FragmentKeys(contentHashes: stats.contentHashes), to: write)
                guard table.splicedSections > 0 else { return }
                splicer.note(table.fileName, started: started)
                layout.withLock { $0 = splicer.layout }
            }, layout: layout)
        }
    }

    static func chartFiles(_ charts: [ChartID: Chart], drawn: [ChartID: UInt64], options: ReportOptions) -> [PlannedFile] {
        let formats = OutputPath.ImageFormat.allCases.filter { options.formats.contains(ReportOptions.Format(rawValue: $0.rawValue)!) }
        let scale = options.scale
        return charts.keys.sorted().flatMap { id in
            let chart = charts[id]!
            let drawn = drawn[id] ?? Fingerprint.describing(chart)
            return formats.map { format in
                PlannedFile(path: .chart(id, format), fingerprint: Fingerprint.of(drawn, format.rawValue, "\(scale)", options.formatVersion)) { write in
                    try write(format == .png ? try ChartImage.png(chart, width: 1600, height: 1000, scale: scale, software: "report-gen \(ReportGenerator.version)")
                                             : try ChartImage.svg(chart, width: 1600, height: 1000))
                }
            }
        }
    }

    /// The document is a function of the statistics, the charts, the date and the language: those are fingerprinted
    /// rather than the whole document (describing it took half a second).
    static func report(_ document: ReportDocument, stats: ReportStatistics, drawn: [ChartID: UInt64], date: Date,
                       options: ReportOptions) -> PlannedFile {
        var parts = [stats.fingerprint] + drawn.keys.sorted().map { drawn[$0]! }
        parts.append(Fingerprint.of("\(date.timeIntervalSince1970)", options.language.rawValue, options.formatVersion))
        return PlannedFile(path: .report, fingerprint: Fingerprint.of(parts)) { write in
            let started = Date()
            let built = document.build()
            PhaseClock.note("  (document built)", seconds: Date().timeIntervalSince(started))
            try write(try PDFReport.render(built))
        }
    }

    /// The merged statistics for the next run: a function of the same inputs as stats.json.
    static func corpusState(_ stats: ReportStatistics, stamp: String, version: String) -> PlannedFile {
        PlannedFile(path: .corpusState, fingerprint: Fingerprint.of(stats.fingerprint, CorpusState.magic, stamp, version,
                                                                    String(stats.manifestKey ?? 0, radix: 16))) { write in
            try CorpusState.encode(stats, stamp: stamp, write: write)
        }
    }

    static func cache(_ read: ReadArticles, stamp: String, version: String) -> PlannedFile {
        let records = read.cacheRecords(stamp: stamp, version: version)
        return PlannedFile(path: .analysisCache, fingerprint: records.fingerprint) { write in
            try records.encode(stamp: stamp, write: write)
        }
    }
}

/// Stable 64-bit fingerprints (FNV-1a): the same value gives the same number in every run.
enum Fingerprint {
    static func of(_ parts: String...) -> UInt64 {
        var h = FNV1a()
        for p in parts { h.add(p) }
        return h.value
    }

    static func of(_ seed: UInt64, _ parts: String...) -> UInt64 {
        var h = FNV1a()
        h.add(String(seed, radix: 16))
        for p in parts { h.add(p) }
        return h.value
    }

    static func of(_ parts: [UInt64]) -> UInt64 {
        var h = FNV1a()
        for p in parts { h.add(String(p, radix: 16)) }
        return h.value
    }

    /// A value's full description: a chart's every label, value and colour.
    static func describing<T>(_ value: T) -> UInt64 { of(String(describing: value)) }
}
