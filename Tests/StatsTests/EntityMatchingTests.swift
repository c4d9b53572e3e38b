import Testing
@testable import Stats

@Suite("Entity matching")
struct EntityMatchingTests {
    static func mentions(_ text: String, lexicon: Lexicon = Fixture.lexicon) -> [String: Int] {
        ArticleAnalyzer(lexicon: lexicon).analyze(Array(text.utf8), id: "t", file: "t.txt").mentions
    }

    @Test("aliases are case-sensitive whole words")
    func caseSensitive() {
        #expect(Self.mentions("Chip itu dibuat di AS.")["United States"] == 1)
        #expect(Self.mentions("Ia bekerja as usual di kantor.")["United States"] == nil)
        #expect(Self.mentions("Perusahaan ASEAN bekerja sama.")["United States"] == nil)
        #expect(Self.mentions("Kerja sama Tiongkoknya berjalan.")["China"] == nil)
    }

    @Test("every alias counts for its canonical name")
    func aliases() {
        let m = Self.mentions("Amerika Serikat dan AS bersaing dengan Tiongkok, China dan Cina.")
        #expect(m["United States"] == 2)
        #expect(m["China"] == 3)
    }

    @Test("the longest alias wins")
    func longestFirst() {
        let daily = Self.mentions("Menurut China Daily, pasar AI tumbuh.")
        #expect(daily["China Daily"] == 1)
        #expect(daily["China"] == nil)
        #expect(Self.mentions("Pasar Amerika Latin tumbuh pesat.")["United States"] == nil)
        #expect(Self.mentions("Pasar Amerika Latin tumbuh pesat.").isEmpty)
        #expect(Self.mentions("SenseTime Group Inc merilis model.")["SenseTime"] == 1)
    }

    @Test("US$ is money, not a mention of the United States")
    func dollarSign() {
        let analysis = Fixture.analyze("Nilainya US$5 juta dan US$ 2 miliar.")
        #expect(analysis.mentions["United States"] == nil)
        #expect(analysis.facts.filter { $0.kind == .money }.count == 2)
    }

    @Test("names with digits are mentions")
    func digitNames() {
        let m = Self.mentions("01.AI, 21Vianet dan 360 Security Technology bersaing dengan Ernie 3.5 dan GPT-4o.")
        #expect(m["01.AI"] == 1)
        #expect(m["21Vianet"] == 1)
        #expect(m["360 Security Technology"] == 1)
        #expect(m["Ernie"] == 1)
        #expect(m["GPT-4"] == 1)
    }

    @Test("a malformed lexicon line reports file, line and column")
    func malformedLine() {
        let text = "# comment\ncompany | Baidu | Baidu Inc\nplanet | Mars | Red Planet\n"
        #expect(throws: LexiconError(file: "mine.txt", line: 3, column: 1,
                                     message: "unknown category 'planet'; use one of country, company, model, person, organisation, media, ignore")) {
            try Lexicon(parsing: text, file: "mine.txt")
        }
        do {
            _ = try Lexicon(parsing: "company | Baidu\n", file: "mine.txt")
            Issue.record("a line without aliases must fail")
        } catch let error as LexiconError {
            #expect(error.line == 1)
            #expect(error.description.hasPrefix("mine.txt:1:"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try Lexicon(parsing: "company |  | Baidu\n", file: "mine.txt")
            Issue.record("an empty name must fail")
        } catch let error as LexiconError {
            #expect(error.line == 1 && error.column == 10)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("--lexicon merge replaces an entity of the same name and adds new ones")
    func merge() throws {
        let user = try Lexicon(parsing: "company | OpenAI | OAI\ncompany | Acme AI | Acme\n", file: "user.txt")
        let merged = Fixture.lexicon.merging(user)
        #expect(merged.entities.filter { $0.name == "OpenAI" }.count == 1)
        #expect(merged.entities.count == Fixture.lexicon.entities.count + 1)
        let m = Self.mentions("OAI dan Acme bersaing, Open AI juga.", lexicon: merged)
        #expect(m["OpenAI"] == 1)  // "Open AI" was a built-in alias the user's entry dropped
        #expect(m["Acme AI"] == 1)
    }
}
