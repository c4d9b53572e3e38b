import Foundation

/// What a run did, for the terminal.
public struct RunSummary: Sendable, Equatable {
    public var articles: Int
    public var facts: Int
    /// Report files rewritten (relative paths), in path order.
    public var written: [String]
    /// Files and folders that were not read, each with the reason ("skipped FILE: reason").
    public var skipped: [String]
    /// Files read after decoding or repair, and ids that had to be disambiguated.
    public var decodingNotes: [String]
    /// How many articles were analysed afresh (the rest came from the cache).
    public var analysed: Int
    /// What changed since the last run in this output folder (empty on the first run and with --no-cache).
    public var changes: [String]
    public var seconds: Double

    /// 0, or 1 when a file or folder was skipped.
    public var exitCode: Int32 { skipped.isEmpty ? 0 : 1 }

    /// The warnings for stderr: every skipped file, the first five decoding notes and a count of the rest.
    public var warnings: [String] {
        var lines = skipped
        // Repaired encodings are common in scraped news: name a few, count the rest (all are in stats.json).
        lines += decodingNotes.prefix(5)
        if decodingNotes.count > 5 {
            lines.append("\(decodingNotes.count - 5) more files were decoded or repaired; see articles[].decoding in stats.json")
        }
        return lines
    }

    /// The lines for stdout: what was read, what changed, what was written to `output` (as the user wrote it).
    public func lines(output: String) -> [String] {
        let skippedNote = skipped.isEmpty ? "" : " (\(skipped.count) skipped)"
        let fresh = analysed == articles + skipped.count ? "" : ", \(analysed) analysed afresh"
        var lines = ["Read \(articles) article\(articles == 1 ? "" : "s")\(skippedNote)\(fresh), found \(facts) figures in \(String(format: "%.2f", seconds)) s."]
        if !changes.isEmpty { lines.append("Since the last run: " + changes.joined(separator: "; ")) }
        let folder = output.hasSuffix("/") ? output : output + "/"
        lines.append(written.isEmpty ? "Nothing to rewrite in \(folder)." : "Wrote \(written.count) files to \(folder): \(Self.describe(written))")
        return lines
    }

    static func describe(_ written: [String]) -> String {
        let charts = written.filter { $0.hasPrefix("charts/") }
        let others = written.filter { !$0.hasPrefix("charts/") }
        return (others + (charts.isEmpty ? [] : ["charts/ (\(charts.count) images)"])).joined(separator: ", ")
    }
}
