/// A fixed hash table from word keys (already 64-bit FNV hashes) to values. Swift's `Dictionary`
/// re-hashes every key with SipHash, which was the largest single cost of a scan; the keys here are
/// hashes already, so their low bits index the table directly.
struct WordTable<Value>: @unchecked Sendable {  // safe: immutable after init
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [UInt64: Value]) {
        self.init(uniquePairs: pairs.map { ($0.key, $0.value) })
    }

    /// From pairs whose keys are distinct (a `Dictionary` of them would hash every key again).
    init(uniquePairs pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        for (key, value) in pairs {
            let i = slot(of: key, in: keys, mask: mask)
            keys[i] = key == 0 ? 1 : key
            values[i] = value
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        keys.withUnsafeBufferPointer { k in
            let i = slot(of: key, in: k, mask: mask)
            return k[i] == 0 ? nil : values[i]
        }
    }

    /// The keys held, for a `WordSet` joining several tables (one lookup where a hot loop asked each).
    var members: [UInt64] { keys.filter { $0 != 0 } }

    /// The keys held and their values, for a table of another shape.
    var entries: [(UInt64, Value)] { keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]!) } }
}

/// Where `key` is in an open-addressing table of word keys (linear probing; 0 marks an empty slot, so key 0
/// is stored as 1), or the empty slot where it would go.
@inline(__always)
private func slot(of key: UInt64, in keys: [UInt64], mask: Int) -> Int {
    keys.withUnsafeBufferPointer { slot(of: key, in: $0, mask: mask) }
}

/// The same on the keys' memory. Every table has a power-of-two size and `mask` one less, so each index the probe
/// makes is in range and is read without a bounds check (lookups run for most words of an article, several times).
@inline(__always)
private func slot(of key: UInt64, in keys: UnsafeBufferPointer<UInt64>, mask: Int) -> Int {
    assert(keys.count == mask + 1)
    let k = key == 0 ? 1 : key
    var i = Int(truncatingIfNeeded: k) & mask
    while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
    return i
}

/// A set of word keys with the same fast lookup. Keys only: a set asked for every word need not load a value too.
struct WordSet: Sendable {
    private let keys: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let distinct = Set(keys)
        var capacity = 16
        while capacity < distinct.count * 4 { capacity *= 2 }
        mask = capacity - 1
        var table = [UInt64](repeating: 0, count: capacity)
        for key in distinct { table[slot(of: key, in: table, mask: mask)] = key == 0 ? 1 : key }
        self.keys = table
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        keys.withUnsafeBufferPointer { k in k[slot(of: key, in: k, mask: mask)] != 0 }
    }

    /// The keys held, for a set joining several.
    var members: [UInt64] { keys.filter { $0 != 0 } }
}

/// A growing map from word keys to small integers, for per-article tallies (where a name was first
/// seen, how an article writes a word). Like `WordTable`, the keys are hashes already: a Swift
/// `Dictionary` would hash them again and cost several times more per insert.
struct WordCounts {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        mask = size - 1
        // From `repeatElement`, not `Array(repeating:count:)`: that one calls the standard library's unspecialised
        // allocation, which looks the storage class up at run time (~800 instructions; a few tables per article).
        keys = Array(repeatElement(0, count: size))
        values = Array(repeatElement(0, count: size))
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k in
            let i = slot(of: key, in: k, mask: mask)
            return k[i] == 0 ? nil : values[i]
        }
    }

    /// Stores `value` for `key`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        update(key) { $0 = value }
    }

    /// Calls `change` with the value stored for `key` (0 when absent) and stores what it leaves.
    @inline(__always)
    mutating func update(_ key: UInt64, _ change: (inout Int32) -> Void) {
        let i = slot(of: key, in: keys, mask: mask)
        if keys[i] == 0 {
            if (count + 1) * 2 > keys.count {
                grow()
                return update(key, change)
            }
            keys[i] = key == 0 ? 1 : key
            count += 1
        }
        change(&values[i])
    }

    private mutating func grow() {
        var bigger = WordCounts(capacity: keys.count)
        for i in keys.indices where keys[i] != 0 { bigger.set(keys[i], values[i]) }
        self = bigger
    }
}

/// Small integers for a few dozen word keys, looked up without a branch: each key has a slot of its own (the table
/// doubles until no two keys share one), so a lookup is one load and one compare, and a key not held reads `missing`.
/// For loops that ask it of every word, where a probing table's unpredictable branches cost more than the lookup.
struct WordValues: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let missing: Int32
    private let mask: Int

    init(_ pairs: [(UInt64, Int32)], missing: Int32) {
        var size = 64
        while true {
            var keys = [UInt64](repeating: 0, count: size), values = [Int32](repeating: missing, count: size)
            var used = [Bool](repeating: false, count: size)
            var clash = false
            for (key, value) in pairs {
                let i = Int(truncatingIfNeeded: key) & (size - 1)
                if used[i] && keys[i] != key { clash = true; break }
                (keys[i], values[i], used[i]) = (key, value, true)
            }
            if !clash {
                (self.keys, self.values, self.missing, mask) = (keys, values, missing, size - 1)
                return
            }
            size *= 2
        }
    }

    /// The value held for `key`, or `missing`. (An empty slot holds key 0 and `missing`, so key 0 reads right too.)
    @inline(__always)
    subscript(key: UInt64) -> Int32 {
        let i = Int(truncatingIfNeeded: key) & mask  // in range: both arrays hold mask + 1 entries
        return keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { v in k[i] == key ? v[i] : missing } }
    }
}
