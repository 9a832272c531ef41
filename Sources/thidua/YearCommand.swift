import ArgumentParser
import EmulationStore

/// `thidua year next|advance|reopen`: the yearly cycle of a cluster from the command line.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "next: open the following year (roster, grid and rules copied); advance: pledge → scoring → review → closed; reopen: a closed year, with a reason.")

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case next
        case advance
        case reopen
    }

    @OptionGroup var options: GlobalOptions
    @Argument(help: "next, advance or reopen.") var action: Action
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "Why a closed year is reopened (required for reopen; written to the audit trail).") var reason: String = ""

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let reference = try store.clusterYear(code: cluster, year: year)
            let words = options.words
            switch action {
            case .next:
                let next = try store.openNextYear(after: reference)
                printOut(words.edit.nextYearOpened(cluster, next.year))
            case .advance:
                let status = try store.advance(reference)
                printOut(words.yearStatusChanged(cluster, year, words.status(status)))
            case .reopen:
                try store.reopen(reference, reason: reason)
                printOut(words.yearStatusChanged(cluster, year, words.status(.review)))
            }
        }
    }
}
