import Foundation

/// Reads one article: a pure function of (UTF-8 bytes, lexicon), so results can be cached by content
/// and computed in parallel.
public struct ArticleAnalyzer: Sendable {
    /// Bump with every change to what an analysis contains or how it is computed: cached results of
    /// other versions are thrown away.
    public static let formatVersion = 26

    /// The most figures kept from one article. No real article comes near it (the densest of the 27,494 in
    /// the test corpus has 67); a file with more is a table or a data dump, and reading every figure of one
    /// (a 10 MB line of "$5,5 juta") took seconds to analyse and more to write. Past it, numbers are counted,
    /// not read, and the run says so.
    public static let figureLimit = 2000

    public let matcher: EntityMatcher
    private let categories: [EntityCategory]
    private let names: [String]
    /// Subject index of each subject's maker ("Ernie" → Baidu), or -1.
    private let makers: [Int32]
    /// Subjects before any name of the article: the lexicon's entities, then the makers it names but does not
    /// list ("Reno" → OPPO), which own figures but are not counted as mentions.
    private let subjectNames: [String], subjectCategories: [EntityCategory]
    /// Entity index of the country each demonym stands for ("Chinese" → China), or -1: one branch-free lookup per
    /// word of every sentence (the probing table of demonyms, then a dictionary, were 3.5 % of the extractor's time).
    private let demonymCountries: WordValues

