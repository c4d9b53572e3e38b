import Foundation
import ReportKit
import Stats

/// Messages for the user on stderr: one sentence each, never a backtrace.
enum Terminal {
    static func error(_ message: String) { write("report-gen: error: \(message)\n") }
    static func warning(_ message: String) { write("report-gen: warning: \(message)\n") }

    static func write(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A progress line on stderr — articles done, rate, time left — only on a terminal and only once a
/// run has taken more than a second.
final class ProgressLine: @unchecked Sendable {  // safe: all state is behind `lock`
    let isActive = Terminal.stderrIsTerminal
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let lock = NSLock()

    func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed > 1, now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = now
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        Terminal.write(String(format: "\r\u{1B}[Kanalysed %d/%d articles · %.0f/s · %.0f s left", done, total, rate, left))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Terminal.write("\r\u{1B}[K") }
        drawn = false
    }
}

/// Ctrl-C, kill, hang-up or SIGUSR1: the staged files are removed, and the message says which report the folder holds.
enum Interrupt {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        // A file-size limit (ulimit -f) would kill the run with SIGXFSZ and leave the staging folder behind; ignored,
        // the write fails with "File too large" like any other write error, and the run ends with exit code 73.
        signal(SIGXFSZ, SIG_IGN)
        // A closed stdout (`report-gen | true`) must not kill a run that is writing the report: printing fails quietly.
        signal(SIGPIPE, SIG_IGN)
        // A queue of its own: the shared pool can be busy with the articles for seconds.
        let queue = DispatchQueue(label: "report-gen.signals")
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                OutputFolderCleanup.removeStaging { outcome in
                    switch outcome {
                    case .previousKept: Terminal.write("\nreport-gen: interrupted; the previous report was left as it was\n")
                    case .newComplete: Terminal.write("\nreport-gen: interrupted after the new report was completely written\n")
                    }
                    // _exit, not exit: the other threads are still rendering, and must not see the process torn down under them.
                    _exit(128 + sig)
                }
            }
            source.resume()
            sources.append(source)
        }
    }
}
