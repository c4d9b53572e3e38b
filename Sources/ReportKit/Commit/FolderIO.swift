import Foundation

/// The system calls that change the output folder, each checked once by the fault injection of tests, each failure
/// turned into one sentence that names the path that failed.
struct FolderIO: Sendable {
    let root: URL
    let faults: FaultInjection?

    func failure(_ code: Int32, _ path: String) -> ReportError {
        ReportError.outputUnwritable(root.path, "\(path): \(String(cString: strerror(code)))")
    }

    /// Throws when fault injection picks this operation.
    func injected(_ path: String) throws {
        if let code = faults?.check() { throw failure(code, path) }
    }

    func create(_ path: String) throws -> Int32 {
        try injected(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(errno, path) }
        return fd
    }

    /// Writes all of `bytes` to `fd` (a full disk shows up here, at sync or at close).
    func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        let code: Int32? = bytes.withUnsafeBytes { buffer in
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
        if let code { throw failure(code, path) }
    }

    func sync(_ fd: Int32, path: String) throws {
        try injected(path)
        // fdatasync: the data and the size, without the timestamps a later read does not need.
        if fdatasync(fd) != 0 { throw failure(errno, path) }
    }

    /// Syncs a folder, so the renames into it survive a power loss.
    func syncFolder(_ path: String) throws {
        try injected(path)
        try syncFolderUnchecked(path)
    }

    /// `syncFolder` without fault injection: for putting a previous report back.
    func syncFolderUnchecked(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(errno, path) }
        defer { close(fd) }
        // Some file systems cannot sync a folder (EINVAL): nothing to make durable there.
        if fsync(fd) != 0, errno != EINVAL { throw failure(errno, path) }
    }

    func rename(_ from: String, _ to: String) throws {
        try injected(to)
        if Foundation.rename(from, to) != 0 { throw failure(errno, to) }
    }

    func link(_ from: String, _ to: String) throws {
        try injected(to)
        if Foundation.link(from, to) != 0 { throw failure(errno, to) }
    }

    /// Creates `url` and its missing parents (like `mkdir -p`). Fails with the system's own reason, or names the part
    /// of the path that is a file; a failure removes the folders it had created (an over-long path leaves nothing behind).
    func makeFolder(_ url: URL) throws {
        try makeFolders(url)
    }

    @discardableResult
    private func makeFolders(_ url: URL) throws -> [String] {
        var missing: [URL] = []
        var current = url
        while true {
            var info = stat()
            if stat(current.path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw ReportError.outputUnwritable(root.path, "\(current.path) is a file, not a folder")
                }
                break
            }
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        var created: [String] = []
        for folder in missing.reversed() {
            do {
                try injected(folder.path)
            } catch {
                for path in created.reversed() { rmdir(path) }
                throw error
            }
            if mkdir(folder.path, 0o755) != 0, errno != EEXIST {
                let code = errno
                for path in created.reversed() { rmdir(path) }
                throw failure(code, folder.path)
            }
            created.append(folder.path)
        }
        return created
    }
}
