import ArgumentParser
import Documents
import Emulation
import EmulationStore
import Foundation
import TerminalUI

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the roster, the score grid, the ranking, the pledge, the meeting minutes or the award proposals.",
        discussion: """
            Formats: roster csv|md; grid csv|md|html; ranking csv|md|txt|html; pledge csv|md|txt; minutes md|txt; \
            proposals csv|md|txt. html is one printable A4-landscape page with the score grid and the ranking \
            (final scores); txt prints on A4 (at most 78 columns).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case roster
        case grid
        case ranking
        case pledge
        case minutes
        case proposals

        var exportKind: ExportKind { ExportKind(rawValue: rawValue)! }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
        case md
        case txt
        case html
    }

    enum RoundOption: String, ExpressibleByArgument, CaseIterable {
        case `self`
        case cluster
        case final

        var round: ScoreRound? {
            switch self {
            case .`self`: return .selfAssessment
            case .cluster: return .cluster
            case .final: return nil
            }
        }
    }

    @OptionGroup var options: GlobalOptions
    @Argument(help: "roster, grid, ranking, pledge, minutes or proposals.") var kind: Kind
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "csv, md, txt (ranking, pledge, minutes, proposals) or html (grid, ranking).") var format: Format = .csv
    @Option(help: "For the grid: self, cluster or final (default).") var round: RoundOption = .final
    @Flag(help: "For the grid: leave every score empty (a template to fill in).") var blank = false
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try runReportingErrors(options) {
            let snapshot = try options.openStore().snapshot(code: cluster, year: year)
            let words = options.words
            guard let text = DocumentRendering.render(kind.exportKind, format: format.rawValue, snapshot: snapshot, round: round.round,
                                                      blank: blank, words: words) else {
                printError(words.formatNotAvailable(kind.rawValue, format.rawValue, DocumentRendering.formats(of: kind.exportKind).joined(separator: ", ")))
                throw ExitCode.failure
            }
            if let output {
                // Write beside the target and rename, so a crash never leaves half a file.
                let url = URL(fileURLWithPath: output)
                do {
                    try Data(text.utf8).write(to: url, options: .atomic)
                } catch {
                    printError(words.edit.cannotWrite(output))
                    throw ExitCode.failure
                }
                printError(words.exported(output))
            } else {
                printOut(text, terminator: "")
            }
        }
    }
}
