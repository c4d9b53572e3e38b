/// What a quantity measures. Raw values are the JSON names (output-schema.md).
public enum FactKind: String, Codable, Sendable, CaseIterable {
    case tokens, money
    case modelCount = "model_count"
    case percent, count, date, duration
}

/// How the article qualifies a number: "setidaknya 79" is `atLeast`, "dua hingga tiga" a `range`.
public enum Bound: String, Codable, Sendable {
    case exact
    case atLeast = "at_least"
    case moreThan = "more_than"
    case lessThan = "less_than"
    case approx
    case range
}

/// A fact's value: a number in base units, or an ISO date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
public enum FactValue: Codable, Sendable, Hashable {
    case number(Double)
    case date(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .date(try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let d): try c.encode(d)
        case .date(let s): try c.encode(s)
        }
    }

    public var number: Double? { if case .number(let d) = self { d } else { nil } }
}

/// One quantity read from an article, with its meaning and the exact place it came from.
public struct Fact: Codable, Sendable, Hashable {
    public var kind: FactKind
    public var value: FactValue
    /// Upper end for `range` and vague (`approx`) quantities.
    public var valueMax: Double?
    /// ISO 4217 currency for money, "token" for tokens, "%" for percent, "month" for durations.
    public var unit: String?
    public var bound: Bound
    /// Canonical entity the number is about, when the sentence says.
    public var subject: String?
    /// What the figure measures: a `MoneyRole` for money, a `PercentRole` for percentages, as its raw string.
    public var role: String?
    /// Which way a change went, for percentages of change and growth.
    public var direction: Direction?
    /// The place a figure is limited to when that place is not its subject ("penetrasi internet di Indonesia").
    public var scope: String?
    /// The same amount in another currency, given by the article beside it ("… dollar AS atau sekitar Rp 8.250 triliun").
    public var equivalent: Equivalent?
    /// The counted noun for `count` ("orang", "anggota").
    public var noun: String?
    /// The article's own characters for the quantity.
    public var text: String
    public var sentence: String
    /// UTF-8 byte offsets of `text` in the article file.
    public var start: Int
    public var end: Int

    public init(kind: FactKind, value: FactValue, valueMax: Double?, unit: String?, bound: Bound, subject: String?,
                role: String?, noun: String?, text: String, sentence: String, start: Int, end: Int) {
        self.kind = kind; self.value = value; self.valueMax = valueMax; self.unit = unit; self.bound = bound
        self.subject = subject; self.role = role; self.noun = noun; self.text = text; self.sentence = sentence
        self.start = start; self.end = end
    }
}

/// An amount restated in another unit: value in base units and its unit (ISO 4217 for money).
public struct Equivalent: Codable, Sendable, Hashable {
    public var value: Double
    public var unit: String
    public init(value: Double, unit: String) { self.value = value; self.unit = unit }
}
