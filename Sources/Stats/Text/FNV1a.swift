/// 64-bit FNV-1a: a tiny, stable hash for cache keys and fingerprints (not for security).
public struct FNV1a {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
        for b in bytes {
            value ^= UInt64(b)
            value &*= 0x100_0000_01b3
        }
    }

    /// The fast path for whole files: a generic sequence is not specialised across modules and ran at ~25 MB/s.
    public mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add(bytes: $0) }
    }

    /// Adds a string and a separator, so ("ab","c") and ("a","bc") differ.
    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: $0) }
        add(bytes: CollectionOfOne(0))
    }

    /// Hash of `bytes` (e.g. one token or one line of an article).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV1a()
        h.add(bytes: bytes)
        return h.value
    }

    /// The key of a word in the vocabulary tables. No longer FNV (see `WordKey`); kept under this name so
    /// that every caller, old or new, makes the same keys.
    @inline(__always)
    static func lowercasedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordKey.lowercased(bytes)
    }

    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        value = h
    }

    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
