import Foundation

/// One article file found in the input folder: a place in its listing's `FileNames` (the names are made when asked
/// for, so a listing of many files is a few buffers) and what stat(2) said of it.
public struct ArticleFile: Sendable, Hashable {
    private let names: FileNames
    private let index: Int
    /// Size, times and inode: the cache's cheap check for "unchanged since the last run".
    public var identity: FileIdentity

    init(_ names: FileNames, _ index: Int, identity: FileIdentity) {
        self.names = names
        self.index = index
        self.identity = identity
    }

    /// A file named as given (the listing makes its files from one `FileNames` instead).
    public init(id: String, displayPath: String, path: RawPath, identity: FileIdentity) {
        self.init(FileNames(given: [(id, displayPath, path)]), 0, identity: identity)
    }

    /// The path relative to the input folder without its extension ("003_cfe9…", "2025/05/xyz"), or with it
    /// when two files would share an id: unique in a run.
    public var id: String { names.id(index) }
    /// The path as shown to the user and written to stats.json ("seeds/003_cfe9….txt"); other bytes than UTF-8 as `\xNN`.
    public var displayPath: String { names.displayPath(index) }
    /// Where to read it, as the system's bytes.
    public var path: RawPath { names.path(index) }

    public var modified: Double { identity.modified }

    public static func == (a: ArticleFile, b: ArticleFile) -> Bool {
        a.identity == b.identity && a.id == b.id && a.displayPath == b.displayPath && a.path == b.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(displayPath)
        hasher.combine(path)
        hasher.combine(identity)
    }
}

/// Lists the articles of an input folder.
///
/// Read: `.txt` and `.md` files, in sub-folders too (recursively), in path order. Skipped: hidden files and
/// folders (names starting with "."), other extensions, and symbolic links to folders (so a link loop
/// cannot trap the run). Symbolic links to files are read; broken ones are listed, and skipped with a warning
/// when read. Other kinds of files (pipes, devices, sockets) are not listed. A sub-folder that cannot be opened
/// is named in a warning. Uses readdir and stat directly: FileManager's attribute dictionaries cost seconds on a
/// folder of 27,000 articles.
public enum ArticleFiles {
    public static let extensions: Set<String> = ["txt", "md"]

    /// The files, and one warning per file or folder that could not be listed, and per id that had to be disambiguated.
    public struct Listing: Sendable {
        public var files: [ArticleFile]
        public var warnings: [String]
        public var notes: [String]
    }

    public static func listing(in folder: URL, displayPrefix: String) throws -> Listing {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { throw ReportError.inputMissing(folder.path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw ReportError.inputNotAFolder(folder.path) }
        var walker = Walker()
        try walker.walk(RawPath(folder.path), relative: [], depth: 0)
        var found = walker.found
        walker.found = []
        let notes = ArticleIDs.disambiguate(&found)
        found.sort { $0.id < $1.id }
        let names = FileNames(root: Array(folder.path.utf8), prefix: displayPrefix, relative: found.map { ($0.relative, $0.stemLength) })
        let files = found.indices.map { ArticleFile(names, $0, identity: found[$0].identity) }
        return Listing(files: files, warnings: walker.warnings, notes: notes)
    }

    public static func list(in folder: URL, displayPrefix: String) throws -> [ArticleFile] {
        try listing(in: folder, displayPrefix: displayPrefix).files
    }

    /// Folders deeper than this are named and skipped: deeper trees are generated, not collected by hand.
    static let maxDepth = 32

    /// A file as the walk finds it; its id and display path are strings only until the listing is sorted.
    struct Found {
        var relative: [UInt8]
        /// How many bytes of `relative` are the id.
        var stemLength: Int
        var identity: FileIdentity
        var id: String
        /// The relative path, escaped.
        var displayPath: String
    }

    private struct Walker {
        var found: [Found] = []
        var warnings: [String] = []

        mutating func walk(_ folder: RawPath, relative: [UInt8], depth: Int) throws {
            guard let names = Self.names(in: folder) else {
                if depth == 0 { throw ReportError.inputUnreadable(folder.display) }
                warnings.append("skipped the folder \(folder.display): \(String(cString: strerror(errno))); its articles are not in the report")
                return
            }
            for name in names {
                let path = folder.appending(name)
                let relativePath = relative.isEmpty ? name : relative + [0x2F] + name
                visit(path, name: name, relative: relativePath, depth: depth)
            }
        }

        private mutating func visit(_ path: RawPath, name: [UInt8], relative: [UInt8], depth: Int) {
            var info = stat()
            guard path.withCString({ lstat($0, &info) }) == 0 else {
                let reason = errno == ENAMETOOLONG ? "its path is longer than the system allows; move it to a shorter path"
                                                   : String(cString: strerror(errno))
                warnings.append("skipped \(path.display): \(reason)")
                return
            }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                // Follow links to files; never links to folders (a loop could trap the walk). A broken link, or a loop
                // of links, is listed as it is: reading it fails, so it is named as skipped rather than dropped unseen.
                if path.withCString({ stat($0, &info) }) == 0 {
                    mode = info.st_mode & S_IFMT
                    if mode == S_IFDIR { return }
                } else {
                    info = stat()
                    mode = S_IFREG
                }
            }
            if mode == S_IFDIR {
                guard depth < maxDepth else {
                    warnings.append("skipped the folder \(path.display): it is more than \(maxDepth) folders deep; move its articles higher up")
                    return
                }
                try? walk(path, relative: relative, depth: depth + 1)
                return
            }
            guard mode == S_IFREG, let dot = name.lastIndex(of: 0x2E),
                  extensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()) else { return }
            let stemLength = relative.count - (name.count - dot)
            found.append(Found(relative: relative, stemLength: stemLength, identity: FileIdentity(info),
                               id: RawPath.escaped(relative[..<stemLength]), displayPath: RawPath.escaped(relative)))
        }

        /// The visible names of a folder, sorted by bytes; nil when it cannot be opened.
        private static func names(in folder: RawPath) -> [[UInt8]]? {
            guard let dir = folder.withCString({ opendir($0) }) else { return nil }
            defer { closedir(dir) }
            var names: [[UInt8]] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                if name.first != 0x2E { names.append(name) }
            }
            return names.sorted { $0.lexicographicallyPrecedes($1) }
        }
    }
}

/// Article ids are unique in a run: "x.txt" and "x.md" would share the id "x", and "x.txt.md" the id "x.txt".
enum ArticleIDs {
    /// Gives every file of a clash its full relative path as id (those are unique) and says so, once per clash.
    static func disambiguate(_ files: inout [ArticleFiles.Found]) -> [String] {
        var notes: [String] = []
        while true {
            var byID: [String: [Int]] = [:]
            for i in files.indices { byID[files[i].id, default: []].append(i) }
            let clashes = byID.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            if clashes.isEmpty { return notes }
            for (id, members) in clashes {
                let names = members.map { files[$0].displayPath }.sorted()
                notes.append("\(names.joined(separator: " and ")) would share the id '\(id)'; each is named by its file name instead")
                for i in members {
                    files[i].id = files[i].displayPath
                    files[i].stemLength = files[i].relative.count
                }
            }
        }
    }
}
