import ArgumentParser
import Foundation
import ReportKit
import Stats

@main
struct ReportGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-gen",
        abstract: "Reads a folder of news articles about the China-US AI race and writes a PDF report, PNG charts, stats.json and CSV tables.",
        discussion: """
        Reads every .txt and .md file in the input folder and its sub-folders (hidden files and folders, and \
        links to folders, are skipped). Files may be UTF-8 (with or without BOM), UTF-16 (with or without BOM), or \
        Windows-1252; binary and empty files are skipped with a warning.

        EXIT CODES
          0   the report was written
          1   the report was written, but some files were skipped (see the warnings)
          64  usage error (a bad option or value)
          66  input error (missing or empty input folder, or the filters left no article)
          70  internal error (a drawing or system failure; please report it)
          73  output error (output path is a file, or cannot be written)
          75  another report-gen run is writing to the same output folder
          78  the lexicon file is malformed (file:line:column given) or unreadable
          128+N  stopped by signal N (130 Ctrl-C, 143 kill, 129 hang-up): the previous
               report is left as it was, or, if the signal came after the new
               report was in place, the message says so

        """,
        version: ReportGenerator.version,
        subcommands: [Generate.self, Entities.self, Context.self],
        defaultSubcommand: Generate.self
    )

    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// A mistyped command (`report-gen contxt`) is named with the command it was probably meant to be: the parser
    /// would only call it an unexpected argument.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = arguments.first, !word.hasPrefix("-"), !commandNames.contains(word),
           let command = CommandSuggestion.closest(to: word, among: commandNames) {
            exit(withError: ValidationError("'\(word)' is not a report-gen command; did you mean '\(command)'?"))
        }
        // The top-level help lists the commands; `report-gen` alone runs `generate`, so its options belong there too.
        // Added here rather than to the discussion, which the man page and completion scripts would repeat.
        if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
            print(helpMessage(columns: nil))
            print("\n" + Generate.optionsHelp)
            exit(withError: nil)
        }
        main(arguments)
    }
}

/// Options shared by the subcommands that read articles.
struct InputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Folder of article files to read.")
    var input: String = "seeds"

    @Option(help: "Extra lexicon file (category | Name | alias; alias), merged over the built-in one.")
    var lexicon: String?
}

/// `report-gen generate`, also run by `report-gen` with no command: its options show in the top-level help too.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write report.pdf, charts/, stats.json and CSV tables (the default).")

    @OptionGroup var options: GenerateOptions

    func run() throws { try options.run() }

    /// The options section of `generate --help`, for the top-level help: `report-gen` alone runs `generate`, so a
    /// reader of `report-gen --help` should see what it takes (argument-parser lists only the commands there).
    static var optionsHelp: String {
        let help = helpMessage(columns: 80)
        guard let start = help.range(of: "OPTIONS:") else { return "" }
        let lines = help[start.upperBound...].split(separator: "\n").filter { !$0.contains("--version") && !$0.contains("-h, --help") }
        return "OPTIONS OF generate (the default command)\n" + lines.joined(separator: "\n")
    }
}

/// The options of a report run, shared by the top-level command (so `report-gen --help` lists them) and `generate`.
struct GenerateOptions: ParsableArguments {
    @OptionGroup var inputOptions: InputOptions

    @Option(name: .shortAndLong, help: "Folder to write the report into.")
    var output: String = "Output"

    @Option(help: ArgumentHelp("Count only articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated articles are left out and counted.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Count only articles published on or before DATE; undated articles are left out and counted.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Count only articles that mention one of these comma-separated words, phrases or entities; 'ai' stands for a built-in set (kecerdasan buatan, AI, LLM, chatbot, the AI labs and models).", valueName: "words"))
    var about: String?

    @Option(help: "Language of the report's labels: en or id.")
    var lang: String = "en"

    @Option(parsing: .unconditional, help: "Pixel density of the PNG charts: 2 gives 3200x2000 for high-density screens.")
    var scale: Double = 1

    @Option(help: "What to write, comma-separated: pdf, png, svg, csv.")
    var format: String = "pdf,png,csv"

    @Flag(help: "Analyse every article again instead of reusing results cached in the output folder.")
    var noCache = false

