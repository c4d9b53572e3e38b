import Foundation
import Stats

/// The output folder, written safely. Every file is first written and synced into a staging folder inside it;
/// `publish` then moves them into place and writes the manifest last. A run that fails or is interrupted before
/// `publish` leaves the previous report as it was; `publish` either completes or puts the previous files back.
/// A lock (flock on `.lock`) refuses a second run at once.
final class OutputFolder: @unchecked Sendable {  // safe: mutable state is behind `OutputFolder.current`'s lock
    let root: URL
    private let staging: URL
    private var lockDescriptor: Int32 = -1
    /// Whether this folder holds the lock and owns the staging area (a folder refused by the lock does not).
    private var registered = false
    let io: FolderIO

    init(_ root: URL, faults: FaultInjection? = nil) throws {
        self.root = root
        staging = root.appendingPathComponent(".staging-\(getpid())")
        io = FolderIO(root: root, faults: faults)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ReportError.outputIsFile(root.path)
        }
        try io.makeFolder(root)
        try lock()
        removeLeftoverStaging()
        try io.makeFolder(staging)
        OutputFolder.current.withLock { $0[staging.path] = .staging }
        registered = true
    }

    private func lock() throws {
        let path = root.appendingPathComponent(".lock").path
        lockDescriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lockDescriptor >= 0 else { throw io.failure(errno, path) }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(lockDescriptor)
            lockDescriptor = -1
            throw ReportError.locked(root.path)
        }
    }

    /// Removes the staging area and releases the lock, once. The run calls it when it ends, so that the next run in
    /// this process (the watch loop, tests) never depends on when the last reference goes: a worker thread of a lane
    /// may drop its reference after the run has returned, and a late cleanup would remove the next run's staging
    /// area (same pid-named folder), a late unlock refuse the next run.
    func release() {
        // Only the folder that owns the staging area cleans it up: a second OutputFolder refused by the lock
        // (same process, same pid-named staging folder) must not remove the active run's files.
        if registered {
            registered = false
            // A published folder stays listed as such: Ctrl-C after the last rename must not claim the previous report stayed.
            OutputFolder.current.withLock { phases in
                try? FileManager.default.removeItem(at: staging)
                if phases[staging.path] == .staging { phases[staging.path] = nil }
            }
        }
        if lockDescriptor >= 0 {
            close(lockDescriptor)
            lockDescriptor = -1
        }
    }

    deinit { release() }

    /// A file written into the staging folder: its content hash, to verify it in later runs.
    struct StagedFile: Sendable {
        var path: String
        var contentHash: UInt64
    }

    /// Stages a file produced in pieces (`produce` calls its argument with each piece), so a large file such as
    /// stats.json is never whole in memory. Produced without the lock, so Ctrl-C need not wait for a large file:
    /// if the handler removes the staging folder meanwhile, the writes go to an unlinked file and the process ends.
    func stage(at relativePath: String, writing produce: (([UInt8]) throws -> Void) throws -> Void) throws -> StagedFile {
        let url = staging.appendingPathComponent(relativePath)
        let fd: Int32 = try withStaging {
            try io.makeFolder(url.deletingLastPathComponent())
            return try io.create(url.path)
        }
        var hash = OutputHash()
        do {
            try produce { piece in
                hash.add(piece)
                try io.writeAll(piece, to: fd, path: url.path)
            }
            try io.sync(fd, path: url.path)
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw io.failure(errno, url.path) }
        return StagedFile(path: relativePath, contentHash: hash.value)
    }

    func stage(_ bytes: [UInt8], at relativePath: String) throws -> StagedFile {
        try stage(at: relativePath) { write in try write(bytes) }
    }

    /// Moves the staged files into place and then the manifest (made from the files' identities once in place).
    /// A signal that arrives meanwhile waits until this is done, so the folder never holds half of the new report.
    func publish(_ files: [String], manifestPath: String, manifest: ([String: FileIdentity]) -> [UInt8]) throws {
        try withStaging {
            var publication = Publication(io: io, root: root, staging: staging)
            try publication.run(files.sorted(), manifestPath: manifestPath, manifest: manifest)
        }
        OutputFolder.current.withLock { $0[staging.path] = .published }
    }

    /// The identity of a file in the folder now, and its content hash when asked (nil when missing or not a file).
    func identity(of relativePath: String) -> FileIdentity? {
        var info = stat()
        guard lstat(root.appendingPathComponent(relativePath).path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(info)
    }

    func contentHash(of relativePath: String) -> UInt64? {
        guard let bytes = RawPath(root.appendingPathComponent(relativePath).path).contents() else { return nil }
        return OutputHash.of(bytes)
    }

    private func withStaging<R>(_ body: () throws -> R) throws -> R {
        try OutputFolder.current.withLock { phases in
            guard phases[staging.path] == .staging else { throw ReportError.outputUnwritable(root.path, "the run was interrupted") }
            return try body()
        }
    }

    private func removeLeftoverStaging() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where name.hasPrefix(".staging-") {
            try? fm.removeItem(at: root.appendingPathComponent(name))
        }
    }

    /// Where the run in progress is: its lock also guards staging and publishing, and the signal handler takes it.
    enum Phase { case staging, published }
    /// Staging folder → phase, for every output folder of this process that is being written.
    static let current = Locked<[String: Phase]>([:])
}

/// For the executable's signal handler.
public enum OutputFolderCleanup {
    /// What an interrupted run left behind.
    public enum Outcome: Sendable {
        /// Nothing of the new report was put in place.
        case previousKept
        /// The new report had been published completely before the signal was handled.
        case newComplete
    }

    /// Removes the staging folder of the run in progress, then calls `finish` (which exits) without letting go of the
    /// lock: no other thread can stage a file or rename one into place afterwards. A publication already under way
    /// completes (or rolls back) first, so the output folder holds either the previous report or the new one.
    public static func removeStaging(andThen finish: (Outcome) -> Never) -> Never {
        OutputFolder.current.withLock { phases -> Never in
            let outcome = self.outcome(of: phases)
            for path in phases.filter({ $0.value == .staging }).map(\.key) { try? FileManager.default.removeItem(atPath: path) }
            phases.removeAll()
            finish(outcome)
        }
    }

    /// What a signal now would leave (F8: a run stopped after publishing says the new report is complete, not that the
    /// previous one was kept): the new report only when every output folder of the process has been published.
    static func outcome(of phases: [String: OutputFolder.Phase]) -> Outcome {
        let published = !phases.values.contains(.staging) && phases.values.contains(.published)
        return published ? .newComplete : .previousKept
    }
}
