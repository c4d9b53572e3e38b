import Render
import Stats

extension CalendarDay {
    /// Render's day for a Stats day: both count days since 1970-01-01, so this is the one conversion between the
    /// two modules (Render knows nothing of Stats), made where a chart is built, never by re-parsing an ISO string.
    init(_ day: PublicationDay) { self.init(daysSinceEpoch: day.number) }
}
