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
        let i = slot(of: key, in: keys, mask: mask)
        return keys[i] == 0 ? nil : values[i]
    }
}

/// Where `key` is in an open-addressing table of word keys (linear probing; 0 marks an empty slot, so key 0
/// is stored as 1), or the empty slot where it would go.
@inline(__always)
private func slot(of key: UInt64, in keys: [UInt64], mask: Int) -> Int {
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
    func contains(_ key: UInt64) -> Bool { keys[slot(of: key, in: keys, mask: mask)] != 0 }
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
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let i = slot(of: key, in: keys, mask: mask)
        return keys[i] == 0 ? nil : values[i]
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