    public init(lexicon: Lexicon) {
        matcher = EntityMatcher(lexicon: lexicon)
        categories = lexicon.entities.map(\.category)
        names = lexicon.entities.map(\.name)
        let byName = Dictionary(lexicon.entities.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var subjectNames = names
        var makerIndex: [String: Int] = [:]
        let lexiconMakers: [Int32] = lexicon.entities.map { e in
            guard let maker = e.maker else { return -1 }
            if let i = byName[maker] ?? makerIndex[maker] { return Int32(i) }
            makerIndex[maker] = subjectNames.count
            subjectNames.append(maker)
            return Int32(subjectNames.count - 1)
        }
        self.subjectNames = subjectNames
        subjectCategories = categories + makerIndex.map { _ in .company }
        makers = lexiconMakers + makerIndex.map { _ in -1 }
        let countryIndex = byName.filter { lexicon.entities[$0.value].category == .country }
        demonymCountries = WordValues(ProperNames.demonyms.entries.compactMap { key, country in
            countryIndex[country].map { (key, Int32($0)) }
        }, missing: -1)
    }

    /// Analyses UTF-8 `bytes` (a byte order mark is skipped; offsets stay file offsets). `title` is the article's
    /// title from a manifest beside the folder, when it has one: read as a headline before the text (`Headline`), it
    /// wins over the headline guessed from the text.
    public func analyze(_ bytes: [UInt8], id: String, file: String, title: String? = nil) -> ArticleAnalysis {
        bytes.withUnsafeBufferPointer { analyze($0, id: id, file: file, title: title) }
    }

    public func analyze(_ text: UnsafeBufferPointer<UInt8>, id: String, file: String, title: String? = nil) -> ArticleAnalysis {
        let bomLength = text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0
        let front = FrontMatter.parse(text, from: bomLength)
        let body = ArticleBody(text, from: front.bodyStart)
        let tokens = body.tokens
        let keys = WordKey.keys(of: tokens, in: text)
        let language = Self.language(keys, declared: front.fields["language"])

        // Names first: digits inside a name are never read as numbers.
        var marks = EntityMarks(tokenCount: tokens.count)
        for paragraph in body.paragraphs {
            matcher.forEachMatch(in: text, tokens: tokens, keys: keys, range: paragraph) { marks.add($0) }
        }
        let mentions = mentionCounts(marks.matches)
        let lexiconEntityAt = marks.entityAt

        var sentences: [Range<Int>] = []
        var factSentences: [Range<Int>] = []
        // Room for a sentence per paragraph or per 16 tokens (news sentences run 20–25 tokens): growing was 0.5 %.
        let expectedSentences = max(body.paragraphs.count * 2, tokens.count / 16) + 8
        sentences.reserveCapacity(expectedSentences)
        // Most articles have no caption: their fact sentences are all the sentences, shared, not copied paragraph by paragraph.
        let hasCaptions = !body.captions.isEmpty
        if hasCaptions { factSentences.reserveCapacity(expectedSentences) }
        for (index, paragraph) in body.paragraphs.enumerated() {
            let first = sentences.count
            Sentences.split(text, tokens, paragraph, into: &sentences)
            if hasCaptions, !body.isCaption(index) { factSentences += sentences[first...] }
        }
        if !hasCaptions { factSentences = sentences }

        var subjects = Subjects(names: SubjectNames(known: subjectNames, text: text), categories: subjectCategories, makers: makers)
        markNames(in: factSentences, text: text, tokens: tokens, keys: keys, marks: &marks, subjects: &subjects)
        let headline = title.flatMap { title in
            // Names with a digit are products ("Z Fold 7"), whose maker the title may name.
            let companies = (subjectNames.count..<subjects.names.count).filter { subjects.categories[$0] == .company || subjects.categories[$0] == .organisation }
                .map { subjects.names[$0] }.filter { !$0.utf8.contains(where: ByteClass.isDigit) }
            return Headline.subject(of: title, matcher: matcher, categories: subjectCategories, makers: makers, companies: companies)
        }.map { subjects.index(of: $0) }

        let grammar = NumberGrammar(text: text, tokens: tokens, keys: keys, english: language == .english)
        let attribution = Attribution(text: text, tokens: tokens, keys: keys, entityAt: marks.entityAt, matches: marks.matches,
                                      matchAt: marks.matchAt, categories: subjects.categories, makers: subjects.makers,
                                      knownSubjects: subjectNames.count)
        var metadata = Metadata.read(front: front.fields, body: body, text: text, language: language)
        if let title { metadata.title = title }
        let datelineReader = DateReader(grammar: grammar, articleYear: nil)
        if metadata.date == nil { metadata.date = Metadata.dateline(body: body, reader: datelineReader) }
        let articleYear = metadata.date.flatMap { Int($0.prefix(4)) }
        let extractor = FactExtractor(grammar: grammar, dates: DateReader(grammar: grammar, articleYear: articleYear),
                                      attribution: attribution, entityNames: subjects.names,
                                      knownSubjects: subjectNames.count)
        let (facts, notKept) = Self.facts(of: factSentences, extractor: extractor, tokens: tokens, keys: keys, headline: headline)

        let words = tokens.reduce(0) { $0 + ($1.kind == .punct ? 0 : 1) }
        let unknown = UnknownNames.find(text: text, tokens: tokens, keys: keys, sentences: sentences, entityAt: lexiconEntityAt)
        return ArticleAnalysis(id: id, file: file, metadata: metadata, words: words, lead: Self.lead(text, tokens, body), mentions: mentions, facts: facts,
                               unknownNames: unknown, dropped: body.dropped, figuresNotKept: notKept)
    }

    /// Subjects beyond the lexicon: names it does not know ("Kakao Mobility") and demonyms ("Chinese" → China),
    /// marked for attribution only (the mentions are counted before). A name right after a model goes on with the
    /// model's name ("Galaxy Z Flip 7", "Pixel 9 Pro").
    private func markNames(in factSentences: [Range<Int>], text: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64],
                           marks: inout EntityMarks, subjects: inout Subjects) {
        let lexiconEntityAt = marks.entityAt
        let properNames = ProperNames(text: text, tokens: tokens, keys: keys)
        var nameIndex = NameIndex()
        let demonymCountries = demonymCountries
        var found: [ProperNames.Name] = []
        found.reserveCapacity(8)
        for sentence in factSentences {
            // "HONG KONG — …": a known place as the dateline; not a company in capitals ("SMIC, China's largest …").
            if let dateline = properNames.dateline(in: sentence),
               dateline.allSatisfy({ lexiconEntityAt[$0] < 0 || categories[Int(lexiconEntityAt[$0])] == .country }) {
                marks.unmark(dateline)
            }
            if !found.isEmpty { found.removeAll(keepingCapacity: true) }  // most sentences find none: no call then
            properNames.names(in: sentence, entityAt: marks.entityAt, into: &found)
            for name in found {
                let span = (tokens[name.tokens.lowerBound].start, tokens[name.tokens.upperBound - 1].end)
                let before = name.tokens.lowerBound - 1
                if name.category != .ignore, before >= sentence.lowerBound, tokens[name.tokens.lowerBound].spaceBefore,
                   lexiconEntityAt[before] >= 0, categories[Int(lexiconEntityAt[before])] == .model {
                    marks.add(EntityMatcher.Match(entity: Int(lexiconEntityAt[before]), tokens: name.tokens, start: span.0, end: span.1))
                    continue
                }
                // A product's name right after its maker is one product, named as written ("Honda WR-V", "OPPO Find X9").
                if before >= sentence.lowerBound, tokens[name.tokens.lowerBound].spaceBefore, lexiconEntityAt[before] >= 0,
                   marks.matchAt[before] >= 0, categories[Int(lexiconEntityAt[before])] == .company,
                   let product = properNames.product(after: marks.matches[Int(marks.matchAt[before])].tokens.lowerBound, name, in: sentence) {
                    let last = tokens[product.tokens.upperBound - 1]
                    marks.add(EntityMatcher.Match(entity: subjects.index(of: product, text: text, in: &nameIndex), tokens: product.tokens,
                                                  start: tokens[product.tokens.lowerBound].start, end: last.end))
                    continue
                }
                let index = subjects.index(of: name, text: text, in: &nameIndex)
                marks.add(EntityMatcher.Match(entity: index, tokens: name.tokens, start: span.0, end: span.1))
            }
            for t in sentence where marks.entityAt[t] < 0 {
                let country = demonymCountries[keys[t]]
                if country >= 0 {
                    marks.add(EntityMatcher.Match(entity: Int(country), tokens: t..<(t + 1), start: tokens[t].start, end: tokens[t].end))
                }
            }
        }
    }

