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
        // Mentions of every company or product of the article, by owner (a product counts as its maker when known).
        var mentions: [Int: Int] = [:]
        for match in attribution.matches {
            let entity = attribution.owner(match.entity)
            if Self.isCandidate(attribution.category(entity)) { mentions[entity, default: 0] += 1 }
        }
        guard let (top, count) = mentions.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }) else { return nil }
        let second = mentions.lazy.filter { $0.key != top }.map(\.value).max() ?? 0
        guard count >= 3, count >= 2 * second, top < knownSubjects || Self.looksLikeProduct(names[top]) else { return nil }
        entity = top
    }

    private static func looksLikeProduct(_ name: String) -> Bool { name.utf8.contains { $0 &- 0x30 < 10 } }

    private static func isCandidate(_ category: EntityCategory) -> Bool { category == .company || category == .model }
}
