import Render

/// An ISO date as Stats writes it (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), parsed once from its bytes: the timeline and
/// the report's date used to split and re-parse the same strings in several places.
struct ISODate: Hashable, Sendable {
    enum Precision: Sendable { case year, month, day }

    var year: Int
    /// 1…12 when the precision is month or day.
    var month: Int
    /// 1…31 when the precision is day.
    var day: Int
    var precision: Precision

    /// Nil for anything but the three ISO forms with a month 01–12 and a day 01–31.
    init?(_ iso: String) {
        var iso = iso
        guard let parsed = iso.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    private init(year: Int, month: Int, day: Int, precision: Precision) {
        self.year = year; self.month = month; self.day = day; self.precision = precision
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>) -> ISODate? {
        guard b.count == 4 || b.count == 7 || b.count == 10, let year = number(b, 0, 4) else { return nil }
        guard b.count > 4 else { return ISODate(year: year, month: 0, day: 0, precision: .year) }
        guard b[4] == UInt8(ascii: "-"), let month = number(b, 5, 2), (1...12).contains(month) else { return nil }
        guard b.count > 7 else { return ISODate(year: year, month: month, day: 0, precision: .month) }
        guard b[7] == UInt8(ascii: "-"), let day = number(b, 8, 2), (1...31).contains(day) else { return nil }
        return ISODate(year: year, month: month, day: day, precision: .day)
    }

    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var n = 0
        for i in start..<(start + length) {
            let d = Int(b[i]) - 48
            guard (0...9).contains(d) else { return nil }
            n = n * 10 + d
        }
        return n
    }

    /// Days since 1970-01-01 where a timeline places it: a month on its 15th; nil for a bare year.
    var placedDay: Int? {
        switch precision {
        case .year: nil
        case .month: CalendarDay(year: year, month: month, day: 15).daysSinceEpoch
        case .day: CalendarDay(year: year, month: month, day: day).daysSinceEpoch
        }
    }

    /// The 15th of its month (nil for a bare year): where a month's events sit on a timeline.
    var placedMonth: Int? { precision == .year ? nil : CalendarDay(year: year, month: month, day: 15).daysSinceEpoch }
}
