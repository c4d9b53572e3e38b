import Foundation
import Testing
@testable import Render

/// Runs a command-line tool (poppler-utils, qpdf) and returns its exit status and output.
func runTool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let path = ["/usr/bin", "/usr/local/bin", "/bin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else {
        throw ToolMissing(name: name)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

struct ToolMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) is not installed: run scripts/bootstrap (it installs poppler-utils and qpdf)" }
}

@Suite("PDF report checked by independent tools", .serialized) struct PDFReportTests {
    static let pdf: Result<(URL, [UInt8]), Error> = Result {
        let bytes = try PDFReport.render(Samples.document(tableRows: 150))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-\(getpid()).pdf")
        try Data(bytes).write(to: url)
        return (url, bytes)
    }

    @Test func qpdfFindsNoDamage() throws {
        let (url, _) = try Self.pdf.get()
        let check = try runTool("qpdf", ["--check", url.path])
        #expect(check.status == 0, "qpdf --check: \(check.output)")
        #expect(!check.output.contains("WARNING"))
    }

    @Test func pdfinfoShowsTitleDatesAndPages() throws {
        let (url, _) = try Self.pdf.get()
        let info = try runTool("pdfinfo", [url.path])
        #expect(info.status == 0)
        #expect(info.output.contains("The China–US AI race in the news"))
        #expect(info.output.contains("Render tests"))
        let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last!) } ?? 0
        #expect(pages > 5)
        #expect(info.output.contains("2025"), "creation date comes from the document: \(info.output)")
    }

    @Test func pdftotextFindsTheLastRowAndPageNumbers() throws {
        let (url, _) = try Self.pdf.get()
        let text = try runTool("pdftotext", [url.path, "-"])
        #expect(text.status == 0)
        let words = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let hasLastRow = words.contains("The last row says the Zhipu giveaway reached 150 million tokens.")
        #expect(hasLastRow, "the table's last row is missing from the PDF text")
        let hasPageNumber = words.contains("Page 2 of")
        #expect(hasPageNumber)
        // Cover has no footer.
        let firstPage = text.output.split(separator: "\u{0C}").first.map(String.init) ?? ""
        #expect(!firstPage.contains("Page 1 of"))
    }

    @Test func summaryCoverFiguresIdsAndFooterAreTextInFull() throws {
        let (url, _) = try Self.pdf.get()
        let text = try runTool("pdftotext", [url.path, "-"])
        let words = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Rp 1.234.567.890.000"), "the cover figure is whole")
        #expect(words.contains("Zhipu offered the most free tokens (150M), three times Baidu's and SenseTime's 50M."))
        #expect(words.contains("Kompas, 2025-03-02 · Tempo, 2025-03-04"))
        #expect(words.contains("Source: 5 articles, Kompas, Tempo, Reuters, CNBC Indonesia, 2025-01-20–2025-06-19"))
    }

    @Test func outlineHasOneEntryPerSectionAndLinksAreThere() throws {
        let (url, bytes) = try Self.pdf.get()
        let json = try runTool("qpdf", ["--json", url.path])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let outlines = object?["outlines"] as? [[String: Any]] ?? []
        #expect(outlines.compactMap { $0["title"] as? String } == ["Cover", "Summary", "Charts", "Every figure and its sentence"])
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("/URI (https://example.org/articles/"))
    }

    @Test func sameDocumentGivesTheSameBytes() throws {
        let document = Samples.document(tableRows: 20)
        #expect(try PDFReport.render(document) == PDFReport.render(document))
    }

    @Test func aRowTallerThanAPageIsClippedNotLost() throws {
        let huge = String(repeating: "Sebuah kalimat yang sangat panjang. ", count: 600)
        let document = Document(
            title: "Tall row", date: Date(timeIntervalSince1970: 0),
            sections: [Section(title: "Table", blocks: [.table(Table(columns: [.init("Text", width: 1)], rows: [[.init("short")], [.init(huge)], [.init("after")]]))])])
        let bytes = try PDFReport.render(document)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-tall-\(getpid()).pdf")
        try Data(bytes).write(to: url)
        #expect(try runTool("qpdf", ["--check", url.path]).status == 0)
        #expect(try runTool("pdftotext", [url.path, "-"]).output.contains("after"))
    }
}
