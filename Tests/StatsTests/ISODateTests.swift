import Testing
@testable import Stats

@Suite("ISO dates: one parser, one rule for what a date is")
struct ISODateTests {
    @Test("the three forms read back as written, with their precision")
    func roundTrips() throws {
        for (iso, precision) in [("2024-06-27", ISODate.Precision.day), ("2023-10", .month), ("2024", .year),
                                 ("1900-01-01", .day), ("2100-12-31", .day), ("2024-02-29", .day)] {
            let date = try #require(ISODate(iso), "\(iso)")
            #expect(date.precision == precision && date.iso == iso, "\(iso)")
        }
        #expect(ISODate("2024-06-27")?.publicationDay == PublicationDay(iso: "2024-06-27"))
        #expect(ISODate("2023-10")?.publicationDay == nil && ISODate("2023-10")?.placedDay == PublicationDay(iso: "2023-10-15"))
        #expect(ISODate("2024")?.placedDay == nil && ISODate("2024")?.placedMonth == nil)
        #expect(ISODate("2024-06-27")?.placedMonth == PublicationDay(iso: "2024-06-15"))
        #expect(PublicationDay(iso: "2019-09-30")?.isoMonth == "2019-09" && PublicationDay(iso: "2025-11-01")?.isoMonth == "2025-11")
    }

    @Test("a day that does not exist is no date in any form: 2023-02-30 is not 2 March")
    func invalidDays() {
        for bad in ["2023-02-30", "2023-02-29", "2024-04-31", "2024-06-32", "2024-13", "2024-00", "2024-06-00",
                    "1899", "2101-01", "1899-12-31", "2101-01-01",
                    "2024-6-27", "2025-6-+01", "2024-06-27T10", "20x4-01-01", "", "2024-06-2", "２０２５-06-16"] {
            #expect(ISODate(bad) == nil, "\(bad)")
            #expect(PublicationDay(iso: bad) == nil, "\(bad)")
        }
    }

    @Test("what DateReader writes is exactly what ISODate reads back")
    func writerAndReaderShareTheRule() {
        var disagreements: [String] = []
        for year in 1898...2102 {
            for month in 0...13 {
                for day in 0...32 {
                    let written = DateReader.iso(year, month, day)
                    let read = written.flatMap(ISODate.init)
                    if (written != nil) != PublicationDay.isValid(year, month, day) || read?.iso != written
                        || read.map({ $0.year == year && $0.month == month && $0.day == day }) == false {
                        disagreements.append("\(year)-\(month)-\(day)")
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
