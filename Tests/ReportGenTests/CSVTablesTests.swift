import Foundation
import Testing
@testable import ReportKit
@testable import Stats

@Suite("CSV tables")
struct CSVTablesTests {
    static let corpus: CorpusStats = {
        let lexicon = try! Lexicon.builtIn()
        let analyzer = ArticleAnalyzer(lexicon: lexicon)
        let seeds = CLI.repo.appendingPathComponent("seeds")
        let files = try! FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let analyses = files.map { name in
            analyzer.analyze(Array(try! Data(contentsOf: seeds.appendingPathComponent(name))), id: String(name.dropLast(4)), file: "seeds/" + name)
        }
        return CorpusStats(analyses: analyses, lexicon: lexicon)
    }()

    /// Each file's records as read by an independent reader: python3's csv module when installed, else Stats' own reader.
    static func read(_ files: [(name: String, bytes: [UInt8])]) throws -> [String: [[String]]] {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for f in files { try Data(f.bytes).write(to: folder.appendingPathComponent(f.name)) }
        let script = """
        import csv, json, sys, os
        out = {}
        for name in sys.argv[1:]:
            with open(name, newline='', encoding='utf-8') as f:
                out[os.path.basename(name)] = list(csv.reader(f, strict=True))
        print(json.dumps(out))
        """
        let python = try? Tool.run("python3", ["-c", script] + files.map { folder.appendingPathComponent($0.name).path })
        if let python, python.status == 0 {
            return try JSONDecoder().decode([String: [[String]]].self, from: Data(python.stdout.utf8))
        }
        var out: [String: [[String]]] = [:]
        for f in files { out[f.name] = CSVReader.records(String(decoding: f.bytes, as: UTF8.self)).map(\.fields) }
        return out
    }

    @Test("each file loads with an independent reader; row counts match the statistics")
    func rowCounts() throws {
        let corpus = Self.corpus
        let files = CSVTables.files(corpus)
        #expect(files.map(\.name) == ["facts.csv", "mentions.csv", "articles.csv"])
        let tables = try Self.read(files)
        let facts = try #require(tables["facts.csv"]), mentions = try #require(tables["mentions.csv"]), articles = try #require(tables["articles.csv"])
        #expect(facts.count - 1 == corpus.facts.reduce(0) { $0 + max(1, $1.sources.count) })
        #expect(mentions.count - 1 == corpus.mentions.reduce(0) { $0 + $1.byArticle.count })
        #expect(articles.count - 1 == corpus.articles.count)
        for table in [facts, mentions, articles] { #expect(Set(table.map(\.count)).count == 1) }
        #expect(facts.first == CSVTables.factColumns)

        // Sentences with commas and quotes survive the round trip; dates sit in their own column, values are plain decimals.
        let column = Dictionary(uniqueKeysWithValues: facts[0].enumerated().map { ($1, $0) })
        let rows = facts.dropFirst()
        for (row, fact) in zip(rows.filter { $0[column["source"]!] == "1" }, corpus.facts) {
            #expect(row[column["sentence"]!] == fact.fact.sentence)
            #expect(row[column["fact_id"]!] == fact.id)
        }
        #expect(rows.allSatisfy { !$0[column["value"]!].contains("e") })
        #expect(rows.filter { $0[column["kind"]!] == "date" }.allSatisfy { $0[column["value"]!].isEmpty && !$0[column["date"]!].isEmpty })
        let total = mentions.dropFirst().filter { $0[0] == "China" }.reduce(0) { $0 + Int($1[3])! }
        #expect(total == corpus.mentions.first { $0.entity == "China" }?.total)
    }

    @Test("quoting and numbers follow RFC 4180 and plain decimals")
    func quotingAndNumbers() {
        #expect(CSVTables.decimal(150_000_000) == "150000000")
        #expect(CSVTables.decimal(5.5) == "5.5")
        #expect(CSVTables.decimal(1e20) == "100000000000000000000")
        #expect(CSVTables.decimal(0.0001) == "0.0001")
        let bytes = CSVTables.files(Self.corpus).map(\.bytes)
        #expect(bytes.allSatisfy { !$0.starts(with: [0xEF, 0xBB, 0xBF]) && $0.suffix(2) == [0x0D, 0x0A] })
        #expect(CSVTables.files(Self.corpus).map(\.bytes) == bytes)  // deterministic
    }

    /// Fields are written as bytes without a String per row: empty fields keep their commas, quoting and numbers
    /// are those of RFC 4180 and plain decimals, and fields encoded once can end several rows.
    @Test("fields written as bytes: empty fields, quotes, numbers, shared tails")
    func fieldsAsBytes() throws {
        var written: [UInt8] = []
        var out = CSVWriter { written += $0 }
        out.row(["", "a,b", "say \"hi\"", "line\nbreak", ""])
        var tail = CSVWriter.Fields()
        tail.field(""); tail.field("x")
        for n in [0, -7, Int.max] {
            out.fields.field(n); out.fields.field("")
            out.endRow(then: tail)
        }
        out.endRow(then: tail)
        try out.finish()
        let expected = ",\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\r\n0,,,x\r\n-7,,,x\r\n9223372036854775807,,,x\r\n,x\r\n"
        #expect(String(decoding: written, as: UTF8.self) == expected)
    }
}
