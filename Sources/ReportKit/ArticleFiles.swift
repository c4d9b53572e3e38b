import Foundation

/// One article file found in the input folder.
public struct ArticleFile: Sendable, Hashable {
    /// The path relative to the input folder without its extension ("003_cfe9…", "2025/05/xyz"): unique in a run.
    public var id: String
    /// The path as shown to the user and written to stats.json ("seeds/003_cfe9….txt").
    public var displayPath: String
    public var url: URL
    /// Size and modification time: with the path, the cache's key for "unchanged since the last run".
    public var size: Int
    public var modified: Double
}

/// Lists the articles of an input folder.
///
/// Read: `.txt` and `.md` files, in sub-folders too (recursively), in path order. Skipped: hidden files and
/// folders (names starting with "."), other extensions, and symbolic links to folders (so a link loop
/// cannot trap the run). Symbolic links to files are read.
public enum ArticleFiles {
    public static let extensions: Set<String> = ["txt", "md"]

    public static func list(in folder: URL, displayPrefix: String) throws -> [ArticleFile] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw ReportError.inputMissing(folder.path)
        }
        guard isDirectory.boolValue else { throw ReportError.inputNotAFolder(folder.path) }
        var found: [ArticleFile] = []
        try walk(folder, relative: "", into: &found, depth: 0)
        found.sort { $0.id < $1.id }
        return found.map { f in
            var f = f
            f.displayPath = displayPrefix.isEmpty ? f.displayPath : displayPrefix + "/" + f.displayPath
            return f
        }
    }

    private static func walk(_ folder: URL, relative: String, into found: inout [ArticleFile], depth: Int) throws {
        let fm = FileManager.default
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: folder.path) } catch {
            if depth == 0 { throw ReportError.inputUnreadable(folder.path) }
            return  // an unreadable sub-folder is skipped; its files are not listed
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            let attributes = try? fm.attributesOfItem(atPath: url.path)
            let type = attributes?[.type] as? FileAttributeType
            if type == .typeDirectory {
                if depth < 32 { try walk(url, relative: path, into: &found, depth: depth + 1) }
                continue
            }
            if type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let id = String(path.dropLast(ext.count + 1))
            let target = type == .typeSymbolicLink ? (try? fm.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)) : attributes
            let size = (target?[.size] as? NSNumber)?.intValue ?? 0
            let modified = (target?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            found.append(ArticleFile(id: id, displayPath: path, url: url, size: size, modified: modified))
        }
    }
}
