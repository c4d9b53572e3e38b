import Foundation
import Testing

/// The whole tool on the seeds, checked with pdfinfo, pdftotext, qpdf and a JSON parser.
@Suite("report-gen on seeds/", .serialized)
struct EndToEndTests {
    /// The quotes of the required gold facts.
    static let goldQuotes: [String] = {
        let data = try! Data(contentsOf: CLI.repo.appendingPathComponent("Tests/StatsTests/Fixtures/gold-seeds.json"))
        let json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (json["facts"] as! [[String: Any]]).filter { $0["required"] as? Bool == true }.map { $0["quote"] as! String }
    }()

    /// One run shared by the checks below.
    static let output: URL = {
        let dir = try! CLI.temporaryFolder("shared")
        let result = try! CLI.run(["--input", "seeds", "--output", dir.path])
        precondition(result.status == 0, "report-gen failed: \(result.stderr)")
        return dir
    }()

    @Test func writesTheReportChartsAndStats() throws {
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: Self.output.appendingPathComponent("report.pdf").path))
        #expect(fm.fileExists(atPath: Self.output.appendingPathComponent("stats.json").path))
        let charts = try fm.contentsOfDirectory(atPath: Self.output.appendingPathComponent("charts").path).filter { $0.hasSuffix(".png") }
        #expect(charts.count >= 5, "charts: \(charts)")
        for chart in charts {
            let data = try Data(contentsOf: Self.output.appendingPathComponent("charts/\(chart)"))
            let size = try #require(pngSize(data), "\(chart) is not a PNG")
            #expect(size.0 == 1600 && size.1 == 1000, "\(chart) is \(size)")
            #expect(data.count > 20_000, "\(chart) looks blank (\(data.count) bytes)")
        }
    }

    @Test func pdfPassesQpdfAndHasTitleAndPages() throws {
        let pdf = Self.output.appendingPathComponent("report.pdf").path
        #expect(try Tool.run("qpdf", ["--check", pdf]).status == 0)
        let info = try Tool.run("pdfinfo", [pdf]).stdout
        #expect(info.contains("Title:") && info.contains("China"))
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) } ?? 0
        #expect(pages >= 8, "only \(pages) pages")
    }

    @Test func pdfQuotesTheSentenceOfEveryRequiredFact() throws {
        let text = folded(try Tool.run("pdftotext", ["-raw", Self.output.appendingPathComponent("report.pdf").path, "-"]).stdout)
        for goldQuote in Self.goldQuotes {
            let quote = folded(goldQuote)
            #expect(text.contains(quote), "the PDF does not quote “\(quote)”")
        }
        for phrase in ["Zhipu", "Baichuan", "SenseTime", "Baidu", "DeepSeek", "$5,5 juta", "≥ 79", "> 200"] {
            #expect(text.contains(phrase), "the PDF lacks \(phrase)")
        }
    }

    @Test func statsJSONHoldsTheRequiredFacts() throws {
        let data = try Data(contentsOf: Self.output.appendingPathComponent("stats.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let facts = try #require(json["facts"] as? [[String: Any]])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        #expect((json["generator"] as? String)?.hasPrefix("report-gen") == true)
        func has(_ kind: String, _ value: Double, _ subject: String?) -> Bool {
            facts.contains { f in
                f["kind"] as? String == kind && (f["value"] as? Double) == value && (subject == nil || f["subject"] as? String == subject)
            }
        }
        #expect(has("tokens", 50_000_000, "Baidu"))
        #expect(has("tokens", 10_000_000, "Baichuan"))
        #expect(has("tokens", 50_000_000, "SenseTime"))
        #expect(has("tokens", 150_000_000, "Zhipu"))
        #expect(has("money", 5_500_000, "DeepSeek"))
        #expect(has("money", 1_000_000_000, "01.AI"))
        #expect(has("model_count", 79, nil))
        #expect(has("model_count", 200, nil))
        // Offsets point at the fact's own characters in the article file.
        for f in facts {
            let article = try #require(f["article"] as? String)
            let bytes = try Data(contentsOf: CLI.repo.appendingPathComponent("seeds/\(article).txt"))
            let start = f["start"] as! Int, end = f["end"] as! Int
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == f["text"] as! String)
        }
        let mentions = try #require(json["mentions"] as? [[String: Any]])
        let china = mentions.first { $0["entity"] as? String == "China" }
        #expect((china?["total"] as? Int ?? 0) >= 95)
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let second = try CLI.temporaryFolder()
        #expect(try CLI.run(["--input", "seeds", "--output", second.path]).status == 0)
        let fm = FileManager.default
        for path in try fm.subpathsOfDirectory(atPath: Self.output.path) where !path.hasPrefix(".") && path.contains(".") {
            let a = try Data(contentsOf: Self.output.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            #expect(a == b, "\(path) differs between two runs")
        }
    }
}
