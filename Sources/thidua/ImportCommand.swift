import ArgumentParser
import Emulation
import EmulationStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a roster or a score grid from CSV or Excel (.xlsx). Nothing is written if any line is wrong.",
        discussion: """
            A workbook is read from its first sheet (or --sheet NAME): the header row is the one holding "unit" (scores) or \
            "name" (roster), below any title; numbers are read as Excel stored them, formulas by their calculated value; \
            a date, an error or a formula never calculated is refused, named by its cell.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case roster
        case scores
    }

    enum RoundOption: String, ExpressibleByArgument, CaseIterable {
        case `self`
        case cluster

        var round: ScoreRound { self == .cluster ? .cluster : .selfAssessment }
    }

    @OptionGroup var options: GlobalOptions
    @Argument(help: "What the file holds: roster or scores.") var kind: Kind
    @Argument(help: "The file: CSV (UTF-8; comma or semicolon separated) or an Excel workbook (.xlsx).") var file: String
    @Option(help: "For a workbook: the sheet to read (default: the first).") var sheet: String?
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "Which round the scores are: self or cluster (required for scores, so a grid is never imported into the wrong round).")
    var round: RoundOption?

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                printError(words.fileUnreadable(file))
                throw ExitCode.failure
            }
            let store = try options.openStore()
            // The file is checked against the year's roster, grid and rules; the import reads each
            // cell it writes, so the year's scores are not read here.
            let snapshot = try store.snapshot(code: cluster, year: year, withScores: false)
            if snapshot.reference.status.isReadOnly { throw StoreError.yearClosed(cluster: cluster, year: year) }
            switch kind {
            case .roster:
                let rows = try reportIssues(RosterCSV.parse(data: data, file: file, sheet: sheet, awards: snapshot.rules.awards.map(\.code)), snapshot: snapshot, columns: RosterCSV.header)
                let summary = try store.importRoster(snapshot.reference, rows: rows)
                printOut(words.importedUnits(file, summary.added, summary.changed, summary.unchanged))
            case .scores:
                guard let round else {
                    printError(words.roundRequired)
                    throw ExitCode.failure
                }
                let parsed = try reportIssues(GridCSV.parse(data: data, file: file, sheet: sheet, snapshot: snapshot, round: round.round),
                                              snapshot: snapshot, columns: GridCSV.header(tree: snapshot.tree))
                let summary = try store.importScores(snapshot.reference, entries: parsed.entries, adjustments: parsed.adjustments,
                                                     reason: "import \(URL(fileURLWithPath: file).lastPathComponent)")
                printOut(words.importedScores(file, summary.scores.changed, summary.scores.unchanged, summary.scores.cleared))
                if summary.adjustments.total > 0 {
                    let adjustments = summary.adjustments
                    printOut(words.importedAdjustments(adjustments.changed, adjustments.unchanged, adjustments.cleared))
                }
            }
        }
    }

    /// Lists every problem of the file, with the units and columns that would be accepted.
    private func reportIssues<T>(_ result: Result<T, StoreError>, snapshot: YearSnapshot, columns: [String]) throws -> T {
        switch result {
        case .success(let value):
            return value
        case .failure(.importFailed(let issues)):
            let words = options.words
            printError(words.importFailed(issues.count))
            for issue in issues {
                printError(ErrorWords.describe(issue, words: words, knownUnits: snapshot.units.map(\.name), expectedColumns: columns,
                                               scores: kind == .scores))
            }
            throw ExitCode.failure
        case .failure(let other):
            throw other
        }
    }
}
