/// A count of AI models said through "the number of": "Jumlah model AI generatif yang terdaftar di China mencapai 188",
/// "The number of generative AI models registered in China reached 188 …, compared with just 79 a year earlier".
/// The bare number the phrase reaches (and one it is compared with) counts the phrase's models, though no model word
/// stands after it. Only AI models: their count is a measure of its own, and "jumlah penduduk … mencapai 270" needs
/// the unit the article leaves out.
struct NumberOfPhrase {
    let keys: [UInt64]
    let tokens: [Token]

    /// Whether the bare number starting at `first` is a count of AI models; `previous` is the figure before it in
    /// `sentence`.
    func countsModels(_ first: Int, in sentence: Range<Int>, after previous: Fact?) -> Bool {
        var k = first - 1
        if k > sentence.lowerBound, Self.onlyWords.contains(keys[k]) { k -= 1 }
        guard k > sentence.lowerBound else { return false }
        // "…, compared with just 79 a year earlier": compared with a count of models just read.
        if Self.comparedLinks.contains(keys[k]) { return previous?.kind == .modelCount }
        guard Self.reachLinks.contains(keys[k]) else { return false }
        // Back to "jumlah"/"the number of" with no other number between.
        var j = k - 1
        while j >= max(sentence.lowerBound, k - 14), tokens[j].kind != .number {
            if keys[j] == Self.jumlah { return namesAIModels(from: j + 1, before: k, in: sentence) }
            if keys[j] == Self.number, j + 1 < k, keys[j + 1] == Vocabulary.of { return namesAIModels(from: j + 2, before: k, in: sentence) }
            j -= 1
        }
        return false
    }

    /// "model AI generatif", "generative AI models", "LLM": a model word among the first words of the phrase, in an
    /// AI sense.
    private func namesAIModels(from start: Int, before end: Int, in sentence: Range<Int>) -> Bool {
        var m = start, ai = false
        while m < end, m - start < 4, Vocabulary.modelAdjectives.contains(keys[m]) {
            if Vocabulary.aiModelAdjectives.contains(keys[m]) { ai = true }
            m += 1
        }
        guard m < end, Vocabulary.modelWords.contains(keys[m]) else { return false }
        if m + 1 < end, Vocabulary.notAIModel.contains(keys[m + 1]) { return false }
        return ai || keys[m] == Self.llm || keys[m] == Self.llms || sentence.contains { Vocabulary.aiContext.contains(keys[$0]) }
    }

    static let jumlah = Vocabulary.key("jumlah"), number = Vocabulary.key("number"), llm = Vocabulary.key("llm"), llms = Vocabulary.key("llms")
    /// Verbs and words that give the phrase its number: "mencapai 188", "reached 188", "rose to 188", "stood at 188".
    static let reachLinks = Vocabulary.set(["mencapai", "menjadi", "sebanyak", "sebesar", "ada", "reached", "totalled", "totaled",
                                            "hit", "to", "at", "is", "was", "were"])
    static let comparedLinks = Vocabulary.set(["dengan", "with", "from", "dari"])
    static let onlyWords = Vocabulary.set(["just", "only", "hanya", "baru"])
}
