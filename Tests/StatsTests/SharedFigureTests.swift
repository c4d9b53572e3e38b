import Testing
@testable import Stats

/// Issue 9, round 3: a figure two joined names share ("Microsoft dan Apple … 3 triliun dollar AS") names neither
/// alone: half an owner is a wrong owner (docs/output-schema.md: a subject is one entity). Sentences written for
/// these tests.
@Suite("Figures two names share")
struct SharedFigureTests {
    @Test("two joined names acting together, or heading a relative clause, leave the figure without a subject", arguments: [
        ("Kakao Mobility dan Grab menanam Rp 2 triliun di Jakarta.", "Rp 2 triliun"),
        ("Kakao Mobility and Grab invested $200 million in Jakarta.", "$200 million"),
        ("Nvidia kini melampaui Kakao Mobility dan Grab, yang sebelumnya mencapai nilai pasar 3 triliun dollar AS.", "3 triliun dollar AS"),
    ])
    func shared(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("one name acting, with another as object or in another clause, keeps its figure", arguments: [
        ("Kakao Mobility menanam Rp 2 triliun bersama Grab.", "Rp 2 triliun", "Kakao Mobility"),
        ("Kakao Mobility invested $200 million, and Grab followed a year later.", "$200 million", "Kakao Mobility"),
    ])
    func single(_ text: String, _ quote: String, _ subject: String) throws {
        #expect(try Probe.subject(text, quote) == subject, "\(text)")
    }
}
