import Foundation
import Testing
import Stats
@testable import ReportKit

/// The title a manifest gives an article is an input of its analysis: a cached analysis is reused only under the same
/// bytes and the same title, article by article. Articles written for this test.
@Suite(.serialized)
struct TitleCacheTests {
    let fm = FileManager.default

    static let articles = [
        "harga": "Ponsel ini resmi meluncur di pasar pekan lalu.\n\nHarganya dibanderol Rp 3,9 juta untuk varian termurah.\n",
        "mobil": "Mobil keluarga ini mendapat sedikit ubahan tahun ini.\n\nMobil ini dibanderol Rp 150 juta untuk tipe tertinggi.\n",
        "pasar": "Penjualan ponsel di Indonesia naik 5 persen tahun ini, menurut data lembaga riset.\n",
    ]

    func writeManifest(_ titles: [String: String], beside input: URL) throws {
        let lines = titles.sorted { $0.key < $1.key }.map { #"{"id": "\#($0.key)", "title": "\#($0.value)"}"# }
        try Data(lines.joined(separator: "\n").utf8).write(to: input.deletingLastPathComponent().appendingPathComponent("news.manifest.jsonl"))
    }

    /// A run over `input` into `out`: how many articles it analysed, and its stats.json.
    func run(_ input: URL, _ out: URL, cache: Bool = true) throws -> (analysed: Int, stats: String) {
        var options = Stage.options(input, out, formats: [.csv])
        options.useCache = cache
        let summary = try ReportGenerator.run(options)
        return (summary.analysed, try String(contentsOf: out.appendingPathComponent("stats.json"), encoding: .utf8))
    }

    @Test func editingOneTitleReanalysesThatArticleAlone() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = dir.appendingPathComponent("news")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        for (id, text) in Self.articles { try Data(text.utf8).write(to: input.appendingPathComponent(id + ".txt")) }
        var titles = ["harga": "Harga dan Spesifikasi Realme 7 Pro", "mobil": "Ada 10 Varian, Ini Harga Daihatsu Sigra", "pasar": "Pasar Ponsel Tumbuh"]
        try writeManifest(titles, beside: input)
        let out = dir.appendingPathComponent("out")

        let first = try run(input, out)
        #expect(first.analysed == 3)
        #expect(first.stats.contains("\"subject\":\"Realme 7 Pro\"") || first.stats.contains("\"subject\": \"Realme 7 Pro\""))
        #expect(try run(input, out).analysed == 0, "an unchanged rerun analyses nothing")

        titles["harga"] = "Harga dan Spesifikasi Vivo Y12"
        try writeManifest(titles, beside: input)
        let edited = try run(input, out)
        #expect(edited.analysed == 1, "only the article whose title changed")
        #expect(edited.stats.contains("Vivo Y12") && !edited.stats.contains("Realme 7 Pro"))
        let cold = try run(input, dir.appendingPathComponent("cold"), cache: false)
        #expect(cold.analysed == 3)
        #expect(try Stage.visible(out) == Stage.visible(dir.appendingPathComponent("cold")), "the result equals a cold run")

        // A title added to the manifest for an article that had none is a change of that article too.
        try fm.removeItem(at: input.deletingLastPathComponent().appendingPathComponent("news.manifest.jsonl"))
        #expect(try run(input, out).analysed == 3, "every article lost its title")
        try writeManifest(["mobil": "Ada 10 Varian, Ini Harga Daihatsu Sigra"], beside: input)
        #expect(try run(input, out).analysed == 1)
        #expect(try run(input, out).analysed == 0)
    }

    @Test func theCacheKeepsEachRecordsTitle() throws {
        let entry = AnalysisCache.Entry(path: "a.txt", identity: .init(size: 3, modifiedNanos: 4, changedNanos: 5, inode: 6),
                                        contentHash: ArticleReader.analysisKey(Array("abc".utf8), title: "T"),
                                        titleHash: ArticleReader.titleHash("T"), outcome: .skipped("empty"))
        var bytes: [UInt8] = []
        try AnalysisCache.encode([entry], stamp: "s") { bytes += $0 }
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let path = dir.appendingPathComponent("analyses.bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let cache = AnalysisCache(mapping: path, stamp: "s")
        #expect(cache.entry(record: 0) == entry)
        #expect(ArticleReader.analysisKey(Array("abc".utf8), title: nil) != entry.contentHash)
        #expect(ArticleReader.analysisKey(Array("abc".utf8), title: "U") != entry.contentHash)
    }
}
