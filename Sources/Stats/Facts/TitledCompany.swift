/// "Pendiri 01.AI, Kai-Fu Lee, mengatakan perusahaannya menargetkan …", "Jensen Huang, CEO Nvidia, mengatakan pendapatan
/// perusahaannya naik …", "Nvidia chief executive Jensen Huang said his company …": the company a person's title names
/// is the company "perusahaannya" or "his company" means, not the person.
extension Attribution {
    func titledCompany(before quantity: Range<Int>, in sentence: Range<Int>) -> Int? {
        let before = sentence.lowerBound..<quantity.lowerBound
        let own = Self.ownCompanyWords, company = Discourse.company  // once, not a lazy-init check per word
        guard before.contains(where: { own.contains(keys[$0]) || keys[$0] == company && isPersonalPossessive($0 - 1) }) else { return nil }
        var found: Int?
        var t = before.lowerBound
        while t < before.upperBound {
            guard entityAt[t] >= 0 else { t += 1; continue }
            let end = matches[Int(matchAt[t])].tokens.upperBound
            let entity = owner(Int(entityAt[t]))
            // "CEO Nvidia", "Pendiri 01.AI" or "Nvidia chief executive": the company beside a title.
            if category(entity) == .company, usable(entityAt[t]),
               t > before.lowerBound && ProperNames.titles.contains(keys[t - 1]) || end < before.upperBound && ProperNames.titles.contains(keys[end]) {
                // Two titled companies: which one the person speaks for is not said.
                if let found, found != entity { return nil }
                found = entity
            }
            t = end
        }
        return found
    }

    /// "his/her/their" before "company".
    private func isPersonalPossessive(_ t: Int) -> Bool { t >= 0 && Self.personalPossessives.contains(keys[t]) }

    /// "perusahaannya", "perseroannya".
    static let ownCompanyWords = Vocabulary.set(["perusahaannya", "perseroannya"])
    static let personalPossessives = Vocabulary.set(["his", "her", "their"])
}
