import ArgumentParser
import Documents
import EmulationStore
import TerminalUI

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rank", abstract: "Print the ranking with classification, proposal and reason.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int

    func run() throws {
        try runReportingErrors(options) {
            let snapshot = try options.openStore().snapshot(code: cluster, year: year)
            printOut(RankingDocument(snapshot).plain(options.words.documents), terminator: "")
        }
    }
}
