import ArgumentParser
import EmulationStore
import Foundation

/// `thidua` alone. The full-screen interface comes with the terminal UI issue; until then this
/// opens (or creates) the database and lists what it holds, with the commands to use.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the interface (for now: a summary of the database).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            let words = options.words
            print("thidua — \(store.path)")
            let clusters = try store.clusters()
            for summary in clusters {
                let years = summary.years.map { "\($0.year) (\(words.status($0.status)))" }.joined(separator: ", ")
                print("  \(summary.cluster.code)  \(summary.cluster.name) — \(summary.cluster.authority): \(years)")
            }
            print("")
            print(words.uiNotYet)
            print("  thidua demo")
            print("  thidua rank --cluster HP-KH --year 2023")
            print("  thidua export roster|grid|ranking --cluster CODE --year YYYY --format csv|md [-o FILE]")
            print("  thidua import roster|scores FILE.csv --cluster CODE --year YYYY [--round self|cluster]")
            print("  thidua verify")
        }
    }
}
