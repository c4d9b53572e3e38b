/// What a money amount is. The raw values are the `role` strings of stats.json (output-schema.md);
/// `Fact.role` keeps the string so the file format does not change with the Swift type.
public enum MoneyRole: String, Sendable, CaseIterable {
    case cost
    case trainingCost = "training_cost"
    case valuation
    case marketValue = "market_value"
    case revenue, investment, loss, profit, price, budget
    case wealth, funding, fine, salary, subsidy, tax, export, `import`
}

/// What a percentage is: a change over time, a share of a whole, a rate, a discount, or growth.
public enum PercentRole: String, Sendable, CaseIterable {
    case change, share, rate, discount, growth
}

/// Which way a change went. The value stays as written ("merosot 10 persen" is 10, down); only a minus
/// sign in the text makes a value negative.
public enum Direction: String, Codable, Sendable {
    case up, down
}

extension Fact {
    public var moneyRole: MoneyRole? { kind == .money ? role.flatMap(MoneyRole.init) : nil }
    public var percentRole: PercentRole? { kind == .percent ? role.flatMap(PercentRole.init) : nil }
}

/// Reads what a percentage measures from the words around it: the nearest cue in the few words before
/// it in its clause, else the word right after it ("10 persen saham", "a 20% discount").
struct PercentRoles {
    let keys: [UInt64]

    func read(_ quantity: Range<Int>, in clause: Range<Int>) -> (role: PercentRole?, direction: Direction?) {
        var t = quantity.lowerBound - 1
        // "cut the price of its Ernie 4.5 model by 80%": "by" sizes a change whose verb may be far back, and the verb
        // outranks the noun that changed ("lowered its key rate by 0.25%"). Indonesian "sebesar" names any amount
        // ("kontribusi terhadap PDB sebesar 55,79%"), so it does not count.
        let sized = t >= clause.lowerBound && Self.changeSize.contains(keys[t])
        // "naik menjadi 15 persen", "rose to 15% from 12%", "to a level of 3%": the level reached or left, not the
        // size of the change; what it is a level of may be named before the verb ("pangsa pasar Huawei naik menjadi
        // 15 persen").
        let levelOf = t > clause.lowerBound && keys[t] == Vocabulary.of && keys[t - 1] == Self.levelWord
        let level = t >= clause.lowerBound && (Self.levelLinks.contains(keys[t]) || levelOf)
        // A level reached may be of a measure named further back: "pangsa pasar Apple di China turun menjadi 15 persen".
        let stop = max(clause.lowerBound, quantity.lowerBound - (sized ? 14 : level ? 10 : 6))
        var nearest: Cue?
        while t >= stop {
            if let cue = Self.cues[keys[t]], !(level && cue.role == .change) {
                // A growth rate reached ("pertumbuhan … melorot jadi 3,58 persen") is a level: no direction.
                if level, cue.role == .growth { return (.growth, nil) }
                if !sized || cue.direction != nil { return cue }
                nearest = nearest ?? cue
            }
            t -= 1
        }
        if let nearest { return nearest }
        var k = quantity.upperBound
        let end = min(clause.upperBound, quantity.upperBound + 2)
        while k < end {
            if let cue = Self.after[keys[k]] { return cue }
            k += 1
        }
        return (nil, nil)
    }

    typealias Cue = (role: PercentRole?, direction: Direction?)
    private static let up: Cue = (.change, .up), down: Cue = (.change, .down), grow: Cue = (.growth, .up)
    private static let share: Cue = (.share, nil), rate: Cue = (.rate, nil), discount: Cue = (.discount, nil)

    static let cues: WordTable<Cue> = Vocabulary.map([
        "naik": up, "kenaikan": up, "meningkat": up, "peningkatan": up, "melonjak": up, "lonjakan": up, "menguat": up,
        "bertambah": up, "melesat": up, "meroket": up, "terkerek": up, "rose": up, "rise": up, "risen": up, "up": up,
        "gained": up, "gain": up, "jumped": up, "surged": up, "increased": up, "increase": up, "climbed": up, "soared": up,
        "turun": down, "penurunan": down, "merosot": down, "anjlok": down, "melemah": down, "menguap": down, "menurun": down, "berkurang": down,
        "terkoreksi": down, "memangkas": down, "dipangkas": down, "pangkas": down, "cut": down, "cuts": down, "slashed": down,
        "menaikkan": up, "dinaikkan": up, "amblas": down, "ambles": down, "susut": down, "menyusut": down, "terpangkas": down, "fell": down,
        "fall": down, "dropped": down, "drop": down, "declined": down, "decline": down, "down": down, "slumped": down,
        "soaring": up, "surging": up, "rising": up, "jumping": up, "climbing": up, "gaining": up,
        "falling": down, "plunging": down, "sliding": down, "tumbling": down, "dropping": down, "declining": down,
        "lowered": down, "reduced": down, "menurunkan": down, "diturunkan": down, "raised": up, "hiked": up,
        "plunged": down, "decreased": down, "shrank": down, "lost": down, "tumbled": down, "slid": down,
        "slipped": down, "dipped": down, "sank": down, "fallen": down, "eased": down, "rallied": up, "advanced": up,
        "tumbuh": grow, "pertumbuhan": grow, "bertumbuh": grow, "growth": grow, "grew": grow, "grow": grow, "grown": grow,
        "pangsa": share, "porsi": share, "menguasai": share, "dikuasai": share, "memegang": share, "kepemilikan": share,
        "share": share, "stake": share, "sebagian": share, "mayoritas": share,
        "bunga": rate, "inflasi": rate, "tingkat": rate, "penetrasi": rate, "rasio": rate, "tarif": rate, "pajak": rate,
        "ppn": rate, "bea": rate, "akurasi": rate, "efisiensi": rate, "rate": rate, "inflation": rate, "interest": rate,
        "unemployment": rate, "margin": rate, "marjin": rate, "tariff": rate, "tariffs": rate, "tax": rate, "accuracy": rate, "yield": rate,
        "diskon": discount, "potongan": discount, "discount": discount, "discounts": discount, "cashback": discount, "hemat": discount, "off": discount,
    ])
    static let changeSize = Vocabulary.set(["by"])
    private static let levelWord = Vocabulary.key("level")
    static let levelLinks = Vocabulary.set(["menjadi", "jadi", "ke", "dari", "to", "from", "level"])
    /// Cues that follow the figure: "10 persen saham", "20% off", "5% stake", "a 3 percent rise".
    static let after: WordTable<Cue> = Vocabulary.map([
        "saham": share, "stake": share, "share": share, "pangsa": share, "dari": share, "of": share,
        "off": discount, "discount": discount, "diskon": discount,
        "rise": up, "increase": up, "jump": up, "gain": up, "drop": down, "decline": down, "fall": down,
        "growth": grow, "pertumbuhan": grow,
    ])
}
