import Testing
@testable import Stats

/// Issue 9 §4: aliases as written in the wild. Sentences written for these tests.
@Suite("Aliases in the wild")
struct AliasTests {
    private func mentions(_ text: String) -> [String: Int] { Fixture.analyze(text).mentions }

    @Test("mixed-case spellings match", arguments: [
        ("Kemarin OpenAi merilis model baru untuk pengembang.", "OpenAI"),
        ("Startup 01.ai menggalang dana baru dari investor.", "01.AI"),
        ("Yesterday Openai released a new model for developers.", "OpenAI"),
    ])
    func mixedCase(_ text: String, _ entity: String) {
        #expect(mentions(text)[entity] == 1, "\(text)")
    }

    @Test("joined spellings and possessives match", arguments: [
        ("Kemarin ZhipuAI merilis model baru untuk pengembang.", "Zhipu"),
        ("Nvidia's revenue rose sharply last quarter.", "Nvidia"),
        ("Pendapatan Baidu-nya naik tajam pada kuartal lalu.", "Baidu"),
    ])
    func joinedAndPossessive(_ text: String, _ entity: String) {
        #expect(mentions(text)[entity] == 1, "\(text)")
    }

    @Test("upper-case-only aliases stay upper case, and plain lower-case words are no names")
    func upperCaseOnly() {
        #expect(mentions("Kami pergi ke pasar, as usual, lalu pulang.")["United States"] == nil)
        #expect(mentions("Ekspor AS naik tahun ini.")["United States"] == 1)
        #expect(mentions("They ate an apple and some nvidia-green candy.")["Nvidia"] == nil)
    }

    @Test("camel-case company names are whole names, not capitals glued to a word", arguments: [
        ("JPMorgan Chase mencatat laba 59 miliar dollar AS.", "59 miliar dollar AS", "JPMorgan Chase"),
        ("SoftBank Group menanam 2 miliar dollar AS di OpenAI.", "2 miliar dollar AS", "SoftBank"),
    ])
    func camelCase(_ text: String, _ quote: String, _ subject: String) throws {
        #expect(try Probe.subject(text, quote) == subject, "\(text)")
    }

    @Test("a possessive figure keeps its owner")
    func possessiveSubject() throws {
        #expect(try #require(Probe.fact("Nvidia's revenue rose to $30 billion.", "$30 billion")).subject == "Nvidia")
    }
}
