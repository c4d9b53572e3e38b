/// Figures two joined names own: together ("Nvidia dan AMD menguasai 90 persen", "Baidu and Alibaba each raised
/// $1 billion") the subject names both, as written between them ("Nvidia dan AMD"); one each when the sentence lists
/// two figures for them in order ("saham Dell dan Broadcom naik masing-masing 14 persen dan 12 persen", "… rose 14
/// and 12 percent, respectively"). Two products of one maker are the maker's.
extension Attribution {
    /// What `subject(of:)` returns for a figure a pair shares: the token of the pair's first name, as a negative number.
    static func shared(at token: Int) -> Int { -2 - token }
    static func sharedToken(_ subject: Int?) -> Int? { subject.flatMap { $0 <= -2 ? -2 - $0 : nil } }

    enum PairOwner: Equatable { case one(Int), both(String) }

    /// The owner of a figure the pair whose first name starts at `token` shares.
    func pairOwner(at token: Int, of quantity: Range<Int>, in sentence: Range<Int>, names: SubjectNames, knownSubjects: Int) -> PairOwner? {
        let joiner = matches[Int(matchAt[token])].tokens.upperBound
        guard joiner + 1 < sentence.upperBound, entityAt[joiner + 1] >= 0 else { return nil }
        // "paket Gold, Platinum, Diamond dan Diamond+": the last two of a longer list are no pair.
        if token - 2 >= sentence.lowerBound, isComma(token - 1), entityAt[token - 2] >= 0 { return nil }
        let first = owner(Int(entityAt[token])), second = owner(Int(entityAt[joiner + 1]))
        if first == second { return .one(first) }
        let pairEnd = matches[Int(matchAt[joiner + 1])].tokens.upperBound
        if let index = respectiveIndex(of: quantity, after: pairEnd, in: sentence) { return .one(index == 0 ? first : second) }
        // Names only guessed from capitals are too often cut or joined wrongly ("Lockheed, Martin dan RTX") to name a pair.
        guard first < knownSubjects, second < knownSubjects else { return nil }
        let written = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[joiner].start..<tokens[joiner].end]), as: UTF8.self)
        return .both("\(names[first]) \(written) \(names[second])")
    }

    /// The figure's place (0 or 1) in a list of exactly two figures after the pair, when "masing-masing" or
    /// "respectively" says they go to the names in order. Years are no figures of the list ("… pada 2025").
    private func respectiveIndex(of quantity: Range<Int>, after start: Int, in sentence: Range<Int>) -> Int? {
        guard (start..<sentence.upperBound).contains(where: { Self.respectiveCues.contains(keys[$0]) }) else { return nil }
        var figures: [Int] = []
        func isFigure(_ t: Int) -> Bool { entityAt[t] < 0 && (tokens[t].kind == .number && !isYear(t) || Vocabulary.units[keys[t]] != nil) }
        for t in start..<sentence.upperBound where isFigure(t) { figures.append(t) }
        guard figures.count == 2, let number = quantity.first(where: isFigure) else { return nil }
        return figures.firstIndex(of: number)
    }

    private func isYear(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.end - token.start == 4 else { return false }
        var value = 0
        for i in token.start..<token.end {
            guard text[i] &- 0x30 < 10 else { return false }
            value = value * 10 + Int(text[i] &- 0x30)
        }
        return (1900...2100).contains(value)
    }

    static let respectiveCues = Vocabulary.set(["masing", "masing-masing", "respectively"])
}
