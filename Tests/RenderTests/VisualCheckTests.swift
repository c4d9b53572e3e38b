import Foundation
import Testing
@testable import Render

/// Writes every sample chart and the sample report to /tmp/render-check/ for a human to look at.
@Suite struct VisualCheckTests {
    @Test func writeSamplesForInspection() throws {
        let folder = URL(fileURLWithPath: "/tmp/render-check")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, chart) in Samples.allCharts {
            try Data(ChartImage.png(chart)).write(to: folder.appendingPathComponent("\(name).png"))
        }
        try Data(ChartImage.png(.bar(Samples.threeBars), scale: 2)).write(to: folder.appendingPathComponent("bar-3@2x.png"))
        for (name, chart) in Samples.allCharts {
            try Data(ChartImage.svg(chart)).write(to: folder.appendingPathComponent("\(name).svg"))
        }
        try Data(PDFReport.render(Samples.document())).write(to: folder.appendingPathComponent("report.pdf"))
    }
}
