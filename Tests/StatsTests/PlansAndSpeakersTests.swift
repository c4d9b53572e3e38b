import Testing
@testable import Stats

/// Issue 9, round 6: passages written for these tests, in the style of news about AI companies, for patterns found in
/// English articles: a plan is the planner's figure, a valuation the investee's, a training price a training cost, "as
/// much as" a ceiling, and a speaker's pronoun no owner. Indonesian forms where the language has them.
@Suite("Plans, investees and speakers")
struct PlansAndSpeakersTests {
    typealias Expect = EnglishWireTests.Expect

    static let passages: [Expect] = [
        // "expects to" is the actor's own plan, not a forecast of someone else's figure.
        Expect(text: "Meta plans to spend $65 billion this year. Its rival Google expects to invest around $75 billion.",
               quote: "around $75 billion", subject: "Google", bound: .approx),
        // "as much as" / "as many as" is a ceiling, like "up to".
        Expect(text: "Meta plans to spend as much as $65 billion on data centres this year.",
               quote: "as much as $65 billion", subject: "Meta", bound: .lessThan, role: "cost"),
        Expect(text: "Alibaba said it would cut the price of its model by as much as 97%.",
               quote: "as much as 97%", subject: "Alibaba", bound: .lessThan),
        // The price a model was trained for.
        Expect(text: "DeepSeek said it trained its V3 model for just $5.6 million.",
               quote: "$5.6 million", subject: "DeepSeek", role: "training_cost"),
        Expect(text: "DeepSeek melatih model V3 dengan hanya 5,6 juta dollar AS.",
               quote: "5,6 juta dollar AS", subject: "DeepSeek", role: "training_cost"),
        // The valuation belongs to the company invested in.
        Expect(text: "SoftBank agreed to invest $40 billion in OpenAI at a $300 billion valuation.",
               quote: "$300 billion", subject: "OpenAI", role: "valuation"),
        Expect(text: "SoftBank agreed to invest $40 billion in OpenAI at a $300 billion valuation.",
               quote: "$40 billion", subject: "SoftBank", role: "investment"),
        Expect(text: "Alibaba menyuntikkan dana ke Moonshot AI dengan valuasi 3 miliar dollar AS.",
               quote: "3 miliar dollar AS", subject: "Moonshot AI", role: "valuation"),
        // A share in a market is the company's, though the market "rose" after it.
        Expect(text: "Huawei's market share in China's smartphone market rose to 18% in the second quarter.",
               quote: "18%", subject: "Huawei"),
        Expect(text: "Pangsa pasar Huawei di pasar ponsel China naik menjadi 18 persen pada kuartal kedua.",
               quote: "18 persen", subject: "Huawei"),
        // "The deal values Moonshot at …" is a valuation.
        Expect(text: "Alibaba bought a stake in Moonshot AI. The deal values Moonshot AI at roughly $2.5 billion.",
               quote: "roughly $2.5 billion", subject: "Moonshot AI", bound: .approx, role: "valuation"),
        // "Shares fell …" opening a sentence are the company's talked about.
        Expect(text: "Nvidia reported record revenue on Wednesday. Shares fell about 1% in extended trading.",
               quote: "about 1%", subject: "Nvidia", bound: .approx, direction: .down),
        Expect(text: "Cambricon saw its shares surge this year, giving it a market capitalisation of around 280 billion yuan.",
               quote: "around 280 billion yuan", subject: "Cambricon", bound: .approx, role: "market_value"),
        // The person a company's title names acts; what a person is worth is wealth.
        Expect(text: "DeepSeek's founder Liang Wenfeng is now worth an estimated $4.5 billion, according to Bloomberg.",
               quote: "an estimated $4.5 billion", subject: "Liang Wenfeng", bound: .approx, role: "wealth"),
        // "… nilai pasarnya" named after the amount is market value.
        Expect(text: "Nvidia kehilangan hampir $600 miliar nilai pasarnya dalam satu hari.",
               quote: "hampir $600 miliar", subject: "Nvidia", bound: .approx, role: "market_value"),
        // A grant is a subsidy.
        Expect(text: "Intel is set to receive up to $8.5 billion in grants under the CHIPS Act.",
               quote: "up to $8.5 billion", subject: "Intel", bound: .lessThan, role: "subsidy"),
        Expect(text: "Bank Dunia menyetujui hibah baru senilai USD 30 juta untuk proyek air bersih.",
               quote: "USD 30 juta", subject: "Bank Dunia", role: "subsidy"),
        // A phrase of a participle set off by commas describes; the name inside it acts in nothing.
        Expect(text: "Moonshot AI launched Kimi in 2023. The start-up, founded by Yang Zhilin, raised $1 billion in February.",
               quote: "$1 billion", subject: "Moonshot AI", role: "funding"),
        // A trailing change is the change of the figure just before it, in its clause.
        Expect(text: "Tencent's capital spending jumped 221% to 17.6 billion yuan, while Alibaba spent 24.6 billion yuan, up 121% from a year earlier.",
               quote: "121%", subject: "Alibaba"),
        Expect(text: "Belanja modal Tencent melonjak 221 persen, sementara Alibaba membelanjakan 24,6 miliar yuan, naik 121 persen.",
               quote: "121 persen", subject: "Alibaba"),
        // A person in apposition who only speaks owns nothing; the company the clause names does.
        Expect(text: "OpenAI is building data centres. Sam Altman, its chief executive, has said the company needs trillions of dollars.",
               quote: "trillions of dollars", subject: "OpenAI", bound: .approx),
        // "the company" may be the company named earlier in its own sentence.
        Expect(text: "Sam Altman, OpenAI's chief executive, has said the company needs trillions of dollars.",
               quote: "trillions of dollars", subject: "OpenAI", bound: .approx),
        // "He said the company would …": the speaker introduces the figure; "the company" owns it.
        Expect(text: "Alibaba Chairman Joe Tsai spoke to analysts. He said the company would invest 380 billion yuan in AI.",
               quote: "380 billion yuan", subject: "Alibaba", role: "investment"),
    ]