    /// The facts of the article's sentences, at most `figureLimit`; past it the numbers are counted, not read.
    private static func facts(of sentences: [Range<Int>], extractor: FactExtractor, tokens: [Token], keys: [UInt64],
                              headline: Int?) -> ([Fact], notKept: Int) {
        var facts: [Fact] = []
        var discourse = Discourse()
        discourse.headline = headline
        var notKept = 0
        // A figure opens with a number or a starter word, as `FactExtractor.facts` reads them (a rule that opens figures
        // otherwise must be asked here too). The sentences after the last one that has either only tell the discourse
        // who is talked about, and no figure is left to ask it: they are not read (1 % of the extractor).
        let starters = Vocabulary.starters
        let read = sentences.lastIndex { $0.contains { tokens[$0].kind == .number || starters.contains(keys[$0]) } }.map { $0 + 1 } ?? 0
        for sentence in sentences[..<read] {
            guard facts.count < figureLimit else {
                notKept += sentence.reduce(0) { $0 + (tokens[$1].kind == .number ? 1 : 0) }
                continue
            }
            extractor.facts(in: sentence, discourse: &discourse, into: &facts)
        }
        if facts.count > figureLimit {
            notKept += facts.count - figureLimit
            facts.removeLast(facts.count - figureLimit)
        }
        return (facts, notKept)
    }

    /// Lexicon mentions per entity name. Counted over sorted entity indices, so a name is hashed once per
    /// article rather than once per mention.
    private func mentionCounts(_ matches: [EntityMatcher.Match]) -> [String: Int] {
        var mentions: [String: Int] = [:]
        var entities: [Int] = []
        entities.reserveCapacity(matches.count)  // one array, sorted in place: `map`, `filter` and `sorted` made four or five
        for match in matches where categories[match.entity] != .ignore { entities.append(match.entity) }
        entities.sort()
        var i = 0
        while i < entities.count {
            var j = i + 1
            while j < entities.count, entities[j] == entities[i] { j += 1 }
            mentions[names[entities[i]], default: 0] += j - i
            i = j
        }
        return mentions
    }

