import Foundation

/// The output folder, written safely: every file is first written into a staging folder inside it,
/// and only when all are complete are they renamed into place. A run that fails or is interrupted
/// leaves the previous report as it was. A lock (flock on `.lock`) refuses a second run at once.
final class OutputFolder: @unchecked Sendable {  // safe: `staged` is guarded by `OutputFolder.current`'s lock; the rest is set once in init
    let root: URL
    private let staging: URL
    private var lockDescriptor: Int32 = -1
    private var staged: [String] = []

    init(_ root: URL) throws {
        self.root = root
        staging = root.appendingPathComponent(".staging-\(getpid())")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ReportError.outputIsFile(root.path)
        }
        try makeFolder(root)
        lockDescriptor = open(root.appendingPathComponent(".lock").path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lockDescriptor >= 0 else { throw failure(errno) }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(lockDescriptor)
            lockDescriptor = -1
            throw ReportError.locked(root.path)
        }
        removeLeftoverStaging()
        try makeFolder(staging)
        OutputFolder.current.withLock { $0 = staging.path }
    }

    deinit {
        // Only the folder that owns the staging area cleans it up: a second OutputFolder refused by the lock
        // (same process, same pid-named staging folder) must not remove the active run's files.
        OutputFolder.current.withLock { current in
            guard current == staging.path else { return }
            try? FileManager.default.removeItem(at: staging)
            current = nil
        }
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Stages a file at `relativePath` (e.g. "charts/mentions.png").
    ///
    /// Staging, committing and the signal handler take turns on `OutputFolder.current`'s lock: once the handler has
    /// removed the staging folder, no thread can create it again.
    func stage(_ bytes: [UInt8], at relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try OutputFolder.current.withLock { current in
            guard current != nil else { throw ReportError.outputUnwritable(root.path, "the run was interrupted") }
            try makeFolder(url.deletingLastPathComponent())
            if let code = Self.writeFile(bytes, to: url.path) { throw failure(code) }
            staged.append(relativePath)
        }
    }

    /// Stages a file produced in pieces (`produce` calls its argument with each piece), so a large file such as
    /// stats.json is never whole in memory.
    func stage(at relativePath: String, writing produce: (([UInt8]) throws -> Void) throws -> Void) throws {
        let url = staging.appendingPathComponent(relativePath)
        let fd: Int32 = try OutputFolder.current.withLock { current in
            guard current != nil else { throw ReportError.outputUnwritable(root.path, "the run was interrupted") }
            try makeFolder(url.deletingLastPathComponent())
            let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw failure(errno) }
            return fd
        }
        // Produced without the lock, so Ctrl-C need not wait for a large file: if the handler removes the
        // staging folder meanwhile, these writes go to an unlinked file and the process ends anyway.
        do {
            try produce { piece in if let code = Self.writeAll(piece, to: fd) { throw failure(code) } }
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw failure(errno) }
        try OutputFolder.current.withLock { current in
            guard current != nil else { throw ReportError.outputUnwritable(root.path, "the run was interrupted") }
            staged.append(relativePath)
        }
    }

    /// Takes a staged file back (its content turned out to be what the folder already holds).
    func unstage(_ relativePath: String) {
        OutputFolder.current.withLock { _ in
            staged.removeAll { $0 == relativePath }
            unlink(staging.appendingPathComponent(relativePath).path)
        }
    }

    /// Moves every staged file into place (each rename is atomic) and returns their paths. A signal that arrives
    /// meanwhile waits until all are moved, so the folder never holds half of the new report.
    func commit() throws -> [String] {
        try OutputFolder.current.withLock { _ in
            for path in staged.sorted() {
                let target = root.appendingPathComponent(path)
                try makeFolder(target.deletingLastPathComponent())
                if rename(staging.appendingPathComponent(path).path, target.path) != 0 { throw failure(errno) }
            }
            return staged.sorted()
        }
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relativePath).path)
    }

    private func removeLeftoverStaging() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where name.hasPrefix(".staging-") {
            try? fm.removeItem(at: root.appendingPathComponent(name))
        }
    }

    /// Creates `url` and its missing parents (like `mkdir -p`). Fails with the system's own reason ("Permission denied",
    /// "No space left on device", "Read-only file system"), or names the part of the path that is a file.
    private func makeFolder(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw ReportError.outputUnwritable(root.path, "\(url.path) is a file, not a folder")
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try makeFolder(parent) }
        if mkdir(url.path, 0o755) != 0, errno != EEXIST { throw failure(errno) }
    }

    private func failure(_ code: Int32) -> ReportError {
        ReportError.outputUnwritable(root.path, String(cString: strerror(code)))
    }

    /// Writes `bytes` to a new file at `path`; returns the errno of a failure (a full disk shows up here or at close).
    private static func writeFile(_ bytes: [UInt8], to path: String) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        var problem = writeAll(bytes, to: fd)
        if close(fd) != 0, problem == nil { problem = errno }
        return problem
    }

    /// Writes all of `bytes` to `fd`; returns the errno of a failure.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return nil
        }
    }

    /// The staging folder of the run in progress (nil when there is none); its lock also guards staging and committing.
    static let current = Locked<String?>(nil)
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

/// For the executable's signal handler.
public enum OutputFolderCleanup {
    /// Removes the staging folder of the run in progress, then calls `finish` (which exits) without letting go of the
    /// lock: no other thread can stage a file or rename one into place afterwards. A commit already under way
    /// completes first, so the output folder holds either the previous report or the new one, never a mix.
    public static func removeStaging(andThen finish: () -> Never) -> Never {
        OutputFolder.current.withLock { current -> Never in
            if let path = current { try? FileManager.default.removeItem(atPath: path) }
            current = nil
            finish()
        }
    }
}
