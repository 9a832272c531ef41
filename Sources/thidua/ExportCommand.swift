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
            Formats: \(formatList). html is one printable A4-landscape page with the score grid and the ranking \
            (final scores); txt prints on A4 (at most 78 columns); docx and xlsx (Excel, the same columns as csv) need -o.
            """)

    /// "roster csv|md; grid csv|md|html; …", read from the Documents table.
    static var formatList: String {
        ExportKind.allCases.map { kind in kind.rawValue + " " + kind.formats.map(\.rawValue).joined(separator: "|") }.joined(separator: "; ")
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
    @Argument(help: "The document.") var kind: ExportKind
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "The file format; which document exists in which is listed above.") var format: DocumentFormat = .csv
    @Option(help: "For the grid: self, cluster or final (default).") var round: RoundOption = .final
    @Flag(help: "For the grid: leave every score empty (a template to fill in).") var blank = false
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Flag(help: "CSV: leave out the UTF-8 byte-order mark Excel needs to read the diacritics (for programs that dislike it).")
    var noBom = false
    @Option(help: "CSV: the field separator, ',' (default) or ';' (for an Excel whose list separator is a semicolon).")
    var delimiter: String = ","

    func validate() throws {
        guard delimiter.count == 1, let character = delimiter.first, CSVStyle.delimiters.contains(character) else {
            throw ValidationError(options.words.delimiterInvalid(delimiter))
        }
    }

    private var csvStyle: CSVStyle { CSVStyle(byteOrderMark: !noBom, delimiter: delimiter.first ?? ",") }

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let snapshot = try store.snapshot(code: cluster, year: year)
            // After the snapshot: the history the seal covers holds everything the document shows.
            let seal = try store.seal()
            let words = options.words
            let next = kind == .minutes ? try store.nextSnapshot(code: cluster, after: year) : nil
            let history = kind == .history ? try store.awardHistory(code: cluster, year: year) : [:]
            let data: Data
            if format.isBinary {
                guard kind.offers(format) else { throw ExportError.notOffered(kind, format) }
                guard output != nil else { throw ExportError.binaryNeedsFile(format) }
                guard let bytes = try DocumentRendering.binary(kind, format, snapshot: snapshot, round: round.round, blank: blank, next: next,
                                                               seal: seal, words: words, history: history) else {
                    throw ExportError.notOffered(kind, format)
                }
                data = bytes
            } else {
                guard let text = DocumentRendering.render(kind, format, snapshot: snapshot, round: round.round, blank: blank, seal: seal,
                                                          words: words, next: next, history: history, csv: csvStyle) else {
                    throw ExportError.notOffered(kind, format)
                }
                guard output != nil else {
                    printOut(text, terminator: "")
                    return
                }
                data = Data(text.utf8)
            }
            if let output {
                // Write beside the target and rename, so a crash never leaves half a file.
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw ExportError.cannotWrite(path: output)
                }
                printError(words.exported(output))
            }
        }
    }
}