    /// The first eight words of the first paragraph that is not a caption, after any dateline
    /// ("JAKARTA, KOMPAS.com - "), source in brackets ("(CLO)") and leading punctuation: "Hanya beberapa tahun yang lalu, Tiongkok …".
    private static func lead(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ body: ArticleBody) -> String {
        guard let index = body.paragraphs.indices.first(where: { !body.isCaption($0) && body.paragraphs[$0].count >= 4 }) else { return "" }
        let paragraph = body.paragraphs[index]
        var start = paragraph.lowerBound
        for t in paragraph.prefix(12) where ByteClass.isDash(text, tokens[t]) && tokens[t].spaceBefore {
            start = t + 1
            while start < paragraph.upperBound, ByteClass.isDash(text, tokens[start]) { start += 1 }
            break
        }
        // A source in brackets opens some articles: "(CLO) Perusahaan rintisan …".
        if start < paragraph.upperBound, text[tokens[start].start] == UInt8(ascii: "("),
           let close = (start..<min(start + 6, paragraph.upperBound)).first(where: { text[tokens[$0].start] == UInt8(ascii: ")") }) {
            start = close + 1
        }
        while start < paragraph.upperBound, tokens[start].kind == .punct { start += 1 }
        guard start < paragraph.upperBound else { return "" }
        var words = 0
        var end = start
        while end < paragraph.upperBound, words < 8 {
            if tokens[end].kind != .punct { words += 1 }
            end += 1
        }
        let s = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[start].start..<tokens[end - 1].end]), as: UTF8.self)
        return end < paragraph.upperBound ? s + " …" : s
    }


    /// The front matter's `language:` when there is one; else English when English function words outnumber
    /// Indonesian ones in the first 2,000 tokens.
    private static func language(_ keys: [UInt64], declared: String?) -> ArticleLanguage {
        if let declared { return declared.lowercased().hasPrefix("en") ? .english : .indonesian }
        var balance = 0
        let stopwords = stopwordScores  // once, not a lazy-init check per token
        keys.withUnsafeBufferPointer { keys in
            for k in UnsafeBufferPointer(rebasing: keys.prefix(2000)) { balance += Int(stopwords[k]) }
        }
        return balance > 0 ? .english : .indonesian
    }

    /// −1 per Indonesian and +1 per English stopword (`Vocabulary.stopwordLanguage`), without a branch per word: a
    /// probing table's mispredictions made this loop 2.5 % of the extractor's time.
    private static let stopwordScores = WordValues(Vocabulary.indonesianStopwordList.map { (Vocabulary.key($0), -1) }
        + Vocabulary.englishStopwordList.map { (Vocabulary.key($0), 1) }, missing: 0)
}

/// Which entity each token belongs to, and the matches themselves, as names are found in an article.
private struct EntityMarks {
    /// Entity (subject) index per token, or -1.
    var entityAt: [Int32]
    /// Index into `matches` per token, or -1.
    var matchAt: [Int32]
    var matches: [EntityMatcher.Match] = []

    init(tokenCount: Int) {
        entityAt = [Int32](repeatElement(-1, count: tokenCount))  // see `WordCounts.init` on `repeatElement`
        matchAt = [Int32](repeatElement(-1, count: tokenCount))
        matches.reserveCapacity(tokenCount / 16 + 8)  // about what articles hold: growing from empty was 0.7 % of the extractor
    }

    mutating func add(_ m: EntityMatcher.Match) {
        let entity = Int32(m.entity), match = Int32(matches.count)
        // Each table asked once whether it is shared, not once per token (a match's tokens are the article's).
        entityAt.withUnsafeMutableBufferPointer { entityAt in
            matchAt.withUnsafeMutableBufferPointer { matchAt in
                for t in m.tokens {
                    entityAt[t] = entity
                    matchAt[t] = match
                }
            }
        }
        matches.append(m)
    }

    /// Takes the tokens out of attribution; the mentions were counted before.
    mutating func unmark(_ tokens: Range<Int>) {
        for t in tokens {
            entityAt[t] = -1
            matchAt[t] = -1
        }
    }
}

/// The names of an article's subjects by subject index: the analyzer's, then the ones found in the article. Kept
/// apart so that an article does not copy (and retain, then release) every lexicon name when it finds one of its own.
/// A found name is its bytes in the article: the string is made when a figure asks for it (most found names own no
/// figure, and making a string for each was 1 % of the extractor).
struct SubjectNames {
    let known: [String]
    private let text: UnsafeBufferPointer<UInt8>
    private(set) var found: [Range<Int>] = []
    /// A product only the title names ("Daihatsu Sigra" over a price list whose text lost it): the last subject.
    private(set) var headline: String?

