import Foundation

/// Places among the names the lexicon does not know ("Jakarta Selatan", "Kota Bekasi", "Eropa Barat",
/// "Asia Tenggara"): a place is never a person or a company, so it is reported as a country is, the
/// subject of its own clause or else a figure's scope ("di Eropa Barat"), and "ia" or "perusahaan
/// tersebut" never refer to it. Known places come from Resources/places.txt (a gazetteer, not counted
/// as mentions); a place head ("Kota", "Kabupaten", "Provinsi", "Jalan") or an English place tail
/// ("Guangdong Province") makes any name a place.
struct Places: Sendable {
    /// The tables below held by one value: whoever asks about many names (every name of an article) reads it once,
    /// as a static's lazy-init check per table and question was 1.5 % of the extractor's instructions.
    static let shared = Places()
    private let headWords = Self.heads, tailWords = Self.tails, directionWords = Self.directions, knownNames = Self.known

    /// Whether the name on tokens `run` is a place.
    static func isPlace(_ run: Range<Int>, keys: [UInt64], tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        shared.isPlace(run, keys: keys, tokens: tokens, text: text)
    }

    /// Whether the name on tokens `run` is a place.
    func isPlace(_ run: Range<Int>, keys: [UInt64], tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !run.isEmpty else { return false }
        // "Jakarta-Bandung", "Asia-Eropa": a route between places is a place.
        if let dash = run.first(where: { ByteClass.isDash(text, tokens[$0]) }), dash > run.lowerBound, dash + 1 < run.upperBound {
            return isPlace(run.lowerBound..<dash, keys: keys, tokens: tokens, text: text)
                && isPlace((dash + 1)..<run.upperBound, keys: keys, tokens: tokens, text: text)
        }
        if run.count >= 2, headWords.contains(keys[run.lowerBound]) || tailWords.contains(keys[run.upperBound - 1]) { return true }
        if knownNames.contains(Self.phraseKey(run, keys)) { return true }
        // "Jakarta Selatan", "Eropa Barat", "East Java", "Nusa Tenggara Timur": a known place with its direction.
        var core = run
        while core.count > 1, directionWords.contains(keys[core.upperBound - 1]) {
            core = core.lowerBound..<(core.upperBound - 1)
            if knownNames.contains(Self.phraseKey(core, keys)) { return true }
        }
        while core.count > 1, directionWords.contains(keys[core.lowerBound]) {
            core = (core.lowerBound + 1)..<core.upperBound
            if knownNames.contains(Self.phraseKey(core, keys)) { return true }
        }
        // "Timur Tengah": directions alone, two or more.
        return run.count >= 2 && run.allSatisfy { directionWords.contains(keys[$0]) }
    }

    /// One key for a phrase, from its words' keys in order.
    static func phraseKey<C: Collection>(_ words: C) -> UInt64 where C.Element == UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in words {
            h ^= k
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// The same for the words on tokens `run`, read in place (a slice of the keys per question retained and released
    /// the article's keys).
    static func phraseKey(_ run: Range<Int>, _ keys: [UInt64]) -> UInt64 {
        keys.withUnsafeBufferPointer { phraseKey(UnsafeBufferPointer(rebasing: $0[run])) }
    }

    /// Words that open a place's name: "Kota Bekasi", "Kabupaten Morowali", "Jalan Gunung Sahari", "Pulau Buru".
    static let heads = Vocabulary.set([
        "kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan", "kelurahan", "desa", "dusun", "jalan", "jl", "pulau",
        "kepulauan", "teluk", "selat", "kampung",
    ])
    /// Words that close a place's name in English: "Guangdong Province", "Orange County".
    static let tails = Vocabulary.set(["province", "county", "prefecture", "regency"])
    /// Directions and parts before or after a place: "Jakarta Selatan", "Eropa Barat", "East Java", "Southeast Asia".
    static let directions = Vocabulary.set([
        "selatan", "utara", "barat", "timur", "tengah", "tenggara", "daya", "laut", "pusat", "raya", "south", "north", "east",
        "west", "central", "southeast", "southwest", "northeast", "northwest", "northern", "southern", "eastern", "western",
        "greater",
    ])
    /// The gazetteer's names by phrase key.
    static let known: WordSet = WordSet(gazetteer().map { phraseKey($0) })

    /// The word keys of each name in Resources/places.txt; none when the file is missing (names then fall back to
    /// the heads and tails above). Read on the bytes: Foundation's `trimmingCharacters` per line made this table
    /// 8 M instructions, paid by every run.
    private static func gazetteer() -> [[UInt64]] {
        guard let url = Bundle.module.url(forResource: "places", withExtension: "txt"),
              let data = try? Data(contentsOf: url) else { return [] }
        var names: [[UInt64]] = []
        let bytes = [UInt8](data)
        bytes.withUnsafeBufferPointer { text in
            var lineStart = 0
            while lineStart < text.count {
                var lineEnd = lineStart
                while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
                var a = lineStart, b = lineEnd
                while a < b, ByteClass.isSpace(text[a]) { a += 1 }
                while b > a, ByteClass.isSpace(text[b - 1]) { b -= 1 }
                if a < b, text[a] != UInt8(ascii: "#") {
                    names.append(Tokenizer.tokenize(text, from: a, to: b).map { Vocabulary.key(text, $0) })
                }
                lineStart = lineEnd + 1
            }
        }
        return names
    }
}
