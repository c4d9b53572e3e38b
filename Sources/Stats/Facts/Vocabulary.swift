/// Word lists of the number grammar, looked up by a hash of the lower-cased token so the scan never
/// builds strings. Indonesian and English side by side: articles mix them ("startup", "LLM").
enum Vocabulary {
    /// Hash of a token's bytes with ASCII letters lower-cased.
    @inline(__always)
    static func key(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        FNV1a.lowercasedHash(UnsafeBufferPointer(rebasing: text[token.start..<token.end]))
    }

    static func key(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { FNV1a.lowercasedHash($0) }
    }

    static func set(_ words: [String]) -> WordSet { WordSet(words.map(key)) }
    static func map<V>(_ pairs: [String: V]) -> WordTable<V> { WordTable(keyed(pairs)) }
    static func keyed<V>(_ pairs: [String: V]) -> [UInt64: V] {
        Dictionary(uniqueKeysWithValues: pairs.map { (key($0.key), $0.value) })
    }

    // MARK: Numbers

    /// Words that are numbers by themselves.
    static let units: WordTable<Double> = map(unitWords)
    static let unitWords: [String: Double] = [
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
        "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1e6, "semiliar": 1e9, "selusin": 12,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    /// Words that combine with the number before them: dua belas = 12, tiga puluh = 30, lima ratus = 500.
    static let belas = key("belas"), puluh = key("puluh"), ratus = key("ratus"), hundred = key("hundred")
    static let setengah = key("setengah"), separuh = key("separuh"), half = key("half"), lusin = key("lusin")
    static let an = key("an"), dash = key("-")
    static let salah = key("salah"), dari = key("dari"), of = key("of"), a = key("a")

    /// Multipliers after a number: 50 juta, 1,5 miliar, 2 billion.
    static let scales: WordTable<Double> = map([
        "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12, "trilyun": 1e12,
        // Misspellings seen in real news ("Rp1,996 triliyun", "Rp 1,8 trilun", "USD42,59 milir").
        "triliyun": 1e12, "trilun": 1e12, "trilliun": 1e12, "milir": 1e9, "miliyar": 1e9, "milliar": 1e9,
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12,
        "trillions": 1e12, "tn": 1e12,
    ])
    /// Scale letters only trusted right after money: "Rp 5 M", "$3T", "$20k".
    static let moneyScaleLetters: [UInt8: Double] = [UInt8(ascii: "k"): 1e3, UInt8(ascii: "K"): 1e3, UInt8(ascii: "M"): 1e6, UInt8(ascii: "B"): 1e9, UInt8(ascii: "T"): 1e12]

    /// Vague quantities: "ratusan" = hundreds → approx 100…999.
    static let vague: WordTable<Double> = map(vagueWords)
    static let vagueWords: [String: Double] = [
        "puluhan": 10, "tens": 10, "belasan": 11, "ratusan": 100, "ribuan": 1e3, "jutaan": 1e6, "miliaran": 1e9, "milyaran": 1e9, "triliunan": 1e12,
        "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    ]

    // MARK: Bounds (phrases written before the number, as lower-case words)

    static let boundPhrases: [([UInt64], Bound)] = boundPhraseWords.map { ($0.0.map(key), $0.1) }
    /// The words bound phrases end with, to skip the phrase list at once.
    static let boundLastWords = WordSet(boundPhrases.map { $0.0[$0.0.count - 1] })
    private static let boundPhraseWords: [([String], Bound)] = [
        // Negated forms first: "tidak lebih dari" is an upper bound (the schema has no at_most; less_than is nearest).
        (["tidak", "boleh", "lebih", "dari"], .lessThan), (["tak", "boleh", "lebih", "dari"], .lessThan), (["tak", "lebih", "dari"], .lessThan),
        (["tidak", "lebih", "dari"], .lessThan), (["tidak", "melebihi"], .lessThan), (["tidak", "lebih", "daripada"], .lessThan),
        (["tidak", "kurang", "dari"], .atLeast), (["maksimal"], .lessThan), (["maksimum"], .lessThan), (["paling", "banyak"], .lessThan),
        (["sebanyak", "-", "banyaknya"], .lessThan), (["at", "most"], .lessThan), (["no", "more", "than"], .lessThan), (["up", "to"], .lessThan),
        (["as", "much", "as"], .lessThan), (["as", "many", "as"], .lessThan),
        (["setidaknya"], .atLeast), (["sedikitnya"], .atLeast), (["minimal"], .atLeast), (["paling", "sedikit"], .atLeast),
        (["sekurang", "-", "kurangnya"], .atLeast), (["sekurangnya"], .atLeast), (["at", "least"], .atLeast),
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["lebih", "dari"], .moreThan), (["lebih", "daripada"], .moreThan), (["di", "atas"], .moreThan), (["melebihi"], .moreThan),
        (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["upwards", "of"], .moreThan),
        (["in", "excess", "of"], .moreThan),
        (["kurang", "dari"], .lessThan), (["di", "bawah"], .lessThan), (["less", "than"], .lessThan),
        (["fewer", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
        (["sekitar"], .approx), (["hampir"], .approx), (["kira", "-", "kira"], .approx), (["kurang", "lebih"], .approx),
        (["sekira"], .approx), (["lebih", "kurang"], .approx), (["nyaris"], .approx), (["kisaran"], .approx),
        (["about"], .approx), (["around"], .approx), (["nearly"], .approx), (["almost"], .approx),
        (["approximately"], .approx), (["roughly"], .approx), (["an", "estimated"], .approx), (["estimasi"], .approx),
        (["some"], .approx), (["~"], .approx),
        // Offers and thresholds: "mulai Rp 8 juta", "starting at $699", "menembus Rp 5 triliun", "surpassed $5 billion".
        (["mulai", "dari"], .atLeast), (["mulai"], .atLeast), (["starting", "at"], .atLeast), (["starting", "from"], .atLeast),
        (["starts", "at"], .atLeast), (["menembus"], .moreThan), (["tembus"], .moreThan), (["surpassed"], .moreThan),
        (["surpassing"], .moreThan), (["melampaui"], .moreThan), (["melewati"], .moreThan), (["exceeded"], .moreThan), (["exceeding"], .moreThan), (["topped"], .moreThan), (["top"], .moreThan), (["tops"], .moreThan),
        // "cashback hingga Rp 3 juta": an upper limit (FactExtractor keeps a figure after a verb of change exact).
        (["hingga"], .lessThan), (["sampai"], .lessThan),
    ]
    /// "hingga"/"sampai" after these is how far a change went, not a limit: "tumbuh hingga 8 persen".
    static let untilWords = set(["hingga", "sampai"])
    /// Transitive verbs of change: "meningkatkan efisiensi hingga 30 persen".
    static let changeVerbs = set(["mengurangi", "memangkas", "meningkatkan", "menaikkan", "menurunkan", "menekan", "menambah",
                                  "mempercepat", "menghemat", "melipatgandakan", "reduce", "reduces", "reduced", "cut", "cuts",
                                  "boost", "boosts", "boosted", "raise", "lower", "lowered", "improve", "improves", "improved",
                                  "pengurangan", "mencatat", "mencatatkan", "membukukan", "menggelontorkan", "meraup", "menelan",
                                  "menghabiskan", "mengucurkan", "recorded", "posted", "berkontribusi", "menyumbang", "ditingkatkan",
                                  "diturunkan", "dipangkas", "dikurangi", "contributed", "contributes"])
    /// Words that may stand between a bound and its figure: "minimal sebesar", "mulai dengan harga".
    static let boundFillers = set(["sebesar", "senilai", "sejumlah", "harga", "dengan", "seharga"])
    static let minus = key("minus"), at = key("at"), least = key("least")

    /// Words joining the two ends of a range: "dua hingga tiga", "10-20", "2 to 3".
    static let rangeJoiners = set(["hingga", "sampai", "to", "-", "–", "—"])
    static let antara = key("antara"), between = key("between"), dan = key("dan"), and = key("and")

    // MARK: Units

    static let tokenWords = set(["token", "tokens"])
    static let percentWords = set(["persen", "percent", "%", "pct", "persentase"])
    static let perCent = (key("per"), key("cent"))
    /// Words that make a number a count of AI models.
    static let modelWords = set(["model", "models", "llm", "llms"])
    /// Words between a number and a model word: "40 large language models", "12 AI models".
    static let modelAdjectives = set(["large", "language", "ai", "generative", "foundation", "frontier", "reasoning", "-", "such", "open", "source", "new", "scale",
                                      "notable", "major", "advanced", "domestic", "chinese", "american", "multimodal", "proprietary",
                                      "commercial", "registered", "approved", "different", "other", "base"])
    /// A model word after these is an AI model whatever the rest of the sentence says: "79 large-language models".
    static let aiModelAdjectives = set(["language", "ai", "generative", "foundation", "frontier", "reasoning", "source"])
    static let bahasa = key("bahasa"), besar = key("besar")
    /// "model bisnis" is a business model, not an AI model.
    static let notAIModel = set(["bisnis", "usaha", "ekonomi", "pembiayaan", "mobil", "kendaraan", "motor", "rumah", "baju", "pakaian", "busana", "ponsel", "hp", "smartphone", "produk", "kebijakan", "pembelajaran"])
    /// A model count needs the sentence to be about AI: "79 model kecerdasan buatan", "200 LLM".
    /// Words that make "token" a crypto coin rather than a unit of AI model usage.
    static let free = key("free")
    /// Words between an amount and the role named after it: "$600 billion in market value".
    static let roleLinks = set(["in", "of"])
    static let cryptoContext = set(["kripto", "crypto", "cryptocurrency", "koin", "coin", "coins", "blockchain", "nft", "bitcoin", "btc", "ethereum", "airdrop", "memecoin", "altcoin"])
    static let aiContext = set(["ai", "kecerdasan", "llm", "llms", "chatbot", "generatif", "generative", "artificial", "intelligence", "gpt", "bahasa", "language", "machine", "learning", "foundation", "dasar"])

    /// Durations, in months.
    static let durationWords: WordTable<Double> = map([
        "tahun": 12, "years": 12, "year": 12, "bulan": 1, "months": 1, "month": 1,
        "minggu": 12.0 / 52.0, "pekan": 12.0 / 52.0, "weeks": 12.0 / 52.0, "week": 12.0 / 52.0,
        "hari": 12.0 / 365.0, "days": 12.0 / 365.0, "day": 12.0 / 365.0,
    ])
    /// "setahun" = one year, "sebulan" = one month.
    static let oneDuration: WordTable<Double> = map(["setahun": 12, "sebulan": 1, "seminggu": 12.0 / 52.0, "sepekan": 12.0 / 52.0, "sehari": 12.0 / 365.0])

    /// Nouns whose number is a `count` fact: people, companies, places, things that are counted.
    static let countNouns = set([
        "orang", "jiwa", "warga", "penduduk", "pekerja", "karyawan", "pegawai", "staf", "anggota", "pengguna", "pelanggan",
        "peneliti", "ilmuwan", "insinyur", "mahasiswa", "siswa", "pelajar", "dosen", "guru", "pengembang", "developer",
        "perusahaan", "startup", "start-up", "firma", "bank", "negara", "provinsi", "wilayah", "kota", "kabupaten", "desa",
        "universitas", "kampus", "sekolah", "lembaga", "institusi", "organisasi", "pabrik", "toko", "gerai", "cabang",
        "unit", "chip", "cip", "gpu", "server", "pusat", "parameter", "aplikasi", "produk", "proyek", "paten", "makalah",
        "artikel", "laporan", "kasus", "pasien", "korban", "kendaraan", "mobil", "motor", "pesawat", "kapal", "rumah",
        "people", "persons", "employees", "workers", "staff", "members", "users", "customers", "researchers", "scientists",
        "engineers", "students", "developers", "companies", "firms", "startups", "countries", "provinces", "cities",
        "universities", "chips", "gpus", "servers", "parameters", "apps", "applications", "products", "projects", "patents",
        "papers", "cases", "patients", "vehicles", "cars",
        "perangkat", "ponsel", "gawai", "akun", "unduhan", "tablet", "komputer", "laptop", "notebook", "televisi",
        "tablets", "computers", "laptops", "pcs",
        "units", "devices", "smartphones", "phones", "accounts", "downloads", "subscribers", "stores", "factories", "branches",
        "banks", "schools", "institutions", "organisations", "organizations", "reports", "articles", "victims", "jobs",
    ])
    /// Hardware counted after a maker's and a model's names: "2,000 Nvidia H800 chips", "10,000 Huawei Ascend GPUs".
    static let hardwareNouns = set(["chips", "chip", "gpus", "gpu", "processors", "accelerators", "servers", "phones", "smartphones",
                                    "units", "devices"])
    /// English words between a number and its counted noun: "500 million weekly active users".
    static let countAdjectives = set(["weekly", "monthly", "daily", "active", "new", "paying", "registered", "full-time", "unique"])
    /// The counted noun may be a word after the number or one of "di antaranya" forms: "23 di antaranya".
    static let diAntaranya = (key("di"), key("antaranya"))

    // MARK: Money

    /// Currency symbols and codes written before the amount.
    static let currencyBefore: WordTable<String> = map(currencyBeforeWords)
    static let currencyBeforeWords: [String: String] = [
        "$": "USD", "usd": "USD", "us$": "USD", "rp": "IDR", "idr": "IDR", "rmb": "CNY", "cny": "CNY", "€": "EUR", "eur": "EUR",
        "£": "GBP", "gbp": "GBP", "₩": "KRW", "krw": "KRW", "₹": "INR", "inr": "INR", "jpy": "JPY", "sgd": "SGD", "hkd": "HKD",
        "rm": "MYR", "myr": "MYR", "aud": "AUD", "twd": "TWD",
    ]
    /// Letters glued before "$": US$, S$, HK$, A$, NT$.
    static let dollarPrefixes: WordTable<String> = map(dollarPrefixWords)
    static let dollarPrefixWords: [String: String] = ["us": "USD", "s": "SGD", "hk": "HKD", "a": "AUD", "nt": "TWD", "c": "CAD"]
    static let yen = key("¥")
    /// Currency words written after the amount: "4 triliun dollar AS", "10 miliar yuan".
    static let currencyAfter: WordTable<String> = map([
        "dolar": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "rupiah": "IDR", "yuan": "CNY", "renminbi": "CNY",
        "rmb": "CNY", "won": "KRW", "euro": "EUR", "euros": "EUR", "yen": "JPY", "pound": "GBP", "poundsterling": "GBP",
        "sterling": "GBP", "ringgit": "MYR", "baht": "THB", "rupee": "INR", "rupees": "INR", "peso": "PHP", "dong": "VND",
    ])
    /// "dolar Singapura" is SGD, not USD.
    static let dollarCountries: WordTable<String> = map([
        "singapura": "SGD", "singapore": "SGD", "hong": "HKD", "australia": "AUD", "taiwan": "TWD", "kanada": "CAD", "canada": "CAD",
    ])

    // MARK: Roles of money

    static let roleCues: WordTable<MoneyRole> = map([
        "biaya": .cost, "biayanya": .cost, "ongkos": .cost, "cost": .cost, "costs": .cost, "menelan": .cost, "menghabiskan": .cost, "spent": .cost,
        "spend": .cost, "spends": .cost, "spending": .cost,
        "valuasi": .valuation, "valuasinya": .valuation, "valuation": .valuation, "valued": .valuation, "dinilai": .valuation,
        "valuing": .valuation, "values": .valuation, "worth": .valuation,
        "kapitalisasi": .marketValue, "capitalization": .marketValue, "capitalisation": .marketValue, "cap": .marketValue,
        "pendapatan": .revenue, "pendapatannya": .revenue, "penjualan": .revenue, "omzet": .revenue, "revenue": .revenue, "sales": .revenue,
        "investasi": .investment, "berinvestasi": .investment, "menginvestasikan": .investment, "investment": .investment,
        "invest": .investment, "invested": .investment, "menanamkan": .investment,
        "pledged": .investment, "pledge": .investment, "committed": .investment,
        "pendanaan": .funding, "funding": .funding, "raised": .funding, "raise": .funding, "raising": .funding, "raises": .funding,
        "menggalang": .funding,
        "menghimpun": .funding, "mengumpulkan": .funding, "round": .funding,
        "rugi": .loss, "kerugian": .loss, "kerugiannya": .loss, "merugi": .loss, "loss": .loss, "losses": .loss, "losing": .loss, "loses": .loss,
        "laba": .profit, "labanya": .profit, "keuntungan": .profit, "keuntungannya": .profit, "profit": .profit,
        "harga": .price, "price": .price, "tarif": .price, "dibanderol": .price, "seharga": .price, "banderol": .price, "priced": .price,
        "charges": .price, "charge": .price, "charged": .price, "charging": .price,
        "anggaran": .budget, "belanja": .budget, "budget": .budget, "capex": .budget, "expenditure": .budget, "expenditures": .budget,
        "kekayaan": .wealth, "kekayaannya": .wealth, "harta": .wealth, "fortune": .wealth, "wealth": .wealth,
        "denda": .fine, "didenda": .fine, "fine": .fine, "fined": .fine, "penalty": .fine,
        "gaji": .salary, "gajinya": .salary, "upah": .salary, "salary": .salary, "salaries": .salary, "wage": .salary, "wages": .salary,
        "subsidi": .subsidy, "subsidy": .subsidy, "subsidies": .subsidy, "hibah": .subsidy, "grant": .subsidy, "grants": .subsidy,
        "pajak": .tax, "bea": .tax, "cukai": .tax, "ppn": .tax, "ppnbm": .tax, "tax": .tax, "taxes": .tax,
        "ekspor": .export, "export": .export, "exports": .export, "impor": .import, "import": .import, "imports": .import,
    ])
    static let trainingCues = set(["pelatihan", "pelatihannya", "melatih", "dilatih", "training", "train", "trained"])
    /// Verbs of training a model, whose price may follow: "trained … for $5.6 million".
    static let trainingVerbs = set(["melatih", "dilatih", "train", "trained", "trains"])
    static let worth = key("worth")
    static let nilai = key("nilai"), pasar = key("pasar"), pasarnya = key("pasarnya"), market = key("market"), value = key("value")

    // MARK: Dates

    static let months: WordTable<Int> = map(monthWords)
    static let monthWords: [String: Int] = [
        "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
        "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8, "sep": 9, "sept": 9,
        "okt": 10, "nov": 11, "des": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
        "aug": 8, "oct": 10, "dec": 12,
    ]
    /// Words after which a bare year is a date: "pada 2016", "sejak 2020", "in 2030".
    static let yearLeads = set(["pada", "tahun", "sejak", "hingga", "sampai", "jelang", "menjelang", "in", "since", "by", "until"])

    // MARK: Clauses

    /// A clause that starts with one of these comes before the main clause: "Untuk pengguna …, Baidu …".
    static let frontedStarts = set([
        "untuk", "dalam", "pada", "di", "menurut", "ketika", "saat", "setelah", "sebelum", "sejak", "meskipun", "meski",
        "walaupun", "walau", "jika", "kalau", "apabila", "karena", "sementara", "bagi", "dengan", "selain", "namun", "tetapi",
        "akan", "sebagai", "seperti", "dari", "sedangkan", "adapun", "berdasarkan", "mengacu",
        "for", "in", "on", "at", "when", "after", "before", "since", "although", "though", "if", "while", "according",
        "despite", "as", "with", "by", "however", "but", "from", "based",
    ])
    /// Words that start another phrase: an owner is never looked for past them ("$2 juta dan pendapatan Baidu").
    static let joiners = set(["dan", "serta", "atau", "sedangkan", "namun", "tetapi", "yang", "untuk", "and", "or", "but", "while", "which", "for"])
    /// A clause that starts with one of these describes the noun before it: "Baichuan, yang didukung …".
    static let relativeStarts = set(["yang", "which", "who", "whose", "where", "whom"])
    /// Participles opening a phrase set off by commas that describes the name before it: "The start-up, founded by
    /// Yang Zhilin in 2023, raised …", "Startup itu, didukung Alibaba, …". The name inside is no subject.
    static let participleStarts = set(["founded", "backed", "led", "owned", "headed", "run", "controlled", "funded",
                                       "didirikan", "didukung", "dipimpin", "dimiliki", "dikendalikan"])
    /// Words opening a trailing clause of change: "…, while Alibaba spent 24.6 billion yuan, up 121%".
    static let trailingChanges = set(["up", "down", "naik", "turun", "rising", "falling", "meningkat", "menurun"])
    /// Words joining names into one phrase: "Alibaba dan Tencent".
    static let nameJoiners = set(["dan", "serta", "atau", "and", "or", ",", "&"])
    /// An entity right after these is not the one acting: "bermigrasi dari OpenAI", "didukung oleh Alibaba".
    static let objectPrepositions = set(["pendiri", "founder", "asal", "dari", "oleh", "di", "melalui", "via", "through", "ke", "kepada", "dengan", "seperti", "terhadap", "atas", "antara", "daripada", "dibandingkan", "versus", "vs", "from", "by", "to", "with", "like", "than", "against", "between", "on"])

    /// Words that make a clause imagined or forbidden: "jangan bikin 100 produk", "imagine 1,000 agents".
    static let hypotheticals = set(["jangan", "seandainya", "andaikan", "andaikata", "bayangkan", "misalkan", "imagine", "suppose", "supposing"])
    /// Words in a relative clause that make its figure the head's: "yang memegang 55 persen", "whose".
    static let ownershipWords = set(["whose", "memegang", "memiliki", "menguasai", "mengantongi", "holds", "owns", "own"])
    /// Words joining two clauses that may each have their own subject.
    static let coordinators = set(["dan", "serta", "sementara", "sedangkan", "tetapi", "namun", "and", "while", "whereas", "but"])
    /// Words that cite a source: the name after them reports a figure, it does not own it.
    static let sourceCues = set(["menurut", "mengutip", "dikutip", "dilansir", "melansir", "lansir", "riset", "survei", "according",
                                 "citing", "cited", "research", "survey", "analyst", "analis", "tracker"])
    /// Verbs of saying: a person next to one is a source, not an owner.
    static let speechVerbs = set(["mengatakan", "kata", "ujar", "menjabarkan", "memaparkan", "papar", "menerangkan", "mengungkap", "ujarnya", "katanya", "menuturkan", "tutur", "menjelaskan", "menyebut",
                                  "menyebutkan", "mengungkapkan", "menilai", "memperkirakan", "said", "says", "told", "added", "noted", "explained", "estimated"])
    /// Prepositions that put a name after a figure: recipient ("ke Zhipu", "into") or place ("di China", "in").
    static let afterPrepositions = set(["ke", "kepada", "into", "di", "in"])
    static let recipientPrepositions = set(["ke", "kepada", "into"])

    /// Words between an amount and the same amount in another currency: "atau sekitar", "(setara", "or about".
    static let equivalentLinks = set(["(", "atau", "setara", "dengan", "sekitar", "kira", "-", "or", "about", "around", "roughly", "approximately", "/", "~", "sekira", "hampir", "nearly"])
    /// Words before an exchange rate: "kurs Rp 16.314".
    static let rateWords = set(["kurs", "rate"])
    static let perWord = key("per"), the = key("the"), yang = key("yang")
    /// "dua perusahaan ini/tersebut": a count that points back.
    static let demonstrativesAfter = set(["ini", "itu", "tersebut", "these", "those"])
    /// Nouns whose small word-counts name a pair or trio already mentioned: "dua negara", "tiga perusahaan".
    static let pairNouns = set(["negara", "perusahaan", "raksasa", "countries", "companies", "nations", "superpowers", "pihak"])

    // MARK: Language

    /// +1 for an English function word, −1 for an Indonesian one.
    static let stopwordLanguage = WordTable<Int>(keyed(Dictionary(uniqueKeysWithValues:
        indonesianStopwordList.map { ($0, -1) } + englishStopwordList.map { ($0, 1) })))
    static let indonesianStopwordList: [String] = ["yang", "dan", "di", "dengan", "untuk", "ini", "itu", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "karena", "adalah", "bahwa", "telah", "oleh", "sebagai"]
    static let englishStopwordList: [String] = ["the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "its", "by", "were", "be", "has", "have", "from", "this", "which"]
}

extension Vocabulary {
    /// Rank labels are not counts: "top 10", "peringkat 1", "nomor 2", "10 besar".
    static let rankWords = set(["top", "peringkat", "nomor", "no", "ranking", "rank", "urutan", "posisi", "juara", "pasal", "ayat", "bab", "halaman", "edisi", "versi", "version", "seri", "series", "generasi", "gen"])
    /// Words before a figure given only for comparison: "dibandingkan dengan ratusan juta dolar".
    static let comparisons = set(["dibandingkan", "dibanding", "daripada", "than", "versus", "vs", "ketimbang"])
    static let rankAfter = set(["besar", "teratas", "terbaik", "terbesar"])
}

extension Vocabulary {
    /// Words that can open a fact: number words, vague amounts, months, currencies. Every other word is
    /// skipped at once, which keeps the scan fast.
    static let starters: WordSet = {
        var words: [String] = Array(unitWords.keys) + Array(vagueWords.keys) + Array(monthWords.keys)
        words += Array(currencyBeforeWords.keys) + Array(dollarPrefixWords.keys)
        let special: [UInt64] = [setengah, separuh, half, a, yen, key("seperempat"), key("sepertiga"), key("seperlima"), key("sepersepuluh")]
        return WordSet(words.map(key) + special)
    }()
}
