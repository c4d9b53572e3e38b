import Foundation
import Testing
@testable import Stats

/// The acceptance test of the extractor: ../shared/gold/seeds.json, copied into Fixtures.
struct Gold: Decodable {
    struct GoldFact: Decodable {
        var article: String
        var kind: String
        var value: FactValue
        var valueMax: Double?
        var unit: String?
        var bound: String
        var subject: String?
        var required: Bool
        var quote: String
    }
    struct Trap: Decodable { var article: String; var text: String }
    struct Range: Decodable { var min: Int; var max: Int }
    struct Mentions: Decodable { var counts: [String: Range] }
    var facts: [GoldFact]
    var traps: [Trap]
    var mentions: Mentions

    static let shared = try! JSONDecoder().decode(Gold.self, from: Data(contentsOf: Repo.gold))
}

@Suite("Gold facts in the seeds")
struct GoldTests {
    static let analyses: [String: ArticleAnalysis] = Dictionary(uniqueKeysWithValues: Fixture.seedIDs.map { ($0, Fixture.seed($0)) })

    /// The reported fact that reads the gold quote: same kind, its text inside the quote's place.
    static func match(_ gold: Gold.GoldFact) -> Fact? {
        let analysis = analyses[gold.article]!
        let bytes = Array(try! Data(contentsOf: Repo.seeds.appendingPathComponent(gold.article + ".txt")))
        let quote = Array(gold.quote.utf8)
        guard let at = (0...(bytes.count - quote.count)).first(where: { bytes[$0..<($0 + quote.count)].elementsEqual(quote) }) else { return nil }
        let place = at..<(at + quote.count)
        return analysis.facts.first { $0.kind.rawValue == gold.kind && place.overlaps($0.start..<$0.end) }
    }

    @Test("every required fact has the right kind, value, bound, subject and unit", arguments: Gold.shared.facts.filter(\.required))
    func requiredFact(_ gold: Gold.GoldFact) throws {
        let fact = try #require(Self.match(gold), "no \(gold.kind) fact at “\(gold.quote)”")
        #expect(fact.value == gold.value, "“\(gold.quote)”")
        #expect(fact.bound.rawValue == gold.bound, "“\(gold.quote)”")
        if let subject = gold.subject { #expect(fact.subject == subject, "“\(gold.quote)”") }
        if let unit = gold.unit { #expect(fact.unit == unit, "“\(gold.quote)”") }
        if let max = gold.valueMax { #expect(fact.valueMax == max) }
    }

    @Test("most optional facts are found too")
    func optionalFacts() {
        let optional = Gold.shared.facts.filter { !$0.required }
        let found = optional.filter { gold in Self.match(gold).map { $0.value == gold.value } ?? false }
        #expect(found.count * 10 >= optional.count * 7, "found \(found.count) of \(optional.count)")
    }

    @Test("digits inside names and times never become facts", arguments: Gold.shared.traps)
    func trap(_ trap: Gold.Trap) {
        let analysis = Self.analyses[trap.article]!
        let bytes = Array(try! Data(contentsOf: Repo.seeds.appendingPathComponent(trap.article + ".txt")))
        let needle = Array(trap.text.utf8)
        let quantityKinds: Set<FactKind> = [.tokens, .money, .modelCount, .percent, .count]
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) {
                let place = i..<(i + needle.count)
                let bad = analysis.facts.filter { quantityKinds.contains($0.kind) && place.overlaps($0.start..<$0.end) }
                #expect(bad.isEmpty, "\(trap.text) became \(bad.map(\.text))")
            }
            i += 1
        }
    }

    @Test("every reported quantity is a gold fact, required or optional: no false positives")
    func noFalsePositives() {
        let quantityKinds: Set<FactKind> = [.tokens, .money, .modelCount, .percent, .count]
        for (article, analysis) in Self.analyses {
            let bytes = Array(try! Data(contentsOf: Repo.seeds.appendingPathComponent(article + ".txt")))
            let places: [(kind: String, place: Swift.Range<Int>)] = Gold.shared.facts.filter { $0.article == article }.compactMap { gold in
                let quote = Array(gold.quote.utf8)
                guard let at = (0...(bytes.count - quote.count)).first(where: { bytes[$0..<($0 + quote.count)].elementsEqual(quote) }) else { return nil }
                return (gold.kind, at..<(at + quote.count))
            }
            for fact in analysis.facts where quantityKinds.contains(fact.kind) {
                let known = places.contains { $0.kind == fact.kind.rawValue && $0.place.overlaps(fact.start..<fact.end) }
                #expect(known, "\(article): \(fact.kind.rawValue) “\(fact.text)” in “\(fact.sentence.prefix(120))” is not a gold fact")
            }
        }
    }

    @Test("mention counts fall inside the gold ranges")
    func mentionCounts() {
        for (entity, range) in Gold.shared.mentions.counts {
            let total = Self.analyses.values.reduce(0) { $0 + ($1.mentions[entity] ?? 0) }
            #expect(total >= range.min && total <= range.max, "\(entity): \(total) not in \(range.min)…\(range.max)")
        }
    }
}

extension Gold.GoldFact: CustomTestStringConvertible {
    var testDescription: String { "\(kind) “\(quote)”" }
}
extension Gold.Trap: CustomTestStringConvertible {
    var testDescription: String { text }
}
