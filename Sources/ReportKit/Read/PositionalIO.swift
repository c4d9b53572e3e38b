import Foundation

/// Whole reads and writes at a file offset, retried after a signal or a short transfer: the spill file of cache
/// records and the last run's output files read in windows.
enum PositionalIO {
    /// Fills `buffer` from `offset`; false at the end of the file or on an error.
    static func read(_ fd: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// Writes all of `bytes` at `offset`; false on an error.
    static func write(_ bytes: [UInt8], to fd: Int32, at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = pwrite(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }
}
