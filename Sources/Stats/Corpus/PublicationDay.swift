/// A full calendar date (`YYYY-MM-DD`) as days since 1970-01-01: an article's date parsed once, so trends, windows
/// and timelines count in day numbers instead of splitting the same ISO strings again and again.
public struct PublicationDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    public var number: Int

    public init(number: Int) { self.number = number }

    /// Nil for partial or invalid dates (see `ISODate`, the one parser of date strings).
    public init?(iso: String) {
        guard let day = ISODate(iso)?.publicationDay else { return nil }
        self = day
    }

    /// The day of each article, parallel to `articles`; nil for undated articles and partial dates.
    public static func of<A: ArticleHeading>(_ articles: [A]) -> [PublicationDay?] {
        articles.map { $0.metadata.date.flatMap(PublicationDay.init(iso:)) }
    }

    public static func < (a: PublicationDay, b: PublicationDay) -> Bool { a.number < b.number }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((number + 3) % 7 + 7) % 7 }

    /// Months since year 0 (`year * 12 + month - 1`): consecutive months differ by one.
    public var monthIndex: Int {
        let c = civil
        return c.year * 12 + c.month - 1
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = civil
        return String(c.year) + "-" + ISODate.two(c.month) + "-" + ISODate.two(c.day)
    }

    /// `YYYY-MM`: the day's month, as a mentioned month is written.
    public var isoMonth: String { String(iso.prefix(7)) }

    /// Year, month (1…12) and day (1…31): Howard Hinnant's civil_from_days.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The one rule for what a date is, shared by `DateReader` (what it writes) and `ISODate` (what it reads):
    /// years 1900–2100 (older or later years in news text are not publication dates) and real month lengths, so
    /// 2023-02-30 is no date rather than 2 March.
    public static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let length = month == 2 ? (leap ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31
        return day <= length
    }

    /// Days since 1970-01-01 of a date `isValid` accepts (Howard Hinnant's days_from_civil).
    init(valid year: Int, _ month: Int, _ day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }
}
