import ArgumentParser
import Emulation
import EmulationStore

/// `thidua handover`: next year's head and deputy, by rotation (the next eligible units in roster
/// order, skipping any ineligible this year) or as elected; the date is kept as history.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover", abstract: "Choose next year's head and deputy: by --rotation, or as elected with --head and --deputy.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Cluster code, e.g. HP-KH.") var cluster: String
    @Option(help: "The year that ends, e.g. 2023 (the hand-over is for the next year).") var year: Int
    @Flag(help: "Propose the next eligible units in roster order.") var rotation = false
    @Option(help: "The elected head (a unit name).") var head: String?
    @Option(help: "The elected deputy (a unit name).") var deputy: String?
    @Option(help: "Date of the hand-over, YYYY-MM-DD or DD/MM/YYYY (default: today).") var date: String?

    func validate() throws {
        if rotation == (head != nil) { throw ValidationError("Use either --rotation or --head (with --deputy if any).") }
    }

    func run() throws {
        try runReportingErrors(options) {
            let words = options.words
            let store = try options.openStore()
            let snapshot = try store.snapshot(code: cluster, year: year)
            guard let day = date.map({ CalendarDate(parsing: $0) }) ?? Today.calendarDate() else {
                printError(words.invalidDate(date ?? ""))
                throw ExitCode.failure
            }
            let choice: HeadRotation.Choice
            if rotation {
                let ineligible = Set(snapshot.units.filter { !$0.eligibility.isEligible }.map(\.id))
                choice = HeadRotation.propose(roster: snapshot.memberships, ineligible: ineligible)
            } else {
                let find = { (name: String) throws -> MemberUnit.ID in
                    guard let unit = snapshot.unit(named: name) else { throw StoreError.unknownUnit(name: name) }
                    return unit.id
                }
                choice = HeadRotation.Choice(head: try head.map(find), deputy: try deputy.map(find))
            }
            guard let headID = choice.head, choice.deputy != headID else {
                printError(words.handoverImpossible)
                throw ExitCode.failure
            }
            try store.recordHandover(clusterCode: cluster, forYear: year + 1, head: headID, deputy: choice.deputy,
                                     method: rotation ? "rotation" : "election", date: day)
            let name = { (id: MemberUnit.ID?) in id.flatMap { id in snapshot.units.first { $0.id == id }?.name } ?? "—" }
            printOut(words.handoverRecorded(year + 1, name(choice.head), name(choice.deputy)))
        }
    }
}
