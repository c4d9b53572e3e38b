import Foundation
import Testing
@testable import Stats

/// The byte-level readers that replaced JSONSerialization and Character loops in manifest loading must read
/// exactly what the slow paths read, and hand back (nil) whatever they are not sure of.
@Suite("Manifest fast paths agree with the slow ones")
struct ManifestFastPathTests {
    /// What `ArticleManifest` makes of a line the fast path is not sure of: JSONSerialization, strings and numbers kept.
    private func slow(_ line: String) -> [String: String]? { ArticleManifest.jsonObjectFields(Data(line.utf8)) }

    private func fast(_ line: String) -> [String: String]? { FlatJSONLine.fields(Array(line.utf8)[...]) }

    @Test("flat objects read as JSONSerialization reads them")
    func sameFields() {
        let lines = [
            #"{"id": "kompas_00000", "row": 0, "publisher": "Kompas.com", "title": "Diduga Pasok Sabu", "bytes": 1914}"#,
            #"  {"Title":"Ekonomi \"digital\" \\ naik","URL":"https:\/\/a.id\/2019\/09\/10\/x"}  "#,
            #"{"title": "Caf\u00e9 \ud83d\ude00 \n\t\r\b\f", "n": -42}"#,
            #"{"title": "Tiongkok dan AS – perlombaan AI", "date": "16/09/2019"}"#,
            "{\"title\": \"tab\u{7F}del\"}\r",
            "{}",
        ]
        for line in lines {
            #expect(fast(line) != nil, "\(line)")
            #expect(fast(line) == slow(line), "\(line)")
        }
    }

    @Test("anything unusual is left to JSONSerialization")
    func declines() {
        let lines = [
            #"{"a": [1, 2]}"#, #"{"a": {"b": "c"}}"#, #"{"a": true}"#, #"{"a": null}"#, #"{"a": 1.5}"#, #"{"a": 1e3}"#,
            #"{"a": -0}"#, #"{"a": 012}"#, #"{"a": 12345678901234567890}"#, #"{"a": "x", "A": "y"}"#, #"{"a": "x", "a": "y"}"#,
            #"{"a": "\ud83d"}"#, #"{"a": "\u0000"}"#, #"{"a": "\q"}"#, #"{"a": "12\q34"}"#, "{\"a\": \"x\u{01}\"}",
            #"{"a": "x"} trailing"#, #"{"a": "x",}"#, #"["a"]"#, #"{"a" "x"}"#, #"{"a": "x""#,
        ]
        for line in lines { #expect(fast(line) == nil, "\(line)") }
        #expect(FlatJSONLine.fields([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D][...]) == nil)  // invalid UTF-8
    }

    @Test("dates from URLs and date strings, ASCII and not")
    func dates() {
        #expect(PublicationDate.fromURL("https://regional.kompas.com/read/2019/09/10/21485171/x") == "2019-09-10")
        #expect(PublicationDate.fromURL("https://a.id//2019//09//10") == "2019-09-10")
        #expect(PublicationDate.fromURL("https://a.id/2019/+9/10/") == "2019-09-10")  // as Int("+9") reads it
        #expect(PublicationDate.fromURL("https://a.id/2019/13/10/") == nil)
        #expect(PublicationDate.fromURL("https://a.id/berita/2019/09") == nil)
        #expect(PublicationDate.fromURL("https://a.id/é/2019/09/10") == "2019-09-10")
        #expect(PublicationDate.iso("Rabu, 18 Jun 2025") == "2025-06-18")
        #expect(PublicationDate.iso("Rabu, 18 Jun 2025 — é") == "2025-06-18")
        #expect(PublicationDate.iso("99999999999999999999 18/06/2025") == "2025-06-18")
    }

    @Test("trimming: printable ends are kept as they are")
    func trimming() {
        #expect("abc".trimmingSpaces == "abc")
        #expect(" abc\u{A0}".trimmingSpaces == "abc")
        #expect("abc\r\n".trimmingSpaces == "abc\r\n")  // one Character, none of the spaces (as before)
        #expect("\t".trimmingSpaces == "")
    }
}
