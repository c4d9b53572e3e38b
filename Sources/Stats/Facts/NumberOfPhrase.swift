/// A count of AI models said through "the number of": "Jumlah model AI generatif yang terdaftar di China mencapai 188",
/// "The number of generative AI models registered in China reached 188 …, compared with just 79 a year earlier".
/// The bare number the phrase reaches (and one it is compared with) counts the phrase's models, though no model word
/// stands after it. Only AI models: their count is a measure of its own, and "jumlah penduduk … mencapai 270" needs
/// the unit the article leaves out.
extension FactExtractor {
    /// Whether the bare number starting at `first` is a count of AI models; `previous` is the figure before it in
    /// `sentence`.
    func countsModelsOfPhrase(_ first: Int, in sentence: Range<Int>, after previous: Fact?) -> Bool {
        var k = first - 1
        if k > sentence.lowerBound, NumberOfPhrase.onlyWords.contains(keys[k]) { k -= 1 }
        guard k > sentence.lowerBound else { return false }
        // "…, compared with just 79 a year earlier": compared with a count of models just read.
        if NumberOfPhrase.comparedLinks.contains(keys[k]) { return previous?.kind == .modelCount }
        guard NumberOfPhrase.reachLinks.contains(keys[k]) else { return false }
        // Back to "jumlah"/"the number of" with no other number between; its model phrase ("model AI generatif",
        // "generative AI models", "LLM") read as after a number, and ending before the verb.
        var j = k - 1
        while j >= max(sentence.lowerBound, k - 14), tokens[j].kind != .number {
            var phrase: Int?
            if keys[j] == NumberOfPhrase.jumlah { phrase = j + 1 }
            if keys[j] == NumberOfPhrase.number, j + 1 < k, keys[j + 1] == Vocabulary.of { phrase = j + 2 }
            if let phrase { return modelPhrase(at: phrase, sentence).map { $0 <= k } ?? false }
            j -= 1
        }
        return false
    }
}

/// The words `countsModelsOfPhrase` reads.
enum NumberOfPhrase {
    static let jumlah = Vocabulary.key("jumlah"), number = Vocabulary.key("number")
    /// Verbs and words that give the phrase its number: "mencapai 188", "reached 188", "rose to 188", "stood at 188".
    static let reachLinks = Vocabulary.set(["mencapai", "menjadi", "sebanyak", "sebesar", "ada", "reached", "totalled", "totaled",
                                            "hit", "to", "at", "is", "was", "were"])
    static let comparedLinks = Vocabulary.set(["dengan", "with", "from", "dari"])
    static let onlyWords = Vocabulary.set(["just", "only", "hanya", "baru"])
}
