import Foundation
import Testing

/// Runs the built `report-gen` like a user would and checks its output with independent tools.
enum CLI {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (swift test builds it, as this target depends on it).
    static let executable: URL = {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundleDir, bundleDir.deletingLastPathComponent(), repo.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("report-gen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repo.appendingPathComponent(".build/debug/report-gen")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL = repo, environment: [String: String] = [:]) throws -> Result {
        try Tool.run(executable.path, arguments, in: directory, environment: environment)
    }

    static func temporaryFolder(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-gen-tests-\(getpid())-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

enum Tool {
    /// Runs a program to completion; a missing tool fails with a pointer to scripts/bootstrap.
    static func run(_ program: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CLI.Result {
        let process = Process()
        if program.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // Files, not pipes: a chatty program cannot fill a pipe and stall.
        let outURL = try CLI.temporaryFolder("tool").appendingPathComponent("out")
        let errURL = outURL.deletingLastPathComponent().appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let result = CLI.Result(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                                stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        try? FileManager.default.removeItem(at: outURL.deletingLastPathComponent())
        if result.status == 127 { Issue.record("\(program) is not installed: run scripts/bootstrap") }
        return result
    }
}

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
    let w = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let h = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
    return (w, h)
}

/// Text with all runs of white space folded to one space, for finding sentences in pdftotext output.
func folded(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
