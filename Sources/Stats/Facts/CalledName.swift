/// "unveiled a $500 billion AI infrastructure venture called Stargate": an amount describing a thing the text then
/// names is that thing's size, not the doer's.
extension Attribution {
    func calledName(after quantity: Range<Int>, in clause: Range<Int>) -> Int? {
        guard quantity.lowerBound > clause.lowerBound, Self.indefiniteArticles.contains(keys[quantity.lowerBound - 1]) else { return nil }
        var k = quantity.upperBound
        while k < clause.upperBound, k - quantity.upperBound <= 8, entityAt[k] < 0, tokens[k].kind == .word || keys[k] == ReferringPhrase.dash {
            if Self.namingWords.contains(keys[k]) {
                return k + 1 < clause.upperBound && usable(at: k + 1) ? Int(entityAt[k + 1]) : nil
            }
            k += 1
        }
        return nil
    }

    static let indefiniteArticles = Vocabulary.set(["a", "an"])
    static let namingWords = Vocabulary.set(["called", "named", "dubbed"])
}
