import Foundation
import Testing

/// The seeds report checked the way a reader's tools see it: pdfinfo (metadata), qpdf (outline, links),
/// pdftotext (page numbers, repeated table headers, quoted sentences, Indonesian words and numbers).
@Suite("report.pdf of the seeds", .serialized)
struct ReportPDFTests {
    /// 2023-11-14T22:13:20Z
    static let epoch = "1700000000"

    /// One English and one Indonesian run shared by the checks below.
    static let english: URL = run(["--lang", "en"])
    static let indonesian: URL = run(["--lang", "id"])

    static func run(_ options: [String]) -> URL {
        let dir = try! CLI.temporaryFolder("pdf\(options.joined())")
        let result = try! CLI.run(["--input", "seeds", "--output", dir.path] + options, environment: ["SOURCE_DATE_EPOCH": epoch])
        precondition(result.status == 0, "report-gen failed: \(result.stderr)")
        return dir
    }

    static func pdf(_ dir: URL) -> String { dir.appendingPathComponent("report.pdf").path }

    /// pdfinfo's "Key: value" lines.
    static func info(_ dir: URL) throws -> [String: String] {
        let out = try Tool.run("pdfinfo", ["-isodates", pdf(dir)], environment: ["TZ": "UTC"]).stdout
        var fields: [String: String] = [:]
        for line in out.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    static func pageCount(_ dir: URL) throws -> Int { Int(try info(dir)["Pages"] ?? "") ?? 0 }

    /// The text of one page (1-based), in reading layout.
    static func pageText(_ dir: URL, _ page: Int) throws -> String {
        try Tool.run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf(dir), "-"]).stdout
    }

    /// qpdf's JSON (version 2) for one key, e.g. "outlines".
    static func qpdfJSON(_ dir: URL, key: String) throws -> Any {
        let out = try Tool.run("qpdf", ["--json=2", "--json-key=\(key)", pdf(dir)]).stdout
        return try JSONSerialization.jsonObject(with: Data(out.utf8))
    }

    /// Outline entries as (title, page), top level.
    static func outline(_ dir: URL) throws -> [(title: String, page: Int)] {
        let json = try #require(try qpdfJSON(dir, key: "outlines") as? [String: Any])
        let entries = try #require(json["outlines"] as? [[String: Any]])
        return entries.map { ($0["title"] as? String ?? "", $0["destpageposfrom1"] as? Int ?? 0) }
    }

    @Test func passesQpdfCheck() throws {
        #expect(try Tool.run("qpdf", ["--check", Self.pdf(Self.english)]).status == 0)
        #expect(try Tool.run("qpdf", ["--check", Self.pdf(Self.indonesian)]).status == 0)
    }

    @Test func metadataNamesTheReportAndDatesItFromSourceDateEpoch() throws {
        let info = try Self.info(Self.english)
        #expect(info["Title"] == "The China–US AI race in the news")
        #expect(info["Subject"] == "Who is mentioned and what the numbers are, from 5 articles")
        #expect(info["Keywords"]?.contains("AI, China, United States") == true, "\(info)")
        #expect(info["Creator"]?.hasPrefix("report-gen") == true, "\(info)")
        // pdfinfo -isodates writes UTC as "Z" or "+00" depending on its version.
        for key in ["CreationDate", "ModDate"] {
            let date = try #require(info[key], "no \(key)")
            #expect(date.hasPrefix("2023-11-14T22:13:20"), "\(key) is \(date), not SOURCE_DATE_EPOCH \(Self.epoch)")
        }
        #expect(try Self.info(Self.indonesian)["Title"] == "Persaingan AI Tiongkok–AS dalam berita")
    }

    @Test func outlineHasABookmarkPerSection() throws {
        let outline = try Self.outline(Self.english)
        let titles = outline.map(\.title)
        #expect(outline.count >= 3)
        for title in ["Overview", "Who is mentioned", "The figures", "Timeline", "Every figure and its source", "Appendix: the articles"] {
            #expect(titles.contains(title), "no bookmark “\(title)” in \(titles)")
        }
        // Bookmarks point at pages in reading order, and at the page where their heading is.
        let pages = outline.map(\.page)
        #expect(pages == pages.sorted() && pages.first == 1, "\(outline)")
        let figures = try #require(outline.first { $0.title == "Every figure and its source" })
        #expect(try Self.pageText(Self.english, figures.page).contains("Every figure and its source"))
        #expect(try Self.outline(Self.indonesian).map(\.title).contains("Lampiran: artikel"))
    }

    @Test func articlesWithAURLAreLinked() throws {
        // seeds/004 names its source URL; the figure table and the appendix link to it.
        let url = "https://www.congluan.vn/deepseek-buoc-ngoat-ai-hay-chi-la-cuong-dieu-post332892.html"
        let json = try Self.qpdfJSON(Self.english, key: "qpdf")
        var uris: [String] = []
        var linkAnnotations = 0
        func walk(_ value: Any) {
            if let dict = value as? [String: Any] {
                if let uri = dict["/URI"] as? String { uris.append(uri.hasPrefix("u:") ? String(uri.dropFirst(2)) : uri) }
                if dict["/Subtype"] as? String == "/Link" { linkAnnotations += 1 }
                dict.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(json)
        #expect(uris.contains(url), "link targets: \(Set(uris))")
        #expect(linkAnnotations >= 2, "\(linkAnnotations) link annotations")
        #expect(Set(uris).count == 1, "only seed 004 has a URL: \(Set(uris))")
    }

    @Test func everyPageAfterTheCoverIsNumbered() throws {
        let total = try Self.pageCount(Self.english)
        #expect(total >= 8)
        #expect(try !Self.pageText(Self.english, 1).contains("Page 1 of"), "the cover has no footer")
        for page in 2...total {
            #expect(try folded(Self.pageText(Self.english, page)).contains("Page \(page) of \(total)"), "page \(page) has no number")
        }
    }

    @Test func factTableRepeatsItsHeaderOnEveryPage() throws {
        let outline = try Self.outline(Self.english)
        let first = try #require(outline.first { $0.title == "Appendix: every figure" }?.page)
        let next = try #require(outline.first { $0.title == "Appendix: the articles" }?.page)
        #expect(next - first >= 2, "the seeds' 40 figures fill more than one page")
        let header = #/Figure\s+Kind\s+About\s+Article\s+Sentence/#
        for page in first..<next {
            let text = try Self.pageText(Self.english, page)
            #expect(text.contains(header), "page \(page) of the figure table has no header row")
        }
    }

    @Test func quotesTheSentenceOfEveryFigure() throws {
        // Compared without white space: a line may break after a dash ("juta—" / "jumlah"), which adds a space.
        let text = try Tool.run("pdftotext", ["-raw", Self.pdf(Self.english), "-"]).stdout.filter { !$0.isWhitespace }
        let data = try Data(contentsOf: Self.english.appendingPathComponent("stats.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let facts = try #require(json["facts"] as? [[String: Any]])
        #expect(facts.count >= 30)
        for fact in facts {
            let sentence = try #require(fact["sentence"] as? String)
            let quoted = text.contains(sentence.filter { !$0.isWhitespace })
            #expect(quoted, "the PDF does not quote “\(sentence)”")
        }
    }

    @Test func indonesianLabelsAndNumberFormats() throws {
        let english = folded(try Tool.run("pdftotext", ["-raw", Self.pdf(Self.english), "-"]).stdout)
        let text = folded(try Tool.run("pdftotext", ["-raw", Self.pdf(Self.indonesian), "-"]).stdout)
        let total = try Self.pageCount(Self.indonesian)
        #expect(text.contains("Halaman 2 dari \(total)"))
        for word in ["Setiap angka dan sumbernya", "Kalimat", "Tanggal", "Sumber", "Lampiran: artikel"] {
            #expect(text.contains(word), "the Indonesian report lacks “\(word)”")
        }
        #expect(!text.contains("Page 2 of"))
        // The tool's own numbers: 150 million tokens and 5.5 million dollars, written each language's way.
        #expect(english.contains("150M") && english.contains("USD 5.5M"))
        #expect(text.contains("150 jt") && text.contains("USD 5,5 jt"))
        #expect(!text.contains("USD 5.5M"))
    }

    @Test func svgAndPNGAtScaleTwo() throws {
        let out = try CLI.temporaryFolder()
        let r = try CLI.run(["--input", "seeds", "--output", out.path, "--format", "svg,png", "--scale", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let charts = out.appendingPathComponent("charts")
        let files = try FileManager.default.contentsOfDirectory(atPath: charts.path)
        let names = ["mentions", "share-of-voice", "heatmap", "tokens", "timeline"]
        for name in names {
            #expect(files.contains("\(name).png") && files.contains("\(name).svg"), "\(name): \(files.sorted())")
            let png = try Data(contentsOf: charts.appendingPathComponent("\(name).png"))
            let size = try #require(pngSize(png), "\(name).png is not a PNG")
            #expect(size.0 == 3200 && size.1 == 2000, "\(name).png is \(size)")
            let svg = try String(contentsOf: charts.appendingPathComponent("\(name).svg"), encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("width=\"1600"), "\(name).svg")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.pdf").path))
    }
}
