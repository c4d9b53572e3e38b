import Render
import Stats

/// Figures over time: a measure (subject, kind, role, unit — "OpenAI · valuation · USD") reported in articles of
/// two or more publication dates, with each date's values, oldest first. Shows how a reported number moved, or
/// that outlets disagreed on the same day; the conflicts section lists disagreements without dates.
struct RecurringFigures {
    struct Measure: Sendable {
        var subject: String
        var kind: FactKind
        var role: String?
        var unit: String?
        /// (ISO date, fact) pairs, by date then value; a fact stated in several dated articles appears once per date.
        var points: [(date: String, fact: Fact)]
    }

    /// Kinds whose repeats are the same measure: a percentage or a count needs more than a subject to say what it is of.
    static let kinds: Set<FactKind> = [.money, .tokens, .modelCount]
    /// Rows in the PDF: the measures with the most dates first.
    var limit = 12
    /// Values shown per measure (the oldest); the rest are counted.
    var maxPoints = 8

    let corpus: CorpusStats

    /// Measures with at least two distinct publication dates, most dates first, then by subject.
    /// Facts are read in place by index: a copy of each of the corpus's facts (a dozen strings) cost more than the rest.
    var measures: [Measure] {
        struct Key: Hashable { var subject: String, kind: FactKind, role: String?, unit: String? }
        let dates = Dictionary(corpus.articles.map { ($0.id, $0.metadata.date) }, uniquingKeysWith: { a, _ in a })
        let facts = corpus.facts
        var groups: [Key: Measure] = [:]
        var order: [Key] = []
        for i in facts.indices where Self.kinds.contains(facts[i].fact.kind) {
            // Money without a role ("Rp 5,5 juta") is any price: not one measure.
            guard let subject = facts[i].fact.subject, facts[i].fact.value.number != nil, facts[i].fact.kind != .money || facts[i].fact.role != nil
            else { continue }
            let key = Key(subject: subject, kind: facts[i].fact.kind, role: facts[i].fact.role, unit: facts[i].fact.unit)
            if groups[key] == nil {
                groups[key] = Measure(subject: subject, kind: key.kind, role: key.role, unit: key.unit, points: [])
                order.append(key)
            }
            var seen = Set<String>()
            func add(_ article: String) {
                guard let date = dates[article] ?? nil, date.count == 10, seen.insert(date).inserted else { return }
                groups[key]!.points.append((date, facts[i].fact))
            }
            if facts[i].sources.isEmpty { add(facts[i].article) } else { for s in facts[i].sources { add(s.article) } }
        }
        let recurring = order.compactMap { key -> (Measure, dates: Int)? in
            guard var m = groups[key] else { return nil }
            let dateCount = Set(m.points.map(\.date)).count
            guard dateCount >= 2 else { return nil }
            m.points.sort { ($0.date, $0.fact.value.number ?? 0) < ($1.date, $1.fact.value.number ?? 0) }
            return (m, dateCount)
        }
        return recurring.enumerated().sorted { ($0.element.dates, -$0.offset) > ($1.element.dates, -$1.offset) }.map(\.element.0)
    }

    /// The PDF's table, or no block when no measure recurs on two dates.
    func blocks(labels: Labels) -> [Block] {
        let shown = measures.prefix(limit)
        guard !shown.isEmpty else { return [] }
        let format = FactFormatting(labels: labels)
        let rows = shown.map { m -> [Table.Cell] in
            let what = m.role.map(labels.roleName) ?? labels.kindName(m.kind)
            var lines = m.points.prefix(maxPoints).map { "\($0.date): \(format.value($0.fact))" }
            if m.points.count > maxPoints { lines.append(labels.morePoints(m.points.count - maxPoints)) }
            let points = lines.joined(separator: "\n")
            return [Table.Cell(m.subject), Table.Cell(what), Table.Cell(points)]
        }
        return [
            .paragraph(labels.recurringNote),
            .table(Table(columns: [.init(labels.columnSubject, width: 1.2), .init(labels.columnKind, width: 1.2),
                                   .init(labels.recurringDatesColumn, width: 3)], rows: rows)),
        ]
    }
}
