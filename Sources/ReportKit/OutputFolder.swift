import Foundation

/// The output folder, written safely: every file is first written into a staging folder inside it,
/// and only when all are complete are they renamed into place. A run that fails or is interrupted
/// leaves the previous report as it was. A lock (flock on `.lock`) refuses a second run at once.
final class OutputFolder: @unchecked Sendable {  // safe: `staged` is guarded by `stagedLock`; the rest is set once in init
    let root: URL
    private let staging: URL
    private var lockDescriptor: Int32 = -1
    private var staged: [String] = []

    init(_ root: URL) throws {
        self.root = root
        staging = root.appendingPathComponent(".staging-\(getpid())")
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ReportError.outputIsFile(root.path)
        }
        do {
            try fm.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw ReportError.outputUnwritable(root.path, Self.reason(error))
        }
        lockDescriptor = open(root.appendingPathComponent(".lock").path, O_CREAT | O_RDWR, 0o644)
        guard lockDescriptor >= 0 else { throw ReportError.outputUnwritable(root.path, String(cString: strerror(errno))) }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(lockDescriptor)
            lockDescriptor = -1
            throw ReportError.locked(root.path)
        }
        removeLeftoverStaging()
        do { try fm.createDirectory(at: staging, withIntermediateDirectories: true) } catch {
            throw ReportError.outputUnwritable(root.path, Self.reason(error))
        }
        OutputFolder.current.withLock { $0 = staging.path }
    }

    deinit {
        try? FileManager.default.removeItem(at: staging)
        OutputFolder.current.withLock { $0 = nil }
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Stages a file at `relativePath` (e.g. "charts/mentions.png").
    func stage(_ bytes: [UInt8], at relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        } catch {
            throw ReportError.outputUnwritable(root.path, Self.reason(error))
        }
        stagedLock.withLock { staged.append(relativePath) }
    }

    private let stagedLock = NSLock()

    /// Moves every staged file into place (each rename is atomic) and returns their paths.
    func commit() throws -> [String] {
        let fm = FileManager.default
        for path in staged.sorted() {
            let target = root.appendingPathComponent(path)
            do {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                    throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
                }
            } catch {
                throw ReportError.outputUnwritable(root.path, Self.reason(error))
            }
        }
        return staged.sorted()
    }

    /// Whether `relativePath` already holds exactly these bytes (so it need not be written again).
    func holds(_ bytes: [UInt8], at relativePath: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relativePath).path) else { return false }
        return data.count == bytes.count && Data(bytes) == data
    }

    private func removeLeftoverStaging() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where name.hasPrefix(".staging-") {
            try? fm.removeItem(at: root.appendingPathComponent(name))
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }

    /// The staging folder of the run in progress, so a signal handler can remove it.
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

/// For the executable's signal handler: removes the staging folder of the run in progress.
public enum OutputFolderCleanup {
    public static func removeStaging() {
        if let path = OutputFolder.current.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
