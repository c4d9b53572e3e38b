import CCairo

/// The hash of an output file's bytes that the manifest records: zlib's CRC-32 and Adler-32 side by side, added
/// piece by piece as the file is written. FNV-1a, byte by byte, took about 0.1 s over stats.json and the cache.
struct OutputHash {
    private var crc = UInt(CCairo.crc32(0, nil, 0))
    private var adler = UInt(CCairo.adler32(0, nil, 0))

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = min(buffer.count - offset, 1 << 30)
                crc = UInt(CCairo.crc32(uLong(crc), base + offset, uInt(n)))
                adler = UInt(CCairo.adler32(uLong(adler), base + offset, uInt(n)))
                offset += n
            }
        }
    }

    var value: UInt64 { UInt64(crc & 0xFFFF_FFFF) << 32 | UInt64(adler & 0xFFFF_FFFF) }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var h = OutputHash()
        h.add(bytes)
        return h.value
    }
}
