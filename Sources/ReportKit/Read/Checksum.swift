import CCairo

/// CRC-32 (zlib's, hardware-assisted where the CPU allows) of cache and manifest records: a flipped byte
/// anywhere in a record makes it fail, so a damaged record is dropped instead of used.
enum Checksum {
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        return UInt32(CCairo.crc32(0, base.assumingMemoryBound(to: UInt8.self), uInt(bytes.count)))
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { crc32($0) } }
}

/// Length-and-checksum framing: `[length: 4 bytes LE][crc32: 4 bytes LE][payload]`, one record after another.
enum Framing {
    static func frame(_ payload: [UInt8], into out: inout [UInt8]) {
        appendLE(UInt32(payload.count), to: &out)
        appendLE(Checksum.crc32(payload), to: &out)
        out.append(contentsOf: payload)
    }

    /// The payloads whose checksum holds, in order; reading stops at the first frame that runs past the end.
    static func records(in bytes: UnsafeRawBufferPointer, from start: Int = 0) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = start
        while offset + 8 <= bytes.count {
            let length = Int(readLE(bytes, at: offset)), crc = readLE(bytes, at: offset + 4)
            guard length <= bytes.count - offset - 8 else { break }
            let payload = (offset + 8)..<(offset + 8 + length)
            if Checksum.crc32(UnsafeRawBufferPointer(rebasing: bytes[payload])) == crc { ranges.append(payload) }
            offset = payload.upperBound
        }
        return ranges
    }

    /// The length-and-checksum header of each frame, without checking the payload (checked when used).
    static func frames(in bytes: UnsafeRawBufferPointer, from start: Int = 0) -> [(payload: Range<Int>, crc: UInt32)] {
        var frames: [(Range<Int>, UInt32)] = []
        var offset = start
        while offset + 8 <= bytes.count {
            let length = Int(readLE(bytes, at: offset)), crc = readLE(bytes, at: offset + 4)
            guard length <= bytes.count - offset - 8 else { break }
            frames.append(((offset + 8)..<(offset + 8 + length), crc))
            offset += 8 + length
        }
        return frames
    }

    static func appendLE(_ v: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    static func readLE(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }
}
