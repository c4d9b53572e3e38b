/// A proleptic Gregorian date, converted from and to days since 1970-01-01 without Foundation
/// (H. Hinnant's civil-from-days algorithm), so time axes are exact and time-zone free.
///
/// Render's own small copy of the civil-day arithmetic in `Stats.PublicationDay`, kept because Render must not
/// import Stats: it never parses date strings, and ReportKit converts a Stats day to it once
/// (`CalendarDay.init(_: PublicationDay)`), by its day number.
public struct CalendarDay: Hashable, Sendable, Comparable {
    public var year: Int
    /// 1…12
    public var month: Int
    /// 1…31
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The first day of the month `months` later (negative: earlier).
    func firstOfMonth(adding months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarDay(year: y, month: index - y * 12 + 1, day: 1)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Ticks for a day axis: days, months or years, whichever step keeps at most `maxCount` ticks.
enum TimeTicks {
    struct Tick: Hashable {
        var day: Int
        var label: String
    }

    static func ticks(from first: Int, to last: Int, maxCount: Int, monthNames: [String]) -> [Tick] {
        let names = monthNames.count == 12 ? monthNames : Timeline.englishMonths
        let span = max(1, last - first)
        let limit = max(2, maxCount)
        // Day steps for short spans.
        for step in [1, 2, 7, 14] where span <= 62 && span / step + 1 <= limit {
            var ticks: [Tick] = []
            var day = first
            if step == 7 {
                // Weeks start on Monday (1970-01-01 was a Thursday).
                day += (7 - ((first + 3) % 7 + 7) % 7) % 7
            }
            var previousYear: Int?
            while day <= last {
                let date = CalendarDay(daysSinceEpoch: day)
                var label = "\(date.day) \(names[date.month - 1])"
                if previousYear != date.year { label += "\n\(date.year)" }
                previousYear = date.year
                ticks.append(Tick(day: day, label: label))
                day += step
            }
            return ticks
        }
        // Month steps, aligned to multiples of the step within the year.
        let start = CalendarDay(daysSinceEpoch: first)
        for step in [1, 2, 3, 6] where span / (30 * step) + 1 <= limit {
            var ticks: [Tick] = []
            var date = start.day == 1 ? start : start.firstOfMonth(adding: 1)
            while (date.month - 1) % step != 0 { date = date.firstOfMonth(adding: 1) }
            var previousYear: Int?
            while date.daysSinceEpoch <= last {
                var label = names[date.month - 1]
                if previousYear != date.year { label += "\n\(date.year)" }
                previousYear = date.year
                ticks.append(Tick(day: date.daysSinceEpoch, label: label))
                date = date.firstOfMonth(adding: step)
            }
            if !ticks.isEmpty { return ticks }
        }
        // Years.
        let years = span / 365 + 1
        let step = [1, 2, 5, 10, 20, 50, 100].first { years / $0 + 1 <= limit } ?? 100
        var year = (start.year / step + 1) * step
        if CalendarDay(year: start.year, month: 1, day: 1).daysSinceEpoch >= first && start.year % step == 0 { year = start.year }
        var ticks: [Tick] = []
        while CalendarDay(year: year, month: 1, day: 1).daysSinceEpoch <= last {
            ticks.append(Tick(day: CalendarDay(year: year, month: 1, day: 1).daysSinceEpoch, label: "\(year)"))
            year += step
        }
        return ticks
    }
}
