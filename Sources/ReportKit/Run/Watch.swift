import Foundation
import Stats

/// `--watch`: a run, then another whenever the input folder changes, until the process is stopped.
public enum Watch {
    /// What `--watch` compares: every article file's path, size, times and inode.
    public static func signature(of options: ReportOptions) -> UInt64 {
        var h = FNV1a()
        for f in (try? ArticleFiles.list(in: options.input, displayPrefix: "")) ?? [] {
            h.add(f.displayPath)
            h.add("\(f.identity.size) \(f.identity.modifiedNanos) \(f.identity.changedNanos) \(f.identity.inode)")
        }
        return h.value
    }

    /// Calls `generate` now and after every change; never returns. Keeps watching after a failed or partial run:
    /// the next change may fix it. `started` is called once, after the first run.
    public static func run(_ options: ReportOptions, poll: TimeInterval = 1, settle: TimeInterval = 0.5,
                           started: () -> Void, generate: () -> Void) -> Never {
        generate()
        var seen = signature(of: options)
        started()
        while true {
            Thread.sleep(forTimeInterval: poll)
            guard waitForChange(options, seen: &seen, settle: settle) else { continue }
            generate()
        }
    }

    /// Whether the folder changed since `seen`; if so, waits until it stops changing (a copy in progress).
    static func waitForChange(_ options: ReportOptions, seen: inout UInt64, settle: TimeInterval) -> Bool {
        let now = signature(of: options)
        guard now != seen else { return false }
        var settled = now
        repeat {
            seen = settled
            Thread.sleep(forTimeInterval: settle)
            settled = signature(of: options)
        } while settled != seen
        return true
    }
}
