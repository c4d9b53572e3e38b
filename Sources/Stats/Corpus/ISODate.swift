/// A date as Stats writes it — `YYYY-MM-DD`, `YYYY-MM` (a mentioned month) or `YYYY` (a mentioned year) — parsed from
/// its bytes in one place: the trend, the timeline and the report's date read article and fact dates through this type
/// instead of splitting the strings again.
///
/// The one rule for what a date is (`PublicationDay.isValid`): years 1900–2100 and real month lengths, so
/// "2023-02-30" is no date in any form that reads it, as `DateReader` would never have written it.
public struct ISODate: Hashable, Sendable {
    public enum Precision: Sendable { case year, month, day }

    public let year: Int
    /// 1…12, or 0 for a bare year.
    public let month: Int
    /// 1…31, or 0 for a month or a bare year.
    public let day: Int
    public let precision: Precision

    /// Nil for anything but the three ISO forms of a valid date (exact widths, digits only).
    public init?(_ iso: String) {
        var iso = iso
        guard let parsed = iso.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    private init(year: Int, month: Int, day: Int, precision: Precision) {
        self.year = year; self.month = month; self.day = day; self.precision = precision
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>) -> ISODate? {
        guard b.count == 4 || b.count == 7 || b.count == 10, let year = number(b, 0, 4) else { return nil }
        guard b.count > 4 else {
            return PublicationDay.isValid(year, 1, 1) ? ISODate(year: year, month: 0, day: 0, precision: .year) : nil
        }
        guard b[4] == UInt8(ascii: "-"), let month = number(b, 5, 2) else { return nil }
        guard b.count > 7 else {
            return PublicationDay.isValid(year, month, 1) ? ISODate(year: year, month: month, day: 0, precision: .month) : nil
        }
        guard b[7] == UInt8(ascii: "-"), let day = number(b, 8, 2), PublicationDay.isValid(year, month, day) else { return nil }
        return ISODate(year: year, month: month, day: day, precision: .day)
    }

    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var n = 0
        for i in start..<(start + length) {
            let d = Int(b[i]) &- 48
            guard (0...9).contains(d) else { return nil }
            n = n * 10 + d
        }
        return n
    }

    /// The day of a full date; nil for a month or a year.
    public var publicationDay: PublicationDay? {
        precision == .day ? PublicationDay(valid: year, month, day) : nil
    }

    /// Where a timeline places the date: a full date on its day, a month on its 15th; nil for a bare year.
    public var placedDay: PublicationDay? {
        precision == .year ? nil : PublicationDay(valid: year, month, precision == .day ? day : 15)
    }

    /// The 15th of its month (nil for a bare year): where a month's events sit on a timeline.
    public var placedMonth: PublicationDay? {
        precision == .year ? nil : PublicationDay(valid: year, month, 15)
    }

    /// The date written back in its own form (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    public var iso: String {
        let y = String(year)
        switch precision {
        case .year: return y
        case .month: return y + "-" + Self.two(month)
        case .day: return y + "-" + Self.two(month) + "-" + Self.two(day)
        }
    }

    /// A month or day in two digits.
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