    init(known: [String], text: UnsafeBufferPointer<UInt8>) {
        self.known = known
        self.text = text
    }

    var count: Int { known.count + found.count + (headline == nil ? 0 : 1) }

    subscript(index: Int) -> String {
        if index < known.count { return known[index] }
        if index - known.count < found.count { return String(decoding: UnsafeBufferPointer(rebasing: text[found[index - known.count]]), as: UTF8.self) }
        return headline!
    }

    /// Whether subject `index` is written with exactly these bytes.
    func isWritten(_ index: Int, as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= known.count, index - known.count < found.count else {
            var name = self[index]
            return name.withUTF8 { $0.elementsEqual(bytes) }
        }
        let range = found[index - known.count]
        return range.count == bytes.count && (bytes.isEmpty || memcmp(text.baseAddress! + range.lowerBound, bytes.baseAddress!, bytes.count) == 0)
    }

    /// Adds the title's product, after every name of the text.
    mutating func appendHeadline(_ name: String) { headline = name }

    /// Adds a name found in the article, written at `bytes` of its text.
    mutating func append(_ bytes: Range<Int>) {
        precondition(headline == nil, "the title's product comes after the text's names")
        if found.isEmpty { found.reserveCapacity(16) }
        found.append(bytes)
    }
}

/// The subjects of one article: the analyzer's (lexicon entities and makers), then the names found in it.
private struct Subjects {
    var names: SubjectNames
    var categories: [EntityCategory]
    var makers: [Int32]

    /// The subject index of a found name, adding it when new. A label ("Serie B") is an entry of its own owning
    /// nothing, whatever the same words are elsewhere; "Edwin" guessed a company, then seen speaking, is a person.
    mutating func index(of name: ProperNames.Name, text: UnsafeBufferPointer<UInt8>, in nameIndex: inout NameIndex) -> Int {
        let written = UnsafeBufferPointer(rebasing: text[name.written])
        let hash = WordKey.exact(written)  // once for the lookup and, for a new name, the entry
        let index = name.category == .ignore ? names.count : nameIndex.index(of: written, hash: hash, in: names) ?? names.count
        if index < names.count, name.category == .person, categories[index] == .company { categories[index] = .person }
        if index == names.count {
            // The first found name copies the analyzer's tables: with room for the names to come, so they are copied once.
            if names.found.isEmpty {
                categories.reserveCapacity(categories.count + 16)
                makers.reserveCapacity(makers.count + 16)
            }
            if name.category != .ignore { nameIndex.add(written, hash: hash, index) }
            names.append(name.written); categories.append(name.category); makers.append(-1)
        }
        return index
    }

    /// The subject index of the title's subject: a lexicon one as it is; a product under the text's name for it when
    /// the text writes it alike, else added.
    mutating func index(of headline: Headline.Subject) -> Int {
        switch headline {
        case .known(let index): return index
        case .product(let name, let maker):
            if let index = (names.known.count..<names.count).first(where: { names[$0] == name }) { return index }
            names.appendHeadline(name); categories.append(.model); makers.append(Int32(maker))
            return names.count - 1
        }
    }
}

/// Names found in one article → their subject index, by the hash of the name's bytes (a `[String: Int]` hashed
/// each name with SipHash and grew per article); a hit is compared byte for byte, so a hash clash only sends the
/// later name to `clashes`. Looked up by the bytes as written: the string is made only for a new name.
private struct NameIndex {
    private var byHash = WordCounts(capacity: 32)
    private var clashes: [String: Int] = [:]

    /// The index of the name written `name`, whose `WordKey.exact` is `hash`.
    func index(of name: UnsafeBufferPointer<UInt8>, hash: UInt64, in names: SubjectNames) -> Int? {
        if let i = byHash[hash], names.isWritten(Int(i), as: name) { return Int(i) }
        return clashes.isEmpty ? nil : clashes[String(decoding: name, as: UTF8.self)]
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ index: Int) {
        if byHash[hash] == nil { byHash.set(hash, Int32(index)) } else { clashes[String(decoding: bytes, as: UTF8.self)] = index }
    }
}
