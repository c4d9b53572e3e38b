/// The one product or company an article is about, when it has one: named in the lead, named at least three times,
/// and at least twice as often as any other company or product. Price and spec lines that name no one are about it
/// ("Layarnya … rasio layar ke bodi 90,6 %" in a review of the realme 5 Pro), also when the lead knows it only by a
/// name found in the text: repetition, not the lexicon, says what the article is about.
struct ArticleSubject {
    let entity: Int
    /// Nil when no company or product stands out, or when the one that does is only a capitalised word the text
    /// names: those are as often places and people ("Jakarta", "Gibran") or acronyms of rules and taxes ("PPN", "SIM")
    /// as firms. A found name stands for a product when it has a digit ("realme 5 Pro", "Oppo A9").
    init?(attribution: Attribution, names: SubjectNames, knownSubjects: Int) {
        // Mentions of every company or product of the article, by owner (a product counts as its maker when known):
        // sorted and counted in runs, no table per article.
        var owners: [Int] = []
        owners.reserveCapacity(attribution.matches.count)
        for match in attribution.matches {
            let entity = attribution.owner(match.entity)
            if Self.isCandidate(attribution.category(entity)) { owners.append(entity) }
        }
        owners.sort()
        var top = -1, count = 0, second = 0, i = 0
        while i < owners.count {
            var j = i + 1
            while j < owners.count, owners[j] == owners[i] { j += 1 }
            if j - i > count { second = count; top = owners[i]; count = j - i } else { second = max(second, j - i) }
            i = j
        }
        guard count >= 3, count >= 2 * second, top < knownSubjects || Self.looksLikeProduct(names[top]) else { return nil }
        entity = top
    }

    private static func looksLikeProduct(_ name: String) -> Bool { name.utf8.contains { $0 &- 0x30 < 10 } }

    private static func isCandidate(_ category: EntityCategory) -> Bool { category == .company || category == .model }
}
