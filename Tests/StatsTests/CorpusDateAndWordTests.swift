import Testing
@testable import Stats

@Suite("Publication days and sentence words (the fast paths agree with the slow ones)")
struct CorpusDateAndWordTests {
    @Test("a day round-trips through its ISO form; invalid and partial dates are nil")
    func days() throws {
        #expect(PublicationDay(iso: "1970-01-01")?.number == 0)
        #expect(PublicationDay(iso: "2024-02-29")?.iso == "2024-02-29")
        for bad in ["2025-02-30", "2025-06", "2025", "", "1899-12-31", "2101-01-01", "2025-13-01", "2025-06-1x", "２０２５-06-16"] {
            #expect(PublicationDay(iso: bad) == nil, "\(bad)")
        }
        // Every day of four years round-trips, and months and weekdays follow the calendar.
        let start = try #require(PublicationDay(iso: "2023-01-01"))
        var month = start.monthIndex
        for n in start.number..<(start.number + 4 * 366) {
            let day = PublicationDay(number: n)
            #expect(PublicationDay(iso: day.iso) == day)
            let c = day.civil
            if c.day == 1 && n != start.number { month += 1 }
            #expect(day.monthIndex == month && c.year * 12 + c.month - 1 == month)
        }
        #expect(PublicationDay(iso: "2025-06-16")?.weekday == 0)   // a Monday
    }

    @Test("forecast words and four-digit years are found alike in ASCII and non-ASCII sentences")
    func words() {
        let cues: Set<String> = ["akan", "target"]
        let sentences = [
            "Pendapatan AKAN naik pada 2026.", "Pendapatan akan naik pada 2026 — kata CEO.", "Targetnya 20250 unit",
            "Penjualan naik", "Penjualan naik “tajam”", "x-target, 1999/2000 dan 12345", "", "akan", "2024", "é2024é akan",
        ]
        for s in sentences {
            let slowWord = s.lowercased().split { !$0.isLetter }.contains { cues.contains(String($0)) }
            let slowYears = s.split { !$0.isNumber }.filter { $0.count == 4 }.compactMap { Int($0) }
            #expect(SentenceWords.containsWord(s, of: cues) == slowWord, "\(s)")
            #expect(SentenceWords.fourDigitNumbers(s) == slowYears, "\(s)")
        }
        #expect(SentenceWords.containsWord("Pendapatan AKAN naik", of: cues))
        #expect(!SentenceWords.containsWord("Targetnya naik", of: cues))
        #expect(SentenceWords.fourDigitNumbers("pada 2019, 2025 dan 12345 atau 999") == [2019, 2025])
    }

    @Test("merging a short sorted list in place gives what merging into a new list gives, ties included")
    func mergeInPlace() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            // (key, which list): ties keep the receiving list's elements first.
            let mine = (0..<Int.random(in: 0...40, using: &generator)).map { _ in (Int.random(in: 0...20, using: &generator), 0) }.sorted { $0.0 < $1.0 }
            let other = (0..<Int.random(in: 0...70, using: &generator)).map { _ in (Int.random(in: 0...20, using: &generator), 1) }.sorted { $0.0 < $1.0 }
            var inPlace = mine
            inPlace.mergeSorted(other) { $0.0 < $1.0 }
            let merged = mine.mergedSorted(with: other) { $0.0 < $1.0 }
            #expect(inPlace.map(\.0) == merged.map(\.0) && inPlace.map(\.1) == merged.map(\.1))
        }
    }
}
