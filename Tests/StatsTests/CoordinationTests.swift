import Testing
@testable import Stats

/// Issue 9 §3: coordinated clauses each keep their own subject. Sentences written for these tests.
@Suite("Coordinated clauses")
struct CoordinationTests {
    private func owners(_ text: String) -> [String?] {
        Probe.facts(text).filter { $0.kind == .tokens || $0.kind == .money || $0.kind == .percent }.map(\.subject)
    }

    @Test("each clause of 'X … dan Y …' gives its figure to its own subject", arguments: [
        ("Kemarin Zhipu memberi 50 juta token dan Baidu memberi 150 juta token kepada pengembang.", ["Zhipu", "Baidu"]),
        ("Zhipu is providing 50 million tokens and Baidu is giving away 150 million tokens to developers.", ["Zhipu", "Baidu"]),
        ("Pendapatan Tencent naik 8 persen, sementara Alibaba turun 3 persen.", ["Tencent", "Alibaba"]),
        ("Tencent's revenue rose 8 percent while Alibaba fell 3 percent.", ["Tencent", "Alibaba"]),
    ])
    func coordinated(_ text: String, _ expected: [String]) {
        #expect(owners(text) == expected, "\(text)")
    }

    /// The figure is both names' (the answer keys' "A+B"): the first alone would be half right, so the subject names both.
    @Test("a list of names before one figure is not split, and names both")
    func sharedSubject() {
        #expect(owners("Kemarin Zhipu dan Baidu memberi 50 juta token kepada pengembang.") == ["Zhipu dan Baidu"])
    }
}
