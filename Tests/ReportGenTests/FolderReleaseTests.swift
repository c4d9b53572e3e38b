import Foundation
import Testing
@testable import ReportKit

/// The output folder is free when a run returns: its lock released and its staging area gone, whatever thread drops
/// the last reference to it later (a next run in the same process, as the watch loop makes, must not be refused).
@Suite("output folder released")
struct FolderReleaseTests {
    @Test func theLockAndStagingAreaAreGoneWhenTheRunReturns() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        _ = try ReportGenerator.run(Stage.options(try Stage.seedFolder(in: dir), out))
        let fd = open(out.appendingPathComponent(".lock").path, O_RDWR)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0, "the lock is still held after the run returned")
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".staging") }
        #expect(left.isEmpty, "\(left)")
    }
}
