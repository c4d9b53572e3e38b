import Testing
@testable import Render

/// A table column is as wide as its longest word needs: the byte reading of ASCII cells finds the word the `Character`
/// reading finds (the first of the longest), and other cells are read by `Character`.
@Suite("The longest word of a table cell") struct LongestWordTests {
    static func byCharacters(_ text: String) -> (String, Int)? {
        text.split(whereSeparator: \.isWhitespace).max { $0.count < $1.count }.map { (String($0), $0.count) }
    }

    @Test func asciiCellsGiveTheCharacterAnswer() {
        let cells = ["", " ", "—", "2025-01-28", "USD 5.5M", "one two three", "aa bb", "abc de fgh", "tabs\tand\nlines\r\nand  spaces ",
                     "01Nov2025_xmcompany_124654126", "  leading", "trailing  ", "a\u{0B}b\u{0C}cc", "x"]
        for cell in cells {
            let found = TableLayout.longestWord(cell).map { (String($0.word), $0.length) }
            #expect(found?.0 == Self.byCharacters(cell)?.0 && found?.1 == Self.byCharacters(cell)?.1, "\(cell.debugDescription)")
        }
    }

    @Test func otherCellsAreReadByCharacter() {
        for cell in ["Café au lait", "e\u{301}e\u{301}e\u{301} abcd", "Rp 5,5 triliun\u{00A0}rupiah", "中国 AI 模型", "naïve naïveté"] {
            let found = TableLayout.longestWord(cell).map { (String($0.word), $0.length) }
            #expect(found?.0 == Self.byCharacters(cell)?.0 && found?.1 == Self.byCharacters(cell)?.1, "\(cell.debugDescription)")
        }
        // Characters, not bytes: "éééé" (4 characters, 8 bytes) is shorter than "abcde".
        #expect(TableLayout.longestWord("éééé abcde")?.word == "abcde")
    }
}
