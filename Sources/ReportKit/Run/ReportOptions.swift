import Foundation

/// What the user asked for: where to read, where to write, and how the report looks.
public struct ReportOptions: Sendable {
    public enum Format: String, Sendable, CaseIterable { case pdf, png, svg, csv }

    public var input: URL
    public var output: URL
    /// The input folder as the user wrote it, for the paths in stats.json ("seeds").
    public var inputDisplay: String
    public var lexiconFile: URL?
    public var language: Labels.Language = .en
    public var scale: Double = 1
    public var formats: Set<Format> = [.pdf, .png, .csv]
    /// Seconds since 1970 for the PDF's dates (SOURCE_DATE_EPOCH), so runs are reproducible.
    public var sourceDateEpoch: Int?
    /// Which articles are counted (`--since`, `--until`, `--about`); all when empty.
    public var filter = FilterOptions()
    /// Reuse the cache and the last run's manifest (`--no-cache` turns this off: every state file is ignored).
    public var useCache = true
    /// Part of every output's fingerprint: a new drawing or file format regenerates files whose inputs did not change.
    var formatVersion = OutputPlan.formatVersion
    /// Tests only: fail the N-th write, sync or rename of the output folder.
    var faults: FaultInjection?

    public init(input: URL, output: URL, inputDisplay: String) {
        self.input = input
        self.output = output
        self.inputDisplay = inputDisplay
    }
}
