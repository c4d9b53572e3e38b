import Foundation
import Testing
@testable import Render

/// Each chart type rendered at 800×500 and compared with a committed baseline PNG in `Baselines/`,
/// the way matplotlib's `compare_images` does it: RMS difference over the R, G and B channels (0–255).
///
/// Tolerance: RMS ≤ 2.0. Anti-aliasing or font-version noise stays well under 1; a moved bar,
/// label or tick row is several units. On failure the actual picture and an amplified difference
/// image are written to a temporary folder named in the message.
///
/// After an intended change of the drawing, look at the new pictures and regenerate the baselines:
///
///     UPDATE_BASELINES=1 swift test --filter Baseline
///
/// then commit `Tests/RenderTests/Baselines/*.png` with the change.
@Suite("Baseline images") struct BaselineTests {
    static let tolerance = 2.0
    static let width = 800, height = 500

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Baselines")

    /// One chart per chart type and state the report draws.
    static let charts: [(String, Chart)] = [
        ("bar-linear", .bar(Samples.threeBars)),
        ("bar-log-notes", .bar(Samples.tokenBars)),
        ("stacked", .stacked(Samples.stacked)),
        ("bar-vague", .bar(Samples.vagueBars)),
        ("stacked-weighted", .stacked(Samples.weightedStacked)),
        ("heatmap", .heatmap(Samples.heatmap(rows: 6, columns: 5))),
        ("timeline", .timeline(Samples.timeline)),
        ("trend-month", .trend(Samples.monthlyTrend)),
        ("empty", .bar(BarChart(title: "Nothing yet", bars: [], valueAxisTitle: "Mentions", source: Samples.source))),
    ]

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_BASELINES"] == "1" }

    @Test(arguments: charts.map(\.0))
    func matchesBaseline(name: String) throws {
        let chart = Self.charts.first { $0.0 == name }!.1
        let actual = PixelImage(try ChartImage.rasterize(chart, width: Self.width, height: Self.height, scale: 1))
        let baselineURL = Self.folder.appendingPathComponent("\(name).png")

        if Self.updating {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(actual.pngBytes()).write(to: baselineURL)
            return
        }
        guard let expected = PixelImage(pngAt: baselineURL.path) else {
            Issue.record("no baseline \(baselineURL.path): run UPDATE_BASELINES=1 swift test --filter Baseline")
            return
        }
        let rms = actual.rms(comparedTo: expected)
        if let rms, rms <= Self.tolerance { return }

        let out = FileManager.default.temporaryDirectory.appendingPathComponent("report-gen-baselines-\(getpid())")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let actualURL = out.appendingPathComponent("\(name)-actual.png")
        let diffURL = out.appendingPathComponent("\(name)-diff.png")
        try Data(actual.pngBytes()).write(to: actualURL)
        try Data(actual.difference(from: expected).pngBytes()).write(to: diffURL)
        let what = rms.map { String(format: "RMS %.2f > %.1f", $0, Self.tolerance) }
            ?? "size \(actual.width)×\(actual.height) ≠ \(expected.width)×\(expected.height)"
        Issue.record("\(name) differs from \(baselineURL.lastPathComponent): \(what). Actual: \(actualURL.path), difference: \(diffURL.path)")
    }

    @Test func comparisonNoticesAMovedMark() throws {
        // The measure must catch what it is for: a bar 10 % shorter is well above the tolerance…
        var shorter = Samples.threeBars
        shorter.bars[0].value = 155
        let a = PixelImage(try ChartImage.rasterize(.bar(Samples.threeBars), width: Self.width, height: Self.height, scale: 1))
        let b = PixelImage(try ChartImage.rasterize(.bar(shorter), width: Self.width, height: Self.height, scale: 1))
        #expect(try #require(a.rms(comparedTo: b)) > Self.tolerance)
        // …while the same picture is exactly 0 and a PNG round trip loses nothing.
        #expect(a.rms(comparedTo: a) == 0)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-roundtrip-\(getpid()).png").path
        try Data(a.pngBytes()).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(PixelImage(pngAt: path) == a)
    }
}
