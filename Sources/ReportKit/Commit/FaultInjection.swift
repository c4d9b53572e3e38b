import Foundation

/// For tests: fails the N-th operation on the output folder (a write, sync, link, rename or folder creation), so a test
/// can stop a run at every step of staging and committing and check what the folder holds afterwards.
final class FaultInjection: @unchecked Sendable {  // safe: the counter is behind a lock
    let failAt: Int
    private let count = Locked(0)

    init(failAt: Int) { self.failAt = failAt }

    /// How many operations were checked so far.
    var operations: Int { count.withLock { $0 } }

    /// Throws EIO's error for the `failAt`-th call, once.
    func check() -> Int32? {
        count.withLock { n in
            n += 1
            return n == failAt ? EIO : nil
        }
    }
}

/// A value behind a lock, usable from any thread.
final class Locked<Value>: @unchecked Sendable {  // safe: every access goes through `lock`
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
