import Testing
@testable import Stats

/// Issue 9 §3 and §7, sentences written for these tests: a unit said once for two owners' figures, a percentage
/// that is the level reached rather than the change, and an English amount that describes the noun after it.
@Suite("Elided units, levels and English role nouns")
struct ElisionAndLevelTests {
    @Test("the second amount of a coordinated pair takes the first one's unit and its own owner", arguments: [
        ("Baidu memberikan 50 juta token dan Zhipu memberikan 150 juta kepada pengembang.", "150 juta", FactKind.tokens, "token", "Zhipu"),
        ("Baidu is providing 50 million tokens and Zhipu is giving away 150 million.", "150 million", .tokens, "token", "Zhipu"),
        ("SenseTime gave away 50 million tokens, while Baichuan offered 10 million.", "10 million", .tokens, "token", "Baichuan"),
        ("Pendapatan Telkom mencapai Rp 150 triliun, sementara labanya 24 triliun.", "24 triliun", .money, "IDR", "Telkom"),
        // Up to twelve words between the figures.
        ("Zhipu is giving away 150 million free tokens to new users of its API, while Baidu offers 50 million.", "50 million", .tokens, "token", "Baidu"),
    ])
    func elided(_ text: String, _ quote: String, _ kind: FactKind, _ unit: String, _ subject: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == kind && fact.unit == unit && fact.subject == subject, "\(text)")
    }

    @Test("an amount with a noun of its own, or with no new owner or accounts line, takes nothing", arguments: [
        "Baidu memberikan 50 juta token dan melayani 3 juta UMKM.",
        "Ponsel itu dijual seharga Rp 5 juta, dan terjual 2 juta.",
        "Baidu gave away 50 million tokens and 3 million small firms signed up.",
    ])
    func notElided(_ text: String) {
        let second = Probe.quantities(text).dropFirst()
        #expect(second.allSatisfy { $0.kind != .tokens && $0.kind != .money }, "\(text)")
    }

    @Test("the level a percentage rose or fell to, or from, is no change", arguments: [
        ("Pangsa pasar Huawei naik menjadi 15 persen tahun ini.", "15 persen", PercentRole?.some(.share)),
        ("Huawei's market share climbed to 15% last year.", "15%", .share),
        ("Inflasi turun dari 3,1 persen menjadi 2,8 persen.", "3,1 persen", .rate),
        ("Jumlah perokok anak naik dari 7 persen menjadi 9 persen.", "9 persen", nil),
    ])
    func level(_ text: String, _ quote: String, _ role: PercentRole?) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.percentRole == role && fact.direction == nil, "\(text)")
    }

    @Test("the unit a rate is given in is no figure", arguments: [
        "ByteDance menawarkan model Doubao seharga 0,0008 yuan per 1.000 token.",
        "Kasus baru mencapai 12 per 100.000 penduduk.",
    ])
    func perUnit(_ text: String) {
        #expect(!Probe.quantities(text).contains { $0.kind == .tokens || $0.kind == .count }, "\(text)")
    }

    @Test("the change itself keeps its direction", arguments: [
        ("Alibaba memangkas harga model Qwen hingga 97 persen.", "97 persen", Direction.down),
        ("Saham Baidu merosot 10 persen menjadi 90 yuan.", "10 persen", Direction.down),
        ("Huawei's revenue rose 12% to $3.1 billion.", "12%", .up),
    ])
    func change(_ text: String, _ quote: String, _ direction: Direction) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.percentRole == .change && fact.direction == direction, "\(text)")
    }

    @Test("after “a”, an English amount is what the noun after it names", arguments: [
        ("The start-up raised $300 million at a $2 billion valuation.", "$2 billion", MoneyRole.valuation),
        ("The start-up raised $300 million at a $2 billion valuation.", "$300 million", .funding),
        ("ByteDance plans to spend $12 billion on AI infrastructure.", "$12 billion", .cost),
        ("SoftBank pledged $100 billion for AI infrastructure in the US.", "$100 billion", .investment),
        ("DeepSeek charges $0.55 per million input tokens.", "$0.55", .price),
    ])
    func englishRole(_ text: String, _ quote: String, _ role: MoneyRole) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.moneyRole == role, "\(text)")
    }

    @Test("a fraction of a whole is a share in percent", arguments: [
        ("Sepertiga dari perusahaan China memakai AI.", "Sepertiga dari", 33.33),
        ("Dua pertiga dari pengguna memilih model lokal.", "Dua pertiga dari", 66.67),
        ("About a fifth of Chinese firms use AI.", "About a fifth of", 20.0),  // the bound is read with it (BoundTests)
        ("Two-thirds of them plan to.", "Two-thirds of", 66.67),
        ("Setengah dari model AI dibuat di Beijing.", "Setengah dari", 50.0),
    ])
    func fraction(_ text: String, _ quote: String, _ value: Double) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == .percent && fact.value == .number(value) && fact.percentRole == .share, "\(text)")
    }

    @Test("a fraction word without 'dari/of' is no figure", arguments: [
        "Tim itu lolos ke babak sepertiga akhir.",
        "It was the third round of funding.",
    ])
    func notFraction(_ text: String) {
        #expect(!Probe.quantities(text).contains { $0.kind == .percent }, "\(text)")
    }

    @Test("'tens/hundreds of billions of dollars' scale the vague amount", arguments: [
        ("OpenAI will spend tens of billions of dollars on data centres.", "tens of billions of dollars", 1e10),
        ("Microsoft spent hundreds of billions of dollars.", "hundreds of billions of dollars", 1e11),
    ])
    func vagueBillions(_ text: String, _ quote: String, _ value: Double) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.value == .number(value) && fact.bound == .approx, "\(text)")
    }

    @Test("English counted nouns", arguments: [
        ("Huawei shipped 10 million units in the quarter.", "10 million units"),
        ("Xiaomi sold 5 million smartphones in India.", "5 million smartphones"),
        ("Altman said ChatGPT now has 500 million weekly active users.", "500 million weekly active users"),
    ])
    func englishCount(_ text: String, _ quote: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == .count, "\(text)")
    }

    @Test("hardware counted after its maker's and model's names; the maker does not own the count", arguments: [
        ("The lab bought 10,000 Nvidia A100 GPUs last year.", "10,000 Nvidia A100 GPUs", 10_000.0),
        ("Huawei will ship 1 million Ascend chips this year.", "1 million Ascend chips", 1e6),
    ])
    func hardware(_ text: String, _ quote: String, _ value: Double) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == .count && fact.value == .number(value) && fact.subject != "Nvidia", "\(text)")
    }

    @Test("a year before names is no count")
    func yearBeforeNames() {
        #expect(!Probe.quantities("In 2019 Apple devices sold well.").contains { $0.kind == .count })
    }

    @Test("a describing word before an AI model count", arguments: [
        ("In 2024, Chinese labs produced 40 notable AI models.", "40 notable AI models"),
        ("Regulators have approved 117 domestic generative AI models.", "117 domestic generative AI models"),
    ])
    func describedModels(_ text: String, _ quote: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == .modelCount, "\(text)")
    }
}
