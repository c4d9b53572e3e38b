/// The words and year-like numbers of a fact's sentence, as the conflict and forecast rules read them. Every figure
/// of the corpus is asked about (~0.1 s a run when each sentence was lower-cased and split into `Character`s), so an
/// ASCII sentence — most of them — is scanned as bytes; any other goes the `Character` way, with the same result.
enum SentenceWords {
    /// Whether a word of `sentence`, lower-cased (words are runs of letters), is in `words` (lower-case).
    static func containsWord(_ sentence: String, of words: Set<String>) -> Bool {
        var s = sentence
        if let found = s.withUTF8({ bytes -> Bool? in
            guard isASCII(bytes) else { return nil }
            var start = 0
            for i in 0...bytes.count {
                let letter = i < bytes.count && isLetter(bytes[i])
                if letter { continue }
                if i > start, words.contains(lowerCased(bytes[start..<i])) { return true }
                start = i + 1
            }
            return false
        }) { return found }
        return sentence.lowercased().split { !$0.isLetter }.contains { words.contains(String($0)) }
    }

    /// The numbers written with exactly four digits (runs of digits, so "20250" is not one), in order.
    static func fourDigitNumbers(_ sentence: String) -> [Int] {
        var s = sentence
        if let found = s.withUTF8({ bytes -> [Int]? in
            guard isASCII(bytes) else { return nil }
            var numbers: [Int] = [], run = 0, value = 0
            for i in 0...bytes.count {
                if i < bytes.count, bytes[i] &- UInt8(ascii: "0") < 10 {
                    run += 1
                    value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                    continue
                }
                if run == 4 { numbers.append(value) }
                run = 0
                value = 0
            }
            return numbers
        }) { return found }
        return sentence.split { !$0.isNumber }.filter { $0.count == 4 }.compactMap { Int($0) }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// An ASCII letter: the only ASCII characters `Character.isLetter` accepts.
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }

    private static func lowerCased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (i, b) in bytes.enumerated() { out[i] = b | 0x20 }
            return bytes.count
        }
    }
}
