/// A full calendar date (`YYYY-MM-DD`) as days since 1970-01-01: an article's date parsed once, so trends, windows
/// and timelines count in day numbers instead of splitting the same ISO strings again and again.
public struct PublicationDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    public var number: Int

    public init(number: Int) { self.number = number }

    /// Nil for partial or invalid dates (those `DateReader` would not write).
    public init?(iso: String) {
        var s = iso
        guard let (y, m, d) = s.withUTF8(Self.fields) ?? Self.looseFields(iso), let n = Self.number(y, m, d) else { return nil }
        number = n
    }

    /// The day of each article, parallel to `articles`; nil for undated articles and partial dates.
    public static func of(_ articles: [ArticleAnalysis]) -> [PublicationDay?] {
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
        return DateReader.iso(c.year, c.month, c.day) ?? ""
    }

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

    /// Days since 1970-01-01 of a date `DateReader` accepts (days_from_civil); nil for any other.
    static func number(_ year: Int, _ month: Int, _ day: Int) -> Int? {
        // One rule for what a date is (years 1900–2100, real month lengths): the date is a short string, no allocation.
        guard DateReader.iso(year, month, day) != nil else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Year, month and day of the bytes `dddd-dd-dd` (the form every stored date has), read without allocating;
    /// nil for any other form.
    private static func fields(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let d = Int(b[i]) &- 48
                guard (0...9).contains(d) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        return (y, m, d)
    }

    /// Any other ten-character string of three dash-separated numbers, read as before this type existed.
    private static func looseFields(_ iso: String) -> (Int, Int, Int)? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard iso.count == 10, parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2])
    }
}
