import Foundation
import Testing
@testable import Stats

/// Issue 13 F2: a file denser in figures than any article keeps the first `ArticleAnalyzer.figureLimit`, and
/// the run names it in one warning; the report is written and nothing was skipped, so the exit code stays 0.
@Suite struct FigureLimitTests {
    @Test func denseFileIsNamedInOneWarningAndTheRunSucceeds() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let repeats = ArticleAnalyzer.figureLimit * 2
        try Data(String(repeating: "$5,5 juta ", count: repeats).utf8).write(to: input.appendingPathComponent("dump.txt"))
        try Data("Baidu memberikan 50 juta token gratis kepada pengguna baru di Tiongkok.\n".utf8)
            .write(to: input.appendingPathComponent("article.txt"))
        let output = dir.appendingPathComponent("out")

        for quiet in [false, true] {  // the second run reads the analyses from the cache, and --quiet still says it
            let r = try CLI.run(["--input", input.path, "--output", output.path, "--format", "png"] + (quiet ? ["--quiet"] : []))
            #expect(r.status == 0, "\(r.stderr)")
            let warnings = r.stderr.split(separator: "\n").filter { $0.hasPrefix("report-gen: warning: ") }
            #expect(warnings.count == 1, "\(r.stderr)")
            let warning = String(warnings.first ?? "")
            #expect(warning.contains(input.appendingPathComponent("dump.txt").path) && warning.contains("kept the first 2,000")
                    && warning.contains("table or a data dump"), "\(warning)")
            #expect(!warning.contains("article.txt"))
        }
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("stats.json"))) as? [String: Any])
        let articles = (stats["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(articles) == ["dump", "article"])
    }
}
