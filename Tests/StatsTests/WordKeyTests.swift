import Testing
@testable import Stats

/// Word keys are read eight bytes at a time: each length takes another path (1–3, 4–8, longer), and the ASCII
/// capitals of a whole block are lower-cased at once. Every path must tell words apart and fold case as a byte
/// loop would.
@Suite struct WordKeyTests {
    private func key(_ s: String) -> UInt64 {
        Array(s.utf8).withUnsafeBufferPointer { WordKey.lowercased($0) }
    }

    private func exact(_ s: String) -> UInt64 {
        Array(s.utf8).withUnsafeBufferPointer { WordKey.exact($0) }
    }

    /// The byte loop the block path replaces: ASCII capitals to lower case, every other byte unchanged.
    private func lowered(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    @Test func caseFoldsOnEveryLengthPath() {
        for word in ["A", "Ai", "AbC", "Nvid", "NVIDIA", "Tiongkok", "TIONGKOKS", "Kecerdasan", "PEMERINTAHANNYA", "AbCdEfGhIjKlMnOpQ"] {
            #expect(key(word) == key(word.lowercased()), "\(word)")
            #expect(key(word) == exact(lowered(word)), "\(word)")
        }
    }

    @Test func onlyASCIICapitalsFold() {
        // "@" and "[" sit just outside A–Z; "`" and "{" just outside a–z; UTF-8 bytes are never changed.
        #expect(key("@") != key("`"))
        #expect(key("[") != key("{"))
        #expect(key("Élan") != key("élan"))
        #expect(key("DÜSSELDORF") == key("dÜsseldorf"))
        #expect(key("ÜBER") != key("über"))
    }

    @Test func distinctWordsOfEveryLengthGetDistinctKeys() {
        // Every prefix of a long word, the same with one byte changed at each position, and words that differ only
        // in length or in bytes an overlapping load reads twice.
        let base = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var words: [[UInt8]] = []
        for n in 1...base.count {
            let prefix = Array(base[0..<n])
            words.append(prefix)
            for i in 0..<n {
                var changed = prefix
                changed[i] = 0x2D  // "-"
                words.append(changed)
            }
        }
        words += [[0x61, 0x00], [0x61], [0x61, 0x61], [0x61, 0x61, 0x61], Array("aaaa".utf8), Array("aaaaaaaaa".utf8)]
        let keys = words.map { w in w.withUnsafeBufferPointer { WordKey.exact($0) } }
        var seen: [UInt64: [UInt8]] = [:]
        for (word, key) in zip(words, keys) {
            if let other = seen[key] { #expect(other == word, "\(word) and \(other) share a key") }
            seen[key] = word
        }
    }

    @Test func theLowBitsThatPickASlotSpreadOut() {
        // Tables index slots by the low bits: 1,000 numbered words over 64 slots should leave none empty.
        var used = Set<UInt64>()
        for i in 0..<1000 { used.insert(key("kata\(i)") & 63) }
        #expect(used.count == 64)
    }
}

/// `ByteClass.containsUpperASCII` reads eight bytes at a time and the last eight overlapping: a capital must be found
/// at every position, and none before the range's start.
@Suite struct CapitalScanTests {
    private func scan(_ s: String, from: Int, to: Int? = nil) -> Bool {
        Array(s.utf8).withUnsafeBufferPointer { ByteClass.containsUpperASCII($0, from..<(to ?? $0.count)) }
    }

    @Test func findsACapitalAtEveryPosition() {
        for length in 1...20 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[position] = 0x4D  // "M"
                let text = String(decoding: bytes, as: UTF8.self)
                for from in 0...position { #expect(scan(text, from: from), "\(text) from \(from)") }
                if position + 1 < length { #expect(!scan(text, from: position + 1), "\(text) from \(position + 1)") }
                #expect(!scan(text, from: 0, to: position), "\(text) to \(position)")
            }
        }
    }

    @Test func onlyASCIICapitalsCount() {
        #expect(!scan("membuat@[`{ÉÜ dalam", from: 0))
        #expect(scan("membuatScale", from: 3))
        #expect(scan("xxxxxxxxxxxxZ", from: 12))
    }
}

/// `WordValues` gives each key a slot of its own, growing until none clash: every key held must read its value and
/// every other key (0 too) the missing value, whatever the keys' low bits.
@Suite struct WordValuesTests {
    @Test func heldKeysReadTheirValuesAndOthersReadMissing() {
        // Keys sharing their low six bits force the table past its first size.
        let pairs: [(UInt64, Int32)] = (0..<40).map { (UInt64($0) << 6 | 5, Int32($0)) }
        let table = WordValues(pairs, missing: -1)
        for (key, value) in pairs { #expect(table[key] == value) }
        for key: UInt64 in [0, 5 | 40 << 6, 6, UInt64.max] { #expect(table[key] == -1, "\(key)") }
    }

    @Test func stopwordsScoreAsTheProbingTableDid() {
        let table = WordValues(Vocabulary.indonesianStopwordList.map { (Vocabulary.key($0), -1) }
            + Vocabulary.englishStopwordList.map { (Vocabulary.key($0), 1) }, missing: 0)
        for word in ["yang", "dan", "the", "of", "which", "kecerdasan", "AI", "", "Nvidia"] {
            #expect(table[Vocabulary.key(word)] == Int32(Vocabulary.stopwordLanguage[Vocabulary.key(word)] ?? 0), "\(word)")
        }
    }
}