    @Test("subject, bound and role of every figure", arguments: passages)
    func passage(_ e: Expect) throws {
        let f = try #require(Probe.fact(e.text, e.quote), "no fact “\(e.quote)” in “\(e.text)”: \(Probe.facts(e.text).map(\.text))")
        #expect(f.subject == e.subject, "subject of \(e)")
        #expect(f.bound == e.bound, "bound of \(e)")
        if let role = e.role { #expect(f.role == role, "role of \(e)") }
    }

    @Test("a person a company title names is the latest person, even when named after another and without commas")
    func titledPerson() throws {
        #expect(try Probe.subject("Presiden Joko Widodo membuka acara itu. Baidu meluncurkan Ernie bersama Pendiri Baidu Robin Li. "
                                  + "Kekayaannya naik 5 persen tahun ini.", "5 persen") == "Robin Li")
        #expect(try Probe.subject("President Joe Biden opened the event. Baidu launched Ernie with Baidu Chairman Robin Li. "
                                  + "His wealth rose 5% this year.", "5%") == "Robin Li")
    }

    @Test("a margin around a figure is no figure: 'plus or minus 2%', 'plus minus 1 persen'")
    func tolerance() {
        #expect(Probe.facts("Nvidia guided revenue of about $37.5 billion, plus or minus 2%.").allSatisfy { $0.kind != .percent })
        #expect(Probe.facts("BI menargetkan inflasi 2,5 persen plus minus 1 persen.").map(\.text) == ["2,5 persen"])
    }

    @Test("a pronoun before a speech verb owns nothing: 'Ia mengatakan …', 'He said …'")
    func speakers() throws {
        #expect(try Probe.subject("Pendiri Baidu Robin Li hadir. Ia mengatakan ekonomi China tumbuh 5 persen.", "5 persen") != "Robin Li")
        #expect(try Probe.subject("Alibaba Chairman Joe Tsai spoke. He said the economy grew 5%.", "5%") != "Joe Tsai")
    }
}
