import Foundation
import Testing

/// Command-line conventions, run as a user types them (exit codes and output need the program).
@Suite("command line conventions")
struct AnalystCommandLineTests {
    @Test("a mistyped command gets a suggestion and exit 64")
    func suggestion() throws {
        let r = try CLI.run(["contxt", "DeepSeek"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("did you mean 'context'?"), "\(r.stderr)")
    }

    @Test("report-gen --help lists the options of the default command")
    func topLevelHelp() throws {
        let help = try CLI.run(["--help"]).stdout
        for option in ["--since", "--until", "--about", "--format", "-q, --quiet", "OPTIONS OF generate", "context", "entities"] {
            #expect(help.contains(option), "--help lacks \(option)")
        }
    }

    @Test("a bad date is one sentence and exit 64; so is a period that ends before it starts")
    func badDates() throws {
        let bad = try CLI.run(["--since", "2025-13"])
        #expect(bad.status == 64 && bad.stderr.contains("'--since' takes a date as YYYY, YYYY-MM or YYYY-MM-DD"))
        let reversed = try CLI.run(["--since", "2025-06", "--until", "2024"])
        #expect(reversed.status == 64 && reversed.stderr.contains("is after '--until'"))
    }

    @Test("-q prints nothing on success; the filters are said without it")
    func quiet() throws {
        let out = try CLI.temporaryFolder()
        let quiet = try CLI.run(["-q", "-o", out.path, "--format", "csv"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let filtered = try CLI.run(["-o", out.path, "--format", "csv", "--about", "DeepSeek"])
        #expect(filtered.stdout.contains("Filters: 1 of 5 articles kept; left out: 4 not on the topic."), "\(filtered.stdout)")
        let none = try CLI.run(["-o", out.path, "--format", "csv", "--about", "zeppelin"])
        #expect(none.status == 66 && none.stderr.contains("the filters (about zeppelin) left no article"))
    }

    @Test("completion scripts come from the parser")
    func completion() throws {
        let bash = try CLI.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0 && bash.stdout.contains("--since") && bash.stdout.contains("context"))
    }
}
