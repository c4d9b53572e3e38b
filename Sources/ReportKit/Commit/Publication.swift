import Foundation

/// Moving a staged report into place. The old manifest is set aside first and the new one written last, so a
/// manifest in the folder always names files that are all there; each replaced file is kept as a hard link until the
/// new manifest is in place, so a failure puts the previous report back.
struct Publication {
    let io: FolderIO
    let root: URL
    let staging: URL
    /// Files moved so far, each with where its previous version was kept (nil: there was none).
    private var moved: [(target: String, backup: String?)] = []
    private var manifestBackup: (target: String, backup: String)?

    init(io: FolderIO, root: URL, staging: URL) {
        self.io = io
        self.root = root
        self.staging = staging
    }

    mutating func run(_ files: [String], manifestPath: String, manifest: ([String: FileIdentity]) -> [UInt8]) throws {
        let backups = staging.appendingPathComponent(".previous")
        do {
            try io.makeFolder(backups)
            try setAside(manifestPath, in: backups)
            for (i, file) in files.enumerated() { try move(file, backup: backups.appendingPathComponent("\(i)").path) }
            for folder in Set(files.map { parent(of: $0) }).sorted() { try io.syncFolder(folder) }
            try writeManifest(manifest(identities(files)), at: manifestPath)
        } catch {
            throw rollBack(after: error)
        }
        do {
            try io.syncFolder(parent(of: manifestPath))
        } catch let error as ReportError {
            throw ReportError.notSynced(root.path, error.reason)
        }
    }

    private mutating func setAside(_ manifestPath: String, in backups: URL) throws {
        let target = root.appendingPathComponent(manifestPath).path
        guard FileManager.default.fileExists(atPath: target) else { return }
        let backup = backups.appendingPathComponent("manifest").path
        try io.rename(target, backup)
        manifestBackup = (target, backup)
        try io.syncFolder(parent(of: manifestPath))
    }

    private mutating func move(_ file: String, backup: String) throws {
        let target = root.appendingPathComponent(file)
        try io.makeFolder(target.deletingLastPathComponent())
        var info = stat()
        var kept: String?
        if lstat(target.path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR, file.hasPrefix(".cache/") {
                // A cache that is a folder is a damaged cache: replaced, not backed up.
                try? FileManager.default.removeItem(at: target)
            } else if info.st_mode & S_IFMT == S_IFREG {
                try io.link(target.path, backup)
                kept = backup
            }
        }
        try io.rename(staging.appendingPathComponent(file).path, target.path)
        moved.append((target.path, kept))
    }

    private func writeManifest(_ bytes: [UInt8], at manifestPath: String) throws {
        let staged = staging.appendingPathComponent("manifest.new").path
        let fd = try io.create(staged)
        do {
            try io.writeAll(bytes, to: fd, path: staged)
            try io.sync(fd, path: staged)
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        let target = root.appendingPathComponent(manifestPath)
        try io.makeFolder(target.deletingLastPathComponent())
        try io.rename(staged, target.path)
    }

    private func identities(_ files: [String]) -> [String: FileIdentity] {
        var result: [String: FileIdentity] = [:]
        for file in files {
            var info = stat()
            if lstat(root.appendingPathComponent(file).path, &info) == 0 { result[file] = FileIdentity(info) }
        }
        return result
    }

    /// Puts the previous files and manifest back; the error says whether that worked.
    private func rollBack(after error: Error) -> Error {
        var restored = true
        for (target, backup) in moved.reversed() {
            if let backup {
                restored = Foundation.rename(backup, target) == 0 && restored
            } else {
                restored = unlink(target) == 0 && restored
            }
        }
        if let (target, backup) = manifestBackup { restored = Foundation.rename(backup, target) == 0 && restored }
        for folder in Set(moved.map { URL(fileURLWithPath: $0.target).deletingLastPathComponent().path }) {
            try? io.syncFolderUnchecked(folder)
        }
        guard let reportError = error as? ReportError else { return error }
        return restored ? reportError : ReportError.reportIncomplete(root.path, reportError.reason)
    }

    private func parent(of relativePath: String) -> String {
        root.appendingPathComponent(relativePath).deletingLastPathComponent().path
    }
}
