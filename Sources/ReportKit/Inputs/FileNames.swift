/// The names of a folder's article files in one byte buffer. A file's id, display path and path are made from it when
/// asked for: three strings per file (with the allocator's share ~300 bytes, ~8 MB per 27,500 articles, held to the
/// end of the run) became its relative path's bytes and two offsets.
final class FileNames: Sendable {
    private enum Storage {
        /// Relative paths one after the other; per file, where its path ends and where its id ends (the id is the
        /// path without its extension, or all of it after a clash of ids).
        case packed(root: [UInt8], prefix: String, bytes: [UInt8], ends: [Int], stemEnds: [Int])
        /// Names as given (`ArticleFile.init(id:displayPath:path:identity:)`).
        case given([(id: String, displayPath: String, path: RawPath)])
    }

    private let storage: Storage

    /// `root`: the folder's path, which every path starts with (then a slash); `prefix`, when not empty, goes before
    /// every display path with a slash.
    init(root: [UInt8], prefix: String, relative: [(path: [UInt8], stemLength: Int)]) {
        var bytes: [UInt8] = [], ends: [Int] = [], stemEnds: [Int] = []
        bytes.reserveCapacity(relative.reduce(0) { $0 + $1.path.count })
        ends.reserveCapacity(relative.count)
        stemEnds.reserveCapacity(relative.count)
        for (path, stemLength) in relative {
            stemEnds.append(bytes.count + stemLength)
            bytes += path
            ends.append(bytes.count)
        }
        storage = .packed(root: root + [0x2F], prefix: prefix, bytes: bytes, ends: ends, stemEnds: stemEnds)
    }

    init(given: [(id: String, displayPath: String, path: RawPath)]) { storage = .given(given) }

    var count: Int {
        switch storage {
        case .packed(_, _, _, let ends, _): ends.count
        case .given(let names): names.count
        }
    }

    /// The path relative to the folder without its extension, unique in a run ("kompas2025/003_cfe9…").
    func id(_ i: Int) -> String {
        switch storage {
        case .packed(_, _, let bytes, let ends, let stemEnds): RawPath.escaped(bytes[start(i, ends)..<stemEnds[i]])
        case .given(let names): names[i].id
        }
    }

    /// The path for people and stats.json, after the display prefix.
    func displayPath(_ i: Int) -> String {
        switch storage {
        case .packed(_, let prefix, let bytes, let ends, _):
            let relative = RawPath.escaped(bytes[start(i, ends)..<ends[i]])
            return prefix.isEmpty ? relative : prefix + "/" + relative
        case .given(let names): return names[i].displayPath
        }
    }

    /// Where to read file `i`.
    func path(_ i: Int) -> RawPath {
        switch storage {
        case .packed(let root, _, let bytes, let ends, _): RawPath(root + bytes[start(i, ends)..<ends[i]])
        case .given(let names): names[i].path
        }
    }

    private func start(_ i: Int, _ ends: [Int]) -> Int { i == 0 ? 0 : ends[i - 1] }
}
