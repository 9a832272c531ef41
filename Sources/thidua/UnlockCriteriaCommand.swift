import ArgumentParser
import EmulationStore

/// `thidua unlock-criteria`: an admin lets a year's grid change once more after scoring has
/// started; the reason goes into the audit trail, and saving the grid locks it again.
struct UnlockCriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock-criteria", abstract: "Allow the criteria grid of a year to change once more (admin; the reason is audited).")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "Year, e.g. 2023.") var year: Int
    @Option(help: "Why the grid must change; written to the audit trail.") var reason: String

    func run() throws {
        try runReportingErrors(options) {
            let store = try options.openStore()
            try store.unlockCriteria(try store.clusterYear(code: cluster, year: year), reason: reason)
            printOut(options.words.screen.criteriaUnlocked(cluster, year))
        }
    }
}
