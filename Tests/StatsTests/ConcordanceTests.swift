import Foundation
import Testing
@testable import Stats

@Suite("Concordance (keyword in context)")
struct ConcordanceTests {
    static func seedBytes(_ id: String) -> [UInt8] {
        Array(try! Data(contentsOf: Repo.seeds.appendingPathComponent(id + ".txt")))
    }

    @Test("an entity's hits are exactly its mention count, in every seed, for every entity")
    func hitsEqualMentions() {
        var checked = 0
        for id in Fixture.seedIDs {
            let bytes = Self.seedBytes(id)
            let analysis = Fixture.analyzer.analyze(bytes, id: id, file: id + ".txt")
            for entity in Fixture.lexicon.entities where entity.category != .ignore {
                let hits = Concordance(entity.name, lexicon: Fixture.lexicon).hits(in: bytes, article: id)
                #expect(hits.count == analysis.mentions[entity.name] ?? 0, "\(entity.name) in \(id)")
                for hit in hits { #expect(String(decoding: bytes[hit.start..<hit.end], as: UTF8.self) == hit.keyword) }
                checked += hits.count
            }
        }
        #expect(checked > 100)
    }

    @Test("a query naming any alias, in any case, finds the entity through all its aliases")
    func aliasQuery() {
        let c = Concordance("tiongkok", lexicon: Fixture.lexicon)
        #expect(c.query == .entity("China"))
        let hits = c.hits(in: Array("China dan Tiongkok bersaing. Cina juga.".utf8), article: "a")
        #expect(hits.map(\.keyword) == ["China", "Tiongkok", "Cina"])
    }

    @Test("a phrase outside the lexicon: whole words, any case; context is the sentence around it")
    func phrase() {
        let c = Concordance("Model Bahasa", lexicon: Fixture.lexicon)
        #expect(c.query == .phrase(["model", "bahasa"]))
        let text = "Judul di sini\n\nBaidu merilis MODEL BAHASA baru. Itu bukan pemodelan bahasa. Model bahasa besar makin murah!"
        let hits = c.hits(in: Array(text.utf8), article: "a")
        #expect(hits.count == 2)
        #expect(hits.first?.left == "Baidu merilis" && hits.first?.keyword == "MODEL BAHASA" && hits.first?.right == "baru.")
        #expect(hits.last?.left == "" && hits.last?.right == "besar makin murah!")
        // Whole tokens only: "AI" is not inside "OpenAI".
        #expect(Concordance("ai", lexicon: Lexicon(entities: [])).hits(in: Array("OpenAI dan AI.".utf8), article: "a").count == 1)
    }

    static func rows() -> [ConcordanceRow] {
        let article = ArticleAnalysis(id: "k/a1", file: "k/a1.txt", metadata: ArticleMetadata(date: "2025-01-20", source: "kompas.com"),
                                      words: 0, lead: "", mentions: [:], facts: [], unknownNames: [:], dropped: [:])
        let text = "DeepSeek merilis R1.\nPerusahaan rintisan asal Hangzhou yang bernama DeepSeek mengguncang pasar saham Amerika Serikat dengan biaya pelatihan rendah.\tTab"
        return Concordance("DeepSeek", lexicon: Fixture.lexicon).hits(in: Array(text.utf8), article: "k/a1").map { ConcordanceRow(hit: $0, article: article) }
    }

    @Test("text: keywords aligned in one column, contexts cut to the width, a heading per article")
    func textFormat() {
        let out = ConcordanceFormat.text.render(Self.rows(), width: 60)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "── kompas.com, 2025-01-20 · k/a1")
        let hitLines = lines.filter { $0.contains("DeepSeek") && !$0.hasPrefix("──") }
        #expect(hitLines.count == 2)
        let columns = hitLines.map { $0.distance(from: $0.startIndex, to: $0.range(of: "DeepSeek")!.lowerBound) }
        #expect(Set(columns).count == 1)
        #expect(hitLines.allSatisfy { $0.count <= 60 })
        #expect(out.hasSuffix("2 hits in 1 article\n"))
    }

    @Test("tsv and json carry every field, one row per hit")
    func tsvAndJSON() throws {
        let tsv = ConcordanceFormat.tsv.render(Self.rows())
        let lines = tsv.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 9 })
        let json = try JSONSerialization.jsonObject(with: Data(ConcordanceFormat.json.render(Self.rows()).utf8)) as? [[String: Any]]
        #expect(json?.count == 2)
        #expect(json?.first?["keyword"] as? String == "DeepSeek")
        #expect(json?.last?["date"] as? String == "2025-01-20")
    }
}
