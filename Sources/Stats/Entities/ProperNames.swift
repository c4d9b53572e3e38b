/// Proper-name phrases the lexicon does not know (Samsung, OPPO, "PT Telkom Indonesia Tbk", "Gubernur
/// Dedi Mulyadi"), found so a figure can name its owner. They become subjects under the name as
/// written; the mentions chart stays lexicon-based, so they are kept apart from lexicon matches.
///
/// Demonyms ("Chinese", "American") are found here too: they stand for their country as a subject.
struct ProperNames {
    /// One name: its tokens, the name as written (title dropped) and a category guess.
    struct Name {
        var tokens: Range<Int>
        var name: String
        var category: EntityCategory
    }

    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let keys: [UInt64]

    /// Names in `sentence` outside lexicon matches (`entityAt` < 0), left to right.
    func names(in sentence: Range<Int>, entityAt: [Int32]) -> [Name] {
        guard !isHeadline(sentence) else { return [] }
        var found: [Name] = []
        var t = sentence.lowerBound
        while t < sentence.upperBound {
            guard entityAt[t] < 0, isNameWord(t), !Self.notNames.contains(keys[t]), Vocabulary.months[keys[t]] == nil else {
                t += 1
                continue
            }
            var end = t + 1
            while end < sentence.upperBound, entityAt[end] < 0, tokens[end].spaceBefore {
                if isNameWord(end) || isCodeAfterName(end), !Self.notNames.contains(keys[end]) || Self.companyForms.contains(keys[end]) {
                    end += 1
                } else if Self.connectors.contains(keys[end]), end + 1 < sentence.upperBound, isNameWord(end + 1), entityAt[end + 1] < 0 {
                    end += 2
                } else { break }
            }
            var first = t
            var category: EntityCategory?
            // "Gubernur Dedi Mulyadi", "CEO Lisa Su": the title says a person and is not part of the name.
            while first < end - 1, Self.titles.contains(keys[first]) { first += 1; category = .person }
            if first > sentence.lowerBound, Self.titles.contains(keys[first - 1]) { category = .person }
            // A company form closes the name: "Inc", "Tbk", "Group"; "PT" opens it.
            if (first..<end).contains(where: { Self.companyForms.contains(keys[$0]) }) || keys[first] == Self.pt { category = .company }
            if category == nil, Self.organisationWords.contains(keys[first]) { category = .organisation }
            let single = end - first == 1
            // After a dash, bracket or quote a lone capital opens a phrase ("-- Robot bedah …", "(Earnings per Share)").
            let opensSentence = (sentence.lowerBound..<first).allSatisfy { tokens[$0].kind == .punct }
                || (first > sentence.lowerBound && tokens[first - 1].kind == .punct && text[tokens[first - 1].start] != 0x2C)
            let short = single && tokens[first].end - tokens[first].start <= 2
            if !(single && opensSentence && category == nil), !short, !Self.titles.contains(keys[first]) || !single {
                let name = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[first].start..<tokens[end - 1].end]), as: UTF8.self)
                found.append(Name(tokens: first..<end, name: name, category: category ?? guess(first..<end)))
            }
            t = end
        }
        return found
    }

    /// Two or three title-case words read as a person ("Larry Page"); anything else as a company.
    private func guess(_ range: Range<Int>) -> EntityCategory {
        guard range.count >= 2, range.count <= 3 else { return .company }
        let titleCase = range.allSatisfy { t in
            let token = tokens[t]
            return token.kind == .word && token.end - token.start >= 2 && !ByteClass.isUpperASCII(text[token.start + 1])
        }
        return titleCase ? .person : .company
    }

    private func isNameWord(_ t: Int) -> Bool {
        let token = tokens[t]
        return token.kind == .word && ByteClass.isUpperASCII(text[token.start]) && Vocabulary.currencyBefore[keys[t]] == nil
            && Vocabulary.currencyAfter[keys[t]] == nil && Vocabulary.dollarPrefixes[keys[t]] == nil && !Vocabulary.starters.contains(keys[t]) && Self.demonyms[keys[t]] == nil
    }

    /// "Galaxy A50s", "Realme C3": a code right after a name word belongs to it.
    private func isCodeAfterName(_ t: Int) -> Bool { tokens[t].kind == .code && ByteClass.isUpperASCII(text[tokens[t].start]) }

    /// A sentence in headline case (most words capitalised) has no telling capitals.
    private func isHeadline(_ sentence: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        for t in sentence where tokens[t].kind == .word {
            words += 1
            if ByteClass.isUpperASCII(text[tokens[t].start]) { capitals += 1 }
        }
        return words >= 4 && capitals * 10 >= words * 7
    }

    static let pt = Vocabulary.key("PT")
    static let connectors = Vocabulary.set(["bin", "binti", "van", "de", "der", "von", "&", "al"])
    static let companyForms = Vocabulary.set(["inc", "corp", "corporation", "co", "ltd", "limited", "tbk", "group", "holdings", "holding", "llc", "plc", "ag", "sa", "technologies", "technology", "labs", "capital", "ventures", "electronics", "motors", "pt"])
    static let titles = Vocabulary.set([
        "ceo", "cto", "cfo", "presiden", "wakil", "menteri", "gubernur", "bupati", "walikota", "direktur", "dirut", "ketua",
        "pendiri", "founder", "chairman", "president", "minister", "governor", "director", "chief", "senator", "analis", "analyst",
        "profesor", "professor", "prof", "dr", "mr", "mrs", "ms", "pak", "bu", "bapak", "ibu",
    ])
    static let organisationWords = Vocabulary.set([
        "kementerian", "badan", "komisi", "dewan", "otoritas", "lembaga", "departemen", "universitas", "institut", "pemerintah",
        "pemprov", "pemkot", "pemkab", "bank", "ministry", "department", "commission", "council", "authority", "university", "institute", "agency",
    ])
    /// Capitalised words that are not names: function words, weekdays, units, common acronyms of things.
    static let notNames = Vocabulary.set([
        "namun", "dalam", "pada", "di", "menurut", "ketika", "saat", "setelah", "sebelum", "sejak", "meskipun", "meski",
        "untuk", "dengan", "selain", "sementara", "dan", "atau", "tetapi", "ini", "itu", "hal", "ia", "dia", "mereka", "kami",
        "kita", "saya", "sebuah", "para", "bahkan", "jika", "karena", "yang", "ada", "dari", "ke", "oleh", "baca", "juga",
        "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "this", "that", "it", "its", "he", "she", "they", "we", "i",
        "his", "her", "their", "our", "as", "by", "of", "to", "with", "from", "after", "before", "while", "when", "if",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "wib", "wit", "wita", "ai", "a.i", "llm", "llms", "gpu", "gpus", "cpu", "api", "vpn", "ipo", "pdb",
        "gdp", "ram", "rom", "gb", "tb", "mb", "mah", "hz", "usb", "nfc", "ui", "ux", "hp", "ponsel", "smartphone", "foto",
        "ilustrasi", "dok", "sumber", "kompas.com", "kompas", "kecerdasan", "buatan", "artificial", "intelligence", "sebanyak",
        "tahun", "bulan", "pekan", "hari", "kini", "adapun", "sedangkan", "selanjutnya", "sebelumnya", "kemudian", "lalu",
        "tak", "tidak", "bukan", "perusahaan", "pihak", "total", "harga", "persen", "rp", "us", "apakah", "bagaimana", "mengapa",
        "kenapa", "apa", "siapa", "tapi", "sehingga", "maka", "agar", "supaya", "yakni", "yaitu", "seperti", "antara", "hingga",
        "sampai", "terkait", "berdasarkan", "sebagai", "bagi", "tahun", "there", "these", "those", "what", "which", "who",
        "how", "why", "according", "however", "also", "yet", "so", "not", "no", "one", "new", "pro", "max", "plus", "ultra", "mini", "lite",
        "gratis", "free", "promo", "diskon", "cashback", "varian", "rata", "indeks", "index", "ekonomi", "pasar",
    ])

    /// Nationality words that stand for their country as a subject ("Chinese firms", "perusahaan asal Negeri").
    static let demonyms: WordTable<String> = Vocabulary.map([
        "chinese": Rivals.china, "american": Rivals.unitedStates, "americans": Rivals.unitedStates, "japanese": "Japan",
        "korean": "South Korea", "indonesian": "Indonesia", "taiwanese": "Taiwan", "british": "United Kingdom",
        "french": "France", "german": "Germany", "indian": "India", "russian": "Russia", "singaporean": "Singapore",
        "european": "European Union", "malaysian": "Malaysia", "vietnamese": "Vietnam",
    ])
}
