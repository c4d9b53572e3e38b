import Testing
@testable import ReportKit

/// Composition without drawing: the pieces of ChartSet that are plain arithmetic.
struct ChartSetTests {
    @Test(arguments: [("1970-01-01", 0), ("2024-06-27", 19901), ("2023-10", 19645), ("1901-03-01", -25143), ("2000-02-29", 11016)])
    func daysSinceEpoch(_ iso: String, _ expected: Int) {
        #expect(ChartSet.day(iso) == expected)
    }

    @Test func invalidDatesHaveNoDay() {
        #expect(ChartSet.day("2024-13-01") == nil)
        #expect(ChartSet.day("2024") == nil)
        #expect(ChartSet.day("bukan tanggal") == nil)
    }
}
