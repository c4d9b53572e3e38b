import Foundation

/// One article file found in the input folder.
public struct ArticleFile: Sendable, Hashable {
    /// The path relative to the input folder without its extension ("003_cfe9…", "2025/05/xyz"), or with it
    /// when two files differ only in extension: unique in a run.
    public var id: String
    /// The path as shown to the user and written to stats.json ("seeds/003_cfe9….txt").
    public var displayPath: String
    /// Where to read it (a path string: 27,000 Foundation URLs cost tens of megabytes).
    public var path: String
    /// Size and modification time: with the path, the cache's key for "unchanged since the last run".
    public var size: Int
    public var modified: Double
}

/// Lists the articles of an input folder.
///
/// Read: `.txt` and `.md` files, in sub-folders too (recursively), in path order. Skipped: hidden files and
/// folders (names starting with "."), other extensions, and symbolic links to folders (so a link loop
/// cannot trap the run). Symbolic links to files are read; broken ones are listed, and skipped with a warning
/// when read. Other kinds of files (pipes, devices, sockets) are not listed. Uses readdir and stat directly: FileManager's
/// attribute dictionaries cost seconds on a folder of 27,000 articles.
public enum ArticleFiles {
    public static let extensions: Set<String> = ["txt", "md"]

    public static func list(in folder: URL, displayPrefix: String) throws -> [ArticleFile] {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { throw ReportError.inputMissing(folder.path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw ReportError.inputNotAFolder(folder.path) }
        var found: [ArticleFile] = []
        try walk(folder.path, relative: "", into: &found, depth: 0)
        // "x.txt" and "x.md" would share the id "x": such files keep their extension in the id.
        let counts = Dictionary(found.map { ($0.id, 1) }, uniquingKeysWith: +)
        for i in found.indices where counts[found[i].id]! > 1 { found[i].id = found[i].displayPath }
        found.sort { $0.id < $1.id }
        if !displayPrefix.isEmpty {
            for i in found.indices { found[i].displayPath = displayPrefix + "/" + found[i].displayPath }
        }
        return found
    }

    private static func walk(_ folder: String, relative: String, into found: inout [ArticleFile], depth: Int) throws {
        guard let dir = opendir(folder) else {
            if depth == 0 { throw ReportError.inputUnreadable(folder) }
            return  // an unreadable sub-folder is skipped
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(dir)
        for name in names.sorted() {
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                // Follow links to files; never links to folders (a loop could trap the walk). A broken link, or a loop
                // of links, is listed as it is: reading it fails, so it is named as skipped rather than dropped unseen.
                if stat(path, &info) == 0 {
                    mode = info.st_mode & S_IFMT
                    if mode == S_IFDIR { continue }
                } else {
                    info = stat()
                    mode = S_IFREG
                }
            }
            if mode == S_IFDIR {
                if depth < 32 { try walk(path, relative: relativePath, into: &found, depth: depth + 1) }
                continue
            }
            guard mode == S_IFREG, let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
            let ext = name[name.index(after: dot)...]
            found.append(ArticleFile(
                id: String(relativePath.dropLast(ext.count + 1)), displayPath: relativePath, path: path,
                size: Int(info.st_size), modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9))
        }
    }
}
