/// The 64-bit key of a word (or of any byte range) in the vocabulary tables, the matcher and the per-article
/// tallies. It reads eight bytes at a time, so a word of up to eight bytes (most of them) costs one mix where
/// FNV-1a multiplied once per byte (hashing every token was a twentieth of the extractor).
///
/// Keys live only in memory and are compared only with keys made by this function in the same process: they
/// may change between versions. Bytes of the same length map one-to-one onto the value mixed into the key, and
/// the mix ends with a full avalanche, as the tables index their slots by the low bits.
enum WordKey {
    /// The key of `bytes` with ASCII letters lower-cased: "Nvidia" and "NVIDIA" share one.
    @inline(__always)
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { hash(bytes, lowercasing: true) }

    /// The lower-cased key of every token (`Vocabulary.key`), in one loop over the tokens' memory: `map` with a slice
    /// per token cost a sixth more.
    static func keys(of tokens: [Token], in text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        guard let base = text.baseAddress else { return tokens.map { _ in finish(seed) } }
        return tokens.withUnsafeBufferPointer { tokens in
            [UInt64](unsafeUninitializedCapacity: tokens.count) { keys, count in
                for i in 0..<tokens.count {
                    let token = tokens[i]  // inside the text: the tokenizer made it from these bytes
                    (keys.baseAddress! + i).initialize(to: lowercased(UnsafeBufferPointer(start: base + token.start, count: token.end - token.start)))
                }
                count = tokens.count
            }
        }
    }

    /// The key of `bytes` as they are (repeated lines, spellings, names as written).
    @inline(__always)
    static func exact(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { hash(bytes, lowercasing: false) }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        let n = bytes.count
        guard n > 0, let p = bytes.baseAddress else { return finish(seed) }
        @inline(__always) func word(_ w: UInt64) -> UInt64 { lowercasing ? lowered(w) : w }
        let h = seed ^ (UInt64(truncatingIfNeeded: n) &* 0xD6E8_FEB8_6659_FD93)
        let raw = UnsafeRawPointer(p)
        if n < 4 {  // first, middle and last byte: all of them for one to three bytes
            return finish(h ^ word(UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n - 1]) << 16))
        }
        if n <= 8 {  // two four-byte loads, overlapping when shorter than eight
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            return finish(h ^ word(low | high << 32))
        }
        var state = h
        var i = 0
        while i + 8 < n {
            state = (state ^ word(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 29
            i += 8
        }
        // The last eight bytes, overlapping the block before when the length is no multiple of eight.
        return finish(state ^ word(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)))
    }

    private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// ASCII capitals of eight bytes at once to lower case; every other byte (digits, marks, UTF-8) unchanged.
    @inline(__always)
    static func lowered(_ w: UInt64) -> UInt64 {
        w | ByteClass.capitals(w) >> 2  // 0x80 >> 2 = 0x20, the case bit
    }

    /// SplitMix64's finaliser: every input bit reaches the low bits that pick a table slot.
    @inline(__always)
    private static func finish(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
