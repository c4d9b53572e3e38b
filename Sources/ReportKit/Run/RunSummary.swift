import Foundation

/// What a run did, for the terminal.
public struct RunSummary: Sendable, Equatable {
    /// Articles read (before the filters).
    public var articles: Int
    /// What the filters kept and left out ("205 of 257 articles kept; left out: 12 undated"); nil without filters.
    public var filtered: String? = nil
    public var facts: Int
    /// Report files rewritten (relative paths), in path order.
    public var written: [String]
    /// Files and folders that were not read, each with the reason ("skipped FILE: reason").
    public var skipped: [String]
    /// Files read after decoding or repair (only those analysed in this run: a cached file was reported when it was
    /// new), and ids that had to be disambiguated.
    public var decodingNotes: [String]
    /// How many articles were analysed afresh (the rest came from the cache).
    public var analysed: Int
    /// What changed since the last run in this output folder (empty on the first run and with --no-cache).
    public var changes: [String]
    public var seconds: Double
    /// Articles that reached the figure limit (a table or a data dump), one line each: said even with --quiet,
    /// as the report leaves part of them out. They do not change the exit code: nothing was skipped.
    public var figureLimitNotes: [String] = []

    /// 0, or 1 when a file or folder was skipped.
    public var exitCode: Int32 { skipped.isEmpty ? 0 : 1 }

    /// The warnings for stderr: every skipped file, the first five decoding notes and a count of the rest.
    public var warnings: [String] { warnings(quiet: false) }

    /// `quiet` (`--quiet`) leaves out the decoding notes: a skipped file is still said (it makes the exit code 1).
    public func warnings(quiet: Bool) -> [String] {
        var lines = skipped + figureLimitNotes
        guard !quiet else { return lines }
        // Repaired encodings are common in scraped news: name a few, count the rest (all are in stats.json).
        lines += decodingNotes.prefix(5)
        if decodingNotes.count > 5 {
            let more = decodingNotes.count - 5
            lines.append("\(Self.count(more, "more file")) \(more == 1 ? "was" : "were") decoded or repaired; see articles[].decoding in stats.json")
        }
        return lines
    }

    /// "1 file", "3 files".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The lines for stdout: what was read, what changed, what was written to `output` (as the user wrote it).
    public func lines(output: String) -> [String] {
        let skippedNote = skipped.isEmpty ? "" : " (\(skipped.count) skipped)"
        let fresh = analysed == articles + skipped.count ? "" : ", \(analysed) analysed afresh"
        var lines = ["Read \(Self.count(articles, "article"))\(skippedNote)\(fresh), found \(facts) figure\(facts == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s."]
        if let filtered { lines.append("Filters: \(filtered).") }
        if !changes.isEmpty { lines.append("Since the last run: " + changes.joined(separator: "; ")) }
        let folder = output.hasSuffix("/") ? output : output + "/"
        lines.append(written.isEmpty ? "Nothing to rewrite in \(folder)." : "Wrote \(Self.count(written.count, "file")) to \(folder): \(Self.describe(written))")
        return lines
    }

    static func describe(_ written: [String]) -> String {
        let charts = written.filter { $0.hasPrefix("charts/") }
        let others = written.filter { !$0.hasPrefix("charts/") }
        return (others + (charts.isEmpty ? [] : ["charts/ (\(count(charts.count, "image")))"])).joined(separator: ", ")
    }
}