    @Flag(help: "Keep running and regenerate whenever the input folder changes (Ctrl-C stops).")
    var watch = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and skipped files (no summary, no decoding notes).")
    var quiet = false

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("'--output' must name a folder; it is empty.") }
        guard !inputOptions.input.isEmpty else { throw ValidationError("'--input' must name a folder; it is empty.") }
        guard !formats.isEmpty else { throw ValidationError("'--format' needs at least one of pdf, png, svg and csv, separated by commas.") }
        guard Labels.Language(rawValue: lang) != nil else { throw ValidationError("'--lang' must be en or id, not '\(lang)'.") }
        guard scale >= 0.5, scale <= 4 else { throw ValidationError("'--scale' must be between 0.5 and 4.") }
        for f in formats where ReportOptions.Format(rawValue: f) == nil {
            throw ValidationError("'--format' takes pdf, png, svg and csv, separated by commas; '\(f)' is not one of them.")
        }
        do {
            let from = try since.map { try FilterOptions.checkDate($0, option: "--since") }
            let to = try until.map { try FilterOptions.checkDate($0, option: "--until") }
            if let from, let to, from.prefix(min(from.count, to.count)) > to.prefix(min(from.count, to.count)) {
                throw ValidationError("'--since' \(from) is after '--until' \(to); no article could be counted.")
            }
        } catch let error as FilterOptions.FilterError {
            throw ValidationError(error.description)
        }
        if about != nil, aboutWords.isEmpty { throw ValidationError("'--about' needs at least one word, e.g. --about ai or --about DeepSeek,Nvidia.") }
    }

    private var formats: [String] {
        format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    private var aboutWords: [String] {
        (about ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        var options = ReportOptions(input: URL(fileURLWithPath: inputOptions.input), output: URL(fileURLWithPath: output),
                                    inputDisplay: inputOptions.input.hasSuffix("/") ? String(inputOptions.input.dropLast()) : inputOptions.input)
        options.lexiconFile = inputOptions.lexicon.map { URL(fileURLWithPath: $0) }
        options.language = Labels.Language(rawValue: lang)!
        options.scale = scale
        options.formats = Set(formats.compactMap(ReportOptions.Format.init))
        options.sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        options.filter = FilterOptions(since: since, until: until, about: aboutWords)

        options.useCache = !noCache

        Interrupt.install()
        guard watch else {
            let code = generate(options)
            if code != 0 { throw ExitCode(code) }
            return
        }
        Watch.run(options, started: {
            if !quiet { print("Watching \(inputOptions.input)/ for changes (Ctrl-C stops).") }
            fflush(nil)
        }, generate: { _ = generate(options) })  // problems are reported; keep watching
    }

    /// One run with its terminal output; returns the exit code (0, 1 for skipped files, or an error's code).
    private func generate(_ options: ReportOptions) -> Int32 {
        let progress = ProgressLine()
        let summary: RunSummary
        do {
            var report: (@Sendable (Int, Int) -> Void)?
            if progress.isActive && !quiet { report = { @Sendable done, total in progress.update(done, total) } }
            summary = try ReportGenerator.run(options, progress: report)
        } catch let error as ReportError {
            progress.finish()
            Terminal.error(error.description)
            return error.exitCode
        } catch {
            // Not the user's doing (a drawing or system failure): still one sentence, no backtrace.
            progress.finish()
            Terminal.error("the report could not be made: \(error); please report this with the input that caused it")
            return 70
        }
        progress.finish()
        for line in summary.warnings(quiet: quiet) { Terminal.warning(line) }
        if !quiet { for line in summary.lines(output: output) { print(line) } }
        // Out now, even into a pipe: --watch prints as it goes, and Ctrl-C leaves through _exit.
        fflush(nil)
        return summary.exitCode
    }
}

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List entity mentions, or with --unknown the recurring names the lexicon lacks.")

    @OptionGroup var inputOptions: InputOptions

    @Flag(help: "List capitalised names that recur but are not in the lexicon (candidates for --lexicon).")
    var unknown = false

    func run() throws {
        do {
            let report = try EntityListing.run(input: URL(fileURLWithPath: inputOptions.input), display: inputOptions.input,
                                               lexicon: inputOptions.lexicon.map { URL(fileURLWithPath: $0) }, unknown: unknown)
            print(report, terminator: "")
        } catch let error as ReportError {
            Terminal.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
