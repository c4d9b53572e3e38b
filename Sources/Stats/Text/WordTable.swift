/// A fixed hash table from word keys (already 64-bit FNV hashes) to values. Swift's `Dictionary`
/// re-hashes every key with SipHash, which was the largest single cost of a scan; the keys here are
/// hashes already, so their low bits index the table directly.
struct WordTable<Value>: @unchecked Sendable {  // safe: immutable after init
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [UInt64: Value]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        for (key, value) in pairs {
            let k = key == 0 ? 1 : key
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = value
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let found = keys[i]
            if found == k { return values[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// A set of word keys with the same fast lookup.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        table = WordTable(Dictionary(keys.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
