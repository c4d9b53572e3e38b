import ArgumentParser
import Foundation
import ReportKit
import Stats

extension ConcordanceFormat: ExpressibleByArgument {}

struct Context: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every sentence that mentions an entity (through any of its aliases) or a word or phrase.",
        discussion: """
        A NAME from the lexicon (its canonical name or any alias, ignoring case) is found exactly as the mention \
        counts find it, so the number of hits equals its mentions in stats.json. Anything else is matched as whole \
        words, ignoring case. Each hit names its article's title (or outlet and date), date and outlet.
        """)

    @Argument(help: "An entity (DeepSeek, \"Amerika Serikat\") or any word or phrase (\"model bahasa\").")
    var name: String

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Line width of the text format, in characters.")
    var width: Int = 100

    @Option(help: "text (keyword centred and aligned), tsv or json.")
    var format: ConcordanceFormat = .text

    func validate() throws {
        guard width >= 40, width <= 1000 else { throw ValidationError("'--width' must be between 40 and 1000.") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give a name or phrase to look for.") }
    }

    func run() throws {
        do {
            let result = try ContextListing.run(query: name, input: URL(fileURLWithPath: inputOptions.input), display: inputOptions.input,
                                                lexicon: inputOptions.lexicon.map { URL(fileURLWithPath: $0) })
            for warning in result.warnings { Terminal.warning(warning) }
            print(format.render(result.rows, width: width), terminator: "")
        } catch let error as ReportError {
            Terminal.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
