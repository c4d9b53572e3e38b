import Testing
@testable import Stats

/// Issue 9, round 5 (class 3): short English passages in the style of wire news about AI companies, written for these
/// tests. Every figure's subject, bound, role and direction is checked.
@Suite("English wire news")
struct EnglishWireTests {
    struct Expect: Sendable, CustomStringConvertible {
        var text: String, quote: String, subject: String?, bound: Bound = .exact, role: String? = nil, direction: Direction? = nil
        var description: String { "\(quote) in “\(text)”" }
    }

    static let passages: [Expect] = [
        // "X said on Tuesday its revenue rose 12% to $3.1 billion"
        Expect(text: "Baidu said on Tuesday its revenue rose 12% to $3.1 billion in the second quarter.",
               quote: "12%", subject: "Baidu", role: "change", direction: .up),
        Expect(text: "Baidu said on Tuesday its revenue rose 12% to $3.1 billion in the second quarter.",
               quote: "$3.1 billion", subject: "Baidu", role: "revenue"),
        // "Shares of X fell 17%"
        Expect(text: "Shares of Nvidia fell 17% on Monday after the release of a cheaper Chinese model.",
               quote: "17%", subject: "Nvidia", direction: .down),
        // "X, which is backed by Y, raised $600 million"
        Expect(text: "Moonshot AI, which is backed by Alibaba, raised $600 million in a new funding round.",
               quote: "$600 million", subject: "Moonshot AI", role: "funding"),
        // "according to X": the source does not own the figure.
        Expect(text: "Chinese firms hold more than 40% of AI patents worldwide, according to IDC.",
               quote: "more than 40%", subject: "China", bound: .moreThan),
        // "the company's valuation of $1 billion"
        Expect(text: "Zhipu plans to list in Shanghai. The listing would lift the company's valuation of $1 billion.",
               quote: "$1 billion", subject: "Zhipu", role: "valuation"),
        // A company noun in a "the" phrase refers back.
        Expect(text: "DeepSeek released a new model on Monday. The Hangzhou-based company said it spent $5.6 million on training.",
               quote: "$5.6 million", subject: "DeepSeek", role: "training_cost"),
        Expect(text: "MiniMax filed for a listing in Hong Kong. The Chinese start-up said its revenue doubled to $70 million.",
               quote: "$70 million", subject: "MiniMax", role: "revenue"),
        // "It" opening a sentence.
        Expect(text: "Tencent reported results on Wednesday. It said net profit climbed 8% to 47 billion yuan.",
               quote: "47 billion yuan", subject: "Tencent", role: "profit"),
        // Coordinated clauses with their own subjects.
        Expect(text: "Alibaba shares rose 3% while Tencent shares slipped 1.5% in Hong Kong trading.",
               quote: "1.5%", subject: "Tencent", direction: .down),
        // "up to" in an offer is a ceiling.
        Expect(text: "Microsoft will offer discounts of up to 30% to customers of its cloud service.",
               quote: "up to 30%", subject: "Microsoft", bound: .lessThan, role: "discount"),
        // "by" sizes a change whose verb is far back in the clause.
        Expect(text: "Baidu cut the price of its Ernie 4.5 Turbo model by 80% on Friday.",
               quote: "80%", subject: "Baidu", role: "change", direction: .down),
        Expect(text: "Alibaba lowered the price of its Qwen-Long model for developers by 97%.",
               quote: "97%", subject: "Alibaba", role: "change", direction: .down),
        // A dateline, then "the … start-up" naming the company earlier in its sentence; "on the final training run".
        Expect(text: "HONG KONG — When DeepSeek released R1, the Hangzhou-based start-up said it had spent just $5.6 million on the final training run of its V3 model.",
               quote: "$5.6 million", subject: "DeepSeek", role: "training_cost"),
        // A person titled by the company owns the fortune after the possessive; the company keeps what the person says.
        Expect(text: "Nvidia CEO Jensen Huang's net worth has climbed to about $140 billion, according to Bloomberg.",
               quote: "about $140 billion", subject: "Jensen Huang", bound: .approx, role: "wealth"),
        Expect(text: "Nvidia CEO Jensen Huang said revenue rose 12% in the quarter.",
               quote: "12%", subject: "Nvidia", role: "change", direction: .up),
        // "X's <company>": the company acts.
        Expect(text: "Elon Musk's xAI is raising $10 billion in debt and equity, Morgan Stanley said.",
               quote: "$10 billion", subject: "xAI", role: "funding"),
        Expect(text: "Nvidia's shares have gained 18% this year, after soaring 171% in 2024.",
               quote: "171%", subject: "Nvidia", role: "change", direction: .up),
        Expect(text: "Tencent's capital expenditure rose 221% to 76.8 billion yuan last year.",
               quote: "76.8 billion yuan", subject: "Tencent", role: "budget"),
        // A demonym before a noun phrase ending in a company noun describes the company named next.
        Expect(text: "Chinese artificial intelligence start-up Moonshot AI has raised about $600 million in a new funding round.",
               quote: "about $600 million", subject: "Moonshot AI", bound: .approx, role: "funding"),
        // A relative clause right after a name is about that name, not about the sentence's subject.
        Expect(text: "Chinese AI firms race to catch up with OpenAI, which was valued at $500 billion in a share sale this month.",
               quote: "$500 billion", subject: "OpenAI", role: "valuation"),
        Expect(text: "Alibaba invested in Moonshot AI, which raised $1 billion last year.",
               quote: "$1 billion", subject: "Moonshot AI", role: "funding"),
        // A name glued to "-listed", "-backed" describes; "Its" points back.
        Expect(text: "Alibaba reported higher cloud revenue. Its Hong Kong-listed shares climbed as much as 5.2% in early trade.",
               quote: "as much as 5.2%", subject: "Alibaba", bound: .lessThan, direction: .up),
        Expect(text: "Nvidia-backed CoreWeave raised $7.5 billion in debt financing.",
               quote: "$7.5 billion", subject: "CoreWeave", role: "funding"),
        Expect(text: "OpenAI expects revenue to triple this year. The Microsoft-backed company lost about $5 billion in 2024.",
               quote: "about $5 billion", subject: "OpenAI", bound: .approx),
        // A place after a possessive says where the revenue is made, not whose it is.
        Expect(text: "Nvidia reported results. The company's China revenue dropped to $2.8 billion in the July quarter.",
               quote: "$2.8 billion", subject: "Nvidia", role: "revenue"),
        Expect(text: "Laki-laki yang bekerja di pabrik itu mendapat upah 5 juta rupiah sebulan.",
               quote: "5 juta rupiah", subject: nil, role: "salary"),
        // Who a forecast is about, not who forecasts; and the trailing change of that figure.
        Expect(text: "Analysts at Morgan Stanley estimate China's AI capital expenditure could reach $98 billion this year, up 48% from 2024.",
               quote: "$98 billion", subject: "China", role: "budget"),
        Expect(text: "Analysts at Morgan Stanley estimate China's AI capital expenditure could reach $98 billion this year, up 48% from 2024.",
               quote: "48%", subject: "China", direction: .up),
        Expect(text: "IDC expects the global market for AI servers to grow 25% next year.",
               quote: "25%", subject: nil, direction: .up),
        // A company that says something of itself owns the figure; a name read as a company is no speaker.
        Expect(text: "In a separate filing, Horizon Robotics said it had raised HK$6.3 billion through a share placement.",
               quote: "HK$6.3 billion", subject: "Horizon Robotics", role: "funding"),
        Expect(text: "Horizon Robotics mengatakan pihaknya meraup dana 6,3 miliar dollar Hong Kong lewat penempatan saham.",
               quote: "6,3 miliar dollar Hong Kong", subject: "Horizon Robotics"),
        Expect(text: "NIO said deliveries rose 40.8% to 87,071 units in October.",
               quote: "40.8%", subject: "NIO", direction: .up),
        // A person who speaks still does not own the figure.
        Expect(text: "Edwin mengatakan penjualan naik 12 persen tahun ini.",
               quote: "12 persen", subject: nil, direction: .up),
        // A headline's "at $X valuation".
        Expect(text: "Moonshot AI raises funds at $3.8 billion valuation.",
               quote: "$3.8 billion", subject: "Moonshot AI", role: "valuation"),
        // "about" is approximate.
        Expect(text: "OpenAI is losing about $5 billion a year, the newspaper reported.",
               quote: "about $5 billion", subject: "OpenAI", bound: .approx, role: "loss"),
    ]

    @Test("subject, bound, role and direction of every figure", arguments: passages)
    func wire(_ e: Expect) throws { try Self.check(e) }

    /// The figure `e.quote` of `e.text` has the subject, bound, role and direction `e` expects.
    static func check(_ e: Expect) throws {
        let f = try #require(Probe.fact(e.text, e.quote), "no fact “\(e.quote)” in “\(e.text)”: \(Probe.facts(e.text).map(\.text))")
        #expect(f.subject == e.subject, "subject of \(e)")
        #expect(f.bound == e.bound, "bound of \(e)")
        if let role = e.role { #expect(f.role == role, "role of \(e)") }
        if let direction = e.direction { #expect(f.direction == direction, "direction of \(e)") }
    }
}
